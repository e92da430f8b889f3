package org.neuromsk.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.model.Activation;
import org.neuromsk.training.model.MlpConfig;
import org.neuromsk.training.optim.AdamConfig;

class TrainerTest {

    private static final SampleSet TRAIN = SineData.samples(512, 1);
    private static final SampleSet VALIDATION = SineData.samples(128, 2);
    private static final MlpConfig NETWORK = MlpConfig.of(1, 1, Activation.TANH, 32, 32);

    private static TrainingConfig config(int epochs, long seed) {
        return TrainingConfig.defaults().withMaxEpochs(epochs).withBatchSize(32).withAdam(AdamConfig.of(1e-2))
                .withSeed(seed);
    }

    private static TrainingResult fit(TrainingConfig config, MlpConfig network) {
        return Trainer.builder(config).quiet(true).build().fit(network, TRAIN, VALIDATION);
    }

    @Test
    void mlpLearnsSine() {
        try (TrainingResult result = fit(config(60, 5), NETWORK);
                Predictor predictor = result.model().predictor()) {
            // raw units: sin has variance 1/2, so 1e-3 is 0.2 % of the target variance
            double mse = SineData.mse(predictor.predict(VALIDATION), VALIDATION);
            assertTrue(mse < 1e-3, "validation MSE " + mse);
            assertEquals(60, result.epochs());
            assertEquals(StopReason.MAX_EPOCHS, result.stopReason());
        }
    }

    @Test
    void sameSeedGivesIdenticalLossHistoryAndOtherSeedDoesNot() {
        MlpConfig withDropout = new MlpConfig(1, List.of(32, 32), 1, Activation.TANH, 0.1);
        double[][] first;
        double[][] second;
        double[][] other;
        try (TrainingResult a = fit(config(8, 11), withDropout)) {
            first = new double[][] {a.trainLosses(), a.validationLosses()};
        }
        try (TrainingResult b = fit(config(8, 11), withDropout)) {
            second = new double[][] {b.trainLosses(), b.validationLosses()};
        }
        try (TrainingResult c = fit(config(8, 12), withDropout)) {
            other = new double[][] {c.trainLosses(), c.validationLosses()};
        }
        assertArrayEquals(first[0], second[0], 0.0);
        assertArrayEquals(first[1], second[1], 0.0);
        assertFalse(Arrays.equals(first[0], other[0]));
        assertFalse(Arrays.equals(first[1], other[1]));
    }

    @Test
    void savedModelPredictsTheSame(@TempDir Path dir) {
        Path folder = dir.resolve("sine-model");
        float[][] before;
        try (TrainingResult result = fit(config(5, 3), NETWORK);
                Predictor predictor = result.model().predictor()) {
            before = predictor.predict(VALIDATION);
            result.model().putProperty("purpose", "test");
            result.model().save(folder);
        }
        for (String file : List.of("network.json", "parameters.params", "normalisers.json", "model.json")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        try (Predictor loaded = Predictor.load(folder)) {
            float[][] after = loaded.predict(VALIDATION);
            for (int i = 0; i < before.length; i++) {
                assertEquals(before[i][0], after[i][0], 1e-6);
            }
            ModelMetadata metadata = loaded.model().metadata();
            assertEquals(List.of("angle"), metadata.inputNames());
            assertEquals("test", metadata.properties().get("purpose"));
            assertEquals(5, metadata.history().size());
            assertEquals(NETWORK, loaded.model().network());
        }
    }

    @Test
    void resumedRunContinuesTheUninterruptedHistory(@TempDir Path dir) {
        MlpConfig withDropout = new MlpConfig(1, List.of(16, 16), 1, Activation.TANH, 0.1);
        List<EpochLoss> whole;
        try (TrainingResult uninterrupted = fit(config(6, 21), withDropout)) {
            whole = uninterrupted.history();
        }
        Path checkpoint = dir.resolve("checkpoint");
        List<EpochLoss> firstPart;
        try (TrainingResult part = Trainer.builder(config(3, 21)).quiet(true).checkpoints(checkpoint).build()
                .fit(withDropout, TRAIN, VALIDATION)) {
            firstPart = part.history();
        }
        List<Integer> seen = new ArrayList<>();
        try (TrainingResult resumed = Trainer.builder(config(6, 21)).quiet(true).checkpoints(checkpoint)
                .onEpoch(e -> seen.add(e.epoch())).build().resume(checkpoint, TRAIN, VALIDATION)) {
            assertEquals(List.of(4, 5, 6), seen);
            assertEquals(6, resumed.epochs());
            assertEquals(firstPart, resumed.history().subList(0, 3));
            // bit-identical continuation: same batches, dropout masks and Adam moments as without the break
            assertArrayEquals(losses(whole, true), resumed.trainLosses(), 0.0);
            assertArrayEquals(losses(whole, false), resumed.validationLosses(), 0.0);
        }
    }

    @Test
    void earlyStoppingStopsAndRestoresTheBestEpoch() {
        // validation targets are −sin(x): the better the fit to sin(x), the worse the validation loss,
        // so it stops improving after the first epochs and training must stop `patience` epochs later
        float[][] x = new float[VALIDATION.size()][];
        float[][] y = new float[VALIDATION.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = VALIDATION.input(i);
            y[i] = new float[] {-VALIDATION.target(i)[0]};
        }
        SampleSet inverted = SampleSet.of(x, y, List.of("angle"), List.of("sine"));
        TrainingConfig config = config(100, 4).withEarlyStopping(3, 0);
        try (TrainingResult result = Trainer.builder(config).quiet(true).build().fit(NETWORK, TRAIN, inverted)
                ; Predictor predictor = result.model().predictor()) {
            assertEquals(StopReason.EARLY_STOPPING, result.stopReason());
            assertEquals(result.bestEpoch() + 3, result.epochs());
            assertTrue(result.epochs() < 100);
            // the model holds the best epoch's parameters: its loss on the validation set is that epoch's
            float[][] predicted = predictor.predict(inverted);
            float[] std = result.model().normalisers().targets().std();
            double rawMse = SineData.mse(predicted, inverted);
            double normalisedMse = rawMse / (std[0] * std[0]);
            assertEquals(result.bestValidationLoss(), normalisedMse, 1e-4 * result.bestValidationLoss());
        }
    }

    private static double[] losses(List<EpochLoss> history, boolean train) {
        return history.stream().mapToDouble(e -> train ? e.trainLoss() : e.validationLoss()).toArray();
    }
}

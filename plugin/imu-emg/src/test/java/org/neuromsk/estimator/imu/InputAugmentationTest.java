package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Json;
import org.neuromsk.training.Predictor;
import org.neuromsk.training.Trainer;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.TrainingResult;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.model.Activation;
import org.neuromsk.training.model.MlpConfig;
import org.neuromsk.training.model.NetworkConfig;

/** Training-only input noise and channel dropout, in the WaveNet and around a baseline. */
class InputAugmentationTest {

    private static final int BATCH = 400;
    private static final int FRAMES = 50;
    private static final int CHANNELS = 6;

    @TempDir
    Path dir;

    private static NDArray ones(NDManager manager) {
        return manager.ones(new Shape(BATCH, FRAMES, CHANNELS));
    }

    @Test
    void inferenceAndNoneLeaveTheWindowAlone() {
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray x = ones(manager);
            assertSame(x, new InputAugmentation(0.1, 0.1).apply(x, false));
            assertSame(x, InputAugmentation.NONE.apply(x, true));
        }
    }

    /**
     * Channel dropout p = 0.2 on a window of ones: each (sample, channel) is either 0 in every frame or
     * 1/(1 − 0.2) = 1.25 in every frame; the share of zeroed channels over 400 × 6 = 2400 draws is
     * 0.2 ± 3·sqrt(0.2·0.8/2400) ≈ 0.2 ± 0.025.
     */
    @Test
    void channelDropoutZeroesWholeChannelsAndScalesTheRest() {
        try (NDManager manager = TorchRuntime.newManager()) {
            TorchRuntime.seed(11);
            float[] out = new InputAugmentation(0, 0.2).apply(ones(manager), true).toFloatArray();
            int zeroed = 0;
            for (int b = 0; b < BATCH; b++) {
                for (int c = 0; c < CHANNELS; c++) {
                    float first = out[(b * FRAMES) * CHANNELS + c];
                    assertTrue(first == 0f || Math.abs(first - 1.25f) < 1e-6, "value " + first);
                    for (int f = 1; f < FRAMES; f++) {
                        assertEquals(first, out[(b * FRAMES + f) * CHANNELS + c], "frame " + f + " differs");
                    }
                    zeroed += first == 0f ? 1 : 0;
                }
            }
            double share = zeroed / (double) (BATCH * CHANNELS);
            assertEquals(0.2, share, 0.025);
        }
    }

    /**
     * Noise σ = 0.1 on a window of ones: the added values have mean 0 ± 3σ/sqrt(n) and SD σ within a
     * few per cent (n = 120 000 draws: the SD's standard error is σ/sqrt(2n) ≈ 0.0002σ·… ≈ 0.2 %).
     * The same seed draws the same noise (the trainer reseeds every epoch).
     */
    @Test
    void noiseHasTheGivenSdAndFollowsTheSeed() {
        try (NDManager manager = TorchRuntime.newManager()) {
            InputAugmentation noise = new InputAugmentation(0.1, 0);
            TorchRuntime.seed(5);
            float[] a = noise.apply(ones(manager), true).toFloatArray();
            TorchRuntime.seed(5);
            float[] b = noise.apply(ones(manager), true).toFloatArray();
            assertArrayEquals(a, b);
            double sum = 0;
            double squares = 0;
            for (float v : a) {
                sum += v - 1;
                squares += (v - 1) * (v - 1);
            }
            double mean = sum / a.length;
            double sd = Math.sqrt(squares / a.length - mean * mean);
            assertEquals(0, mean, 3 * 0.1 / Math.sqrt(a.length));
            assertEquals(0.1, sd, 0.002);
        }
    }

    @Test
    void rangesAreChecked() {
        assertThrows(NeuroMskException.class, () -> new InputAugmentation(-0.1, 0));
        assertThrows(NeuroMskException.class, () -> new InputAugmentation(0, 1));
        assertThrows(NeuroMskException.class, () -> ImuEmgSettings.defaults().with("{\"channelDropout\": 1.5}"));
    }

    /** Models saved before the augmentation existed have no such members: they read as none. */
    @Test
    void waveNetJsonWithoutAugmentationReadsAsNone() {
        ImuEmgNetworks.register();
        String old = "{\"type\": \"sw-wavenet\", \"inputChannels\": 3, \"residualChannels\": 8, \"skipChannels\": 6, "
                + "\"headUnits\": 5, \"kernelSize\": 2, \"dilations\": [1, 2], \"outputSize\": 2, "
                + "\"outputFrames\": 1, \"dropout\": 0.0}";
        WaveNetConfig config = (WaveNetConfig) Json.parse(null, old, NetworkConfig.class);
        assertTrue(config.augmentation().isNone());
        WaveNetConfig augmented = config.withRegularisation(0.2, new InputAugmentation(0.05, 0.1));
        String json = Json.gson().toJson(augmented, NetworkConfig.class);
        assertEquals(augmented, Json.parse(null, json, NetworkConfig.class));
    }

    /** The settings give every network the same augmentation; the defaults give none (plain MLP). */
    @Test
    void settingsAugmentEveryNetworkOrNone() {
        ImuEmgExperiment plain = new ImuEmgExperiment(ImuEmgSettings.defaults(), null, line -> { });
        assertTrue(plain.mlp(18, 9).network() instanceof MlpConfig);
        assertTrue(((WaveNetConfig) plain.waveNet(18, 9).network()).augmentation().isNone());
        ImuEmgSettings noisy = ImuEmgSettings.defaults().with("{\"inputNoise\": 0.05, \"channelDropout\": 0.1}");
        ImuEmgExperiment experiment = new ImuEmgExperiment(noisy, null, line -> { });
        InputAugmentation expected = new InputAugmentation(0.05, 0.1);
        assertEquals(expected, ((WaveNetConfig) experiment.waveNet(18, 9).network()).augmentation());
        for (NetworkConfig baseline : List.of(experiment.mlp(18, 9).network(), experiment.gru(18, 9).network())) {
            InputAugmentedConfig wrapped = (InputAugmentedConfig) baseline;
            assertEquals(expected, new InputAugmentation(wrapped.inputNoise(), wrapped.channelDropout()));
        }
    }

    /**
     * A wrapped MLP trains, saves, reloads through its JSON and predicts exactly what the in-memory model
     * predicts (inference has no perturbation). The target x is the last frame's first channel (normalised,
     * SD 1); seeing x + n with noise n of SD σ = 0.5, the best estimate is E[x | x + n] = (x + n)/(1 + σ²),
     * whose mean squared error is σ²/(1 + σ²) = 0.2 (Gaussian x and n). So the training loss cannot go much
     * below 0.2 (0.17 allows for 600 samples), while the same MLP on clean windows goes below 0.1: the
     * perturbation is active in training.
     */
    @Test
    void augmentedMlpTrainsWithNoiseAndPredictsWithout() {
        ImuEmgNetworks.register();
        int n = 600;
        int window = 4;
        float[] inputs = new float[n * window * 2];
        float[] targets = new float[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(2);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (float) random.nextGaussian();
        }
        for (int s = 0; s < n; s++) {
            targets[s] = inputs[(s * window + window - 1) * 2];
        }
        SampleSet set = new SampleSet(inputs, new int[] {window, 2}, targets, new int[] {1}, null, null);
        MlpConfig mlp = MlpConfig.of(window * 2, 1, Activation.RELU, 16);
        NetworkConfig network = InputAugmentedConfig.wrap(mlp, new InputAugmentation(0.5, 0));
        TrainingConfig config = TrainingConfig.defaults().withMaxEpochs(8).withBatchSize(32).withSeed(4)
                .withAdam(org.neuromsk.training.optim.AdamConfig.of(1e-2));
        double plainLoss;
        try (TrainingResult plain = Trainer.builder(config).quiet(true).build().fit(mlp, set, null)) {
            plainLoss = plain.trainLosses()[7];
        }
        Path saved = dir.resolve("mlp");
        float[][] probe = {java.util.Arrays.copyOf(inputs, window * 2)};
        float[] inMemory;
        try (TrainingResult result = Trainer.builder(config).quiet(true).build().fit(network, set, null)) {
            double noisyLoss = result.trainLosses()[7];
            assertTrue(plainLoss < 0.1 && noisyLoss > 0.17, "clean " + plainLoss + ", noisy " + noisyLoss);
            result.model().save(saved);
            try (Predictor predictor = result.model().predictor()) {
                inMemory = predictor.predict(probe)[0];
                assertArrayEquals(inMemory, predictor.predict(probe)[0]);
            }
        }
        assertTrue(Json.readText(saved.resolve("network.json")).contains("\"type\": \"input-augmented\""));
        try (Predictor loaded = Predictor.load(saved)) {
            assertArrayEquals(inMemory, loaded.predict(probe)[0], 1e-6f);
        }
    }
}

package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.dataset.SyntheticGait;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.EpochLoss;
import org.neuromsk.training.Json;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.model.MlpConfig;
import org.neuromsk.training.model.Networks;

class GaitEmgTrainerTest {

    @TempDir
    static Path data;

    @TempDir
    Path out;

    private static GaitTrial trial;
    private static final MuscleMapping MUSCLES = MuscleMapping.parkAndParkTable1().select(List.of("TA", "SOL"));

    @BeforeAll
    static void writeTrial() {
        TorchRuntime.engine();
        SyntheticGait.write(data, 1.1, 12, 100);
        trial = GaitTrialReader.folder(data).muscles(MUSCLES.opensimNames()).read();
    }

    private static GaitEmgSettings quick(GaitEmgType type, long seed) {
        return Json.overlay(GaitEmgSettings.defaults(type), "{\"members\": 1, \"training\": {\"maxEpochs\": 4},"
                + " \"pretraining\": {\"maxEpochs\": 3}}", GaitEmgSettings.class).withSeed(seed);
    }

    @Test
    void theSameSeedGivesTheSameLossCurveAndAnotherSeedAnother() {
        List<EpochLoss> first;
        List<EpochLoss> again;
        List<EpochLoss> other;
        try (GaitEmgModel m = new GaitEmgTrainer(GaitEmgType.TORQUE, quick(GaitEmgType.TORQUE, 7), MUSCLES)
                .train(List.of(trial))) {
            first = m.info().members().get(0).history();
        }
        try (GaitEmgModel m = new GaitEmgTrainer(GaitEmgType.TORQUE, quick(GaitEmgType.TORQUE, 7), MUSCLES)
                .train(List.of(trial))) {
            again = m.info().members().get(0).history();
        }
        try (GaitEmgModel m = new GaitEmgTrainer(GaitEmgType.TORQUE, quick(GaitEmgType.TORQUE, 8), MUSCLES)
                .train(List.of(trial))) {
            other = m.info().members().get(0).history();
        }
        assertEquals(4, first.size());
        for (int e = 0; e < first.size(); e++) {
            assertEquals(first.get(e).trainLoss(), again.get(e).trainLoss(), 0.0);
            assertEquals(first.get(e).validationLoss(), again.get(e).validationLoss(), 0.0);
        }
        assertNotEquals(first.get(0).trainLoss(), other.get(0).trainLoss());
    }

    @Test
    void aSavedModelPredictsLikeTheTrainedOne() {
        GaitEmgSettings s = quick(GaitEmgType.CONTEXT, 3);
        try (GaitEmgModel m = new GaitEmgTrainer(GaitEmgType.CONTEXT, s, MUSCLES).train(List.of(trial))) {
            double[][] before = m.predict(trial);
            m.save(out.resolve("model"));
            try (GaitEmgModel loaded = GaitEmgModel.load(out.resolve("model"))) {
                double[][] after = loaded.predict(trial);
                for (int i = 0; i < before.length; i++) {
                    assertArrayEquals(before[i], after[i], 0.0);
                }
                assertEquals(List.of("TA", "SOL"), loaded.info().muscles());
                assertEquals(GaitEmgType.CONTEXT, loaded.info().type());
                // 5 inputs → 128 → 64 → 2: 6·128 + 129·64 + 65·2 = 768 + 8,256 + 130
                assertEquals(9_154, loaded.parameterCount());
            }
        }
    }

    @Test
    void fineTuningStartsFromThePreTrainedHiddenLayers() {
        try (NDManager manager = TorchRuntime.newManager()) {
            MlpConfig pre = MlpConfig.of(3, 6, org.neuromsk.training.model.Activation.RELU, 142, 100);
            MlpConfig grown = pre.withExtraHiddenLayer(150);
            Block a = pre.build();
            Block b = new MlpConfig(3, grown.hiddenSizes(), 7, grown.activation(), 0).build();
            TorchRuntime.seed(1);
            Networks.initialize(a, manager, new int[] {3});
            Networks.initialize(b, manager, new int[] {3});
            float[] firstWeights = a.getParameters().get(0).getValue().getArray().toFloatArray();
            assertNotEquals(firstWeights[0], b.getParameters().get(0).getValue().getArray().toFloatArray()[0]);
            float[] addedBefore = b.getParameters().get(4).getValue().getArray().toFloatArray();
            GaitEmgTrainer.copyLeadingParameters(a, b, 4);
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(a.getParameters().get(i).getValue().getArray().toFloatArray(),
                        b.getParameters().get(i).getValue().getArray().toFloatArray(), 0f);
            }
            assertArrayEquals(addedBefore, b.getParameters().get(4).getValue().getArray().toFloatArray(), 0f);
        }
    }

    @Test
    void evaluatesOnTheCyclesOfATrial() {
        try (GaitEmgModel m = new GaitEmgTrainer(GaitEmgType.BASELINE, quick(GaitEmgType.BASELINE, 1), MUSCLES)
                .train(List.of(trial))) {
            TrialEvaluation e = TrialEvaluation.of(m, trial);
            // 12 s of 1.1-s cycles from the force plates: heel strikes at ~0.0117 + 1.1k s, k = 0..10
            assertEquals(10, e.cycles().size());
            assertEquals(2, e.metrics().size());
            TrialEvaluation v = TrialEvaluation.onValidationCycles(m, trial);
            // every 5th cycle from the third: cycles 2 and 7
            assertEquals(2, v.cycles().size());
            assertTrue(Double.isFinite(e.meanEnsembleR2()));
        }
    }

    @Test
    void aFolderWithoutTheModelDescriptionIsNamedAsNotAModelFolder(@TempDir Path empty) {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> GaitEmgModel.load(empty));
        assertEquals(empty + ": not a gait EMG model folder (no gait-emg.json; 'neuromsk train' writes one)",
                e.getMessage());
    }
}

package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.dataset.SyntheticGait;
import org.neuromsk.metrics.MuscleMetrics;
import org.neuromsk.training.Json;

class TransferEvaluationTest {

    @TempDir
    Path training;

    @TempDir
    Path other;

    @Test
    void windowRangeMapsMinimumToZeroAndMaximumToOne() {
        // (v − 2)/(6 − 2)
        assertArrayEquals(new double[] {0, 0.5, 1, 0.25}, TransferEvaluation.windowRange(new double[] {2, 4, 6, 3}),
                1e-15);
    }

    @Test
    void lessThanOneGaitCycleGivesPerSampleMetricsOnly() {
        MuscleMapping muscles = MuscleMapping.parkAndParkTable1().select(List.of("TA", "SOL"));
        SyntheticGait.write(training, 1.1, 12, 100);
        // 1 s of a 1.1-s cycle: one heel strike, no complete cycle; EMG columns renamed as in another lab
        SyntheticGait.write(other, 1.1, 1.0, 100);
        GaitTrial train = GaitTrialReader.folder(training).muscles(muscles.opensimNames()).read();
        MuscleMapping columns = new MuscleMapping(null, Map.of("TA", "tib_ant_r"));
        GaitTrial walk = GaitTrialReader.folder(other).muscles(columns.opensimNames()).read();
        GaitEmgSettings quick = Json.overlay(GaitEmgSettings.defaults(GaitEmgType.BASELINE),
                "{\"members\": 1, \"training\": {\"maxEpochs\": 3}}", GaitEmgSettings.class).withSeed(2);
        try (GaitEmgModel model = new GaitEmgTrainer(GaitEmgType.BASELINE, quick, muscles).train(List.of(train))) {
            TransferEvaluation e = TransferEvaluation.of(model, walk, columns);
            assertEquals(101, e.frames());
            assertEquals(0, e.cycles());
            assertEquals("", e.note());
            assertEquals(1, e.metrics().size());
            MuscleMetrics ta = e.metrics().get(0);
            assertEquals("TA", ta.muscle());
            assertTrue(Double.isNaN(ta.ensembleR2()));
            assertTrue(Double.isFinite(ta.pearson()) && Double.isFinite(ta.sampleR2()) && ta.rmse() > 0);
        }
        GaitEmgSettings context = Json.overlay(GaitEmgSettings.defaults(GaitEmgType.CONTEXT),
                "{\"members\": 1, \"training\": {\"maxEpochs\": 2}}", GaitEmgSettings.class).withSeed(2);
        try (GaitEmgModel model = new GaitEmgTrainer(GaitEmgType.CONTEXT, context, muscles).train(List.of(train))) {
            // the gait phase needs two heel strikes in the knee angle; 1 s holds one
            TransferEvaluation e = TransferEvaluation.of(model, walk, columns);
            assertTrue(e.metrics().isEmpty());
            assertFalse(e.note().isEmpty(), e.note());
        }
    }
}

package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.loss.LossFunction;
import org.neuromsk.training.loss.TrainingBatch;
import org.neuromsk.training.norm.Normalisers;
import org.neuromsk.training.norm.ZScore;

class EnvelopeLossesTest {

    @Test
    void amplitudeWeightedMseWeighsHighTargetsMore() {
        // errors² (1, 1) with targets (0, 1) and α = 2: weights (1, 3) → mean (1 + 3) / 2 = 2
        assertEquals(2, value(EnvelopeLosses.amplitudeWeighted(2), new float[] {1, 0}, new float[] {0, 1}), 1e-6);
        // α = 0 is plain MSE: (1 + 1) / 2
        assertEquals(1, value(EnvelopeLosses.amplitudeWeighted(0), new float[] {1, 0}, new float[] {0, 1}), 1e-6);
    }

    @Test
    void peakRatioPenaltyIsTheSquaredGainDeficit() {
        // y = (1, 2), ŷ = y / 2: ρ = (1·0.5 + 4·1) / (1 + 8) = 0.5 → (0.5 − 1)² = 0.25
        assertEquals(0.25, value(EnvelopeLosses.peakRatioPenalty(), new float[] {0.5f, 1}, new float[] {1, 2}), 1e-6);
        // exact predictions cost nothing
        assertEquals(0, value(EnvelopeLosses.peakRatioPenalty(), new float[] {1, 2}, new float[] {1, 2}), 1e-6);
    }

    @Test
    void specsParseIntoNamedLosses() {
        assertEquals("mse", EnvelopeLosses.parse("mse").name());
        assertEquals("weighted-mse(2.00000) + 0.5·peak-ratio", EnvelopeLosses.parse("weighted:2+peak:0.5").name());
        // MSE of errors (0.5, 1) = 0.625, plus 0.5 · 0.25 from the penalty above
        assertEquals(0.625 + 0.125, value(EnvelopeLosses.parse("mse+peak:0.5"), new float[] {0.5f, 1}, new float[] {1, 2}),
                1e-6);
        assertThrows(NeuroMskException.class, () -> EnvelopeLosses.parse("huber"));
        assertThrows(NeuroMskException.class, () -> EnvelopeLosses.parse("weighted:-1"));
        assertThrows(NeuroMskException.class, () -> EnvelopeLosses.parse("mse+peaks:1"));
    }

    /** One output column, identity normalisers: raw and normalised values coincide. */
    private static double value(LossFunction loss, float[] predictions, float[] targets) {
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray p = manager.create(predictions, new Shape(predictions.length, 1));
            NDArray t = manager.create(targets, new Shape(targets.length, 1));
            Normalisers identity = new Normalisers(ZScore.identity(1), ZScore.identity(1));
            TrainingBatch batch = new TrainingBatch(manager.zeros(new Shape(targets.length, 1)), new int[targets.length],
                    false, identity);
            return loss.compute(p, t, batch).getFloat();
        }
    }
}

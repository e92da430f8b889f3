package org.neuromsk.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.norm.Normalisers;
import org.neuromsk.training.norm.ZScore;

class LossesTest {

    @Test
    void lossesMatchHandValues() {
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray p = manager.create(new float[] {0f, 3f, -0.5f, 1f}, new ai.djl.ndarray.types.Shape(4, 1));
            NDArray t = manager.zeros(new ai.djl.ndarray.types.Shape(4, 1));
            TrainingBatch batch = new TrainingBatch(p, new int[] {0, 1, 2, 3}, false,
                    new Normalisers(ZScore.identity(1), new ZScore(new float[] {10f}, new float[] {2f})));
            // errors 0, 3, −0.5, 1: squares 0, 9, 0.25, 1 → mean 2.5625
            assertEquals(2.5625f, Losses.meanSquaredError().compute(p, t, batch).getFloat(), 1e-6f);
            // |e| 0, 3, 0.5, 1 → mean 1.125
            assertEquals(1.125f, Losses.meanAbsoluteError().compute(p, t, batch).getFloat(), 1e-6f);
            // Huber δ = 1: 0, 1·(3 − 0.5) = 2.5, 0.5·0.25 = 0.125, 0.5·1 = 0.5 → mean 0.78125
            assertEquals(0.78125f, Losses.huber(1).compute(p, t, batch).getFloat(), 1e-6f);
            // mse + 0.5·mae = 2.5625 + 0.5625 = 3.125
            LossFunction combined = Losses.meanSquaredError().plus(Losses.meanAbsoluteError(), 0.5);
            assertEquals(3.125f, combined.compute(p, t, batch).getFloat(), 1e-6f);
            assertEquals("mse + 0.5·mae", combined.name());
            // raw predictions: z·2 + 10 → 10, 16, 9, 12
            assertEquals(47f, batch.rawPredictions(p).sum().getFloat(), 1e-5f);
        }
    }
}

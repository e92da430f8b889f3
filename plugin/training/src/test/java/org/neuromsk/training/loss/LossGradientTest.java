package org.neuromsk.training.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.Test;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.norm.Normalisers;
import org.neuromsk.training.norm.ZScore;

/**
 * The gradients of the losses that use numbers (Huber, weighted sums) against their closed forms, many
 * times over, with garbage collection and fresh direct buffers between the forward and the backward
 * pass. A loss that multiplies by a Java number ({@code x.mul(0.5)}) lets the garbage collector free
 * that number's buffer, the fresh buffers then take its memory, and the gradient comes out wrong; with
 * {@link Constants} every gradient is right.
 */
class LossGradientTest {

    private static final int ITERATIONS = 200;
    /** Errors p − t: inside and outside Huber's δ = 1, both signs. */
    private static final float[] ERRORS = {0.25f, -0.5f, 2f, -3f, 0.8f, -1.5f};

    @Test
    void huberGradientIsTheClippedErrorOverN() {
        // d/de mean(huber_δ(e)) = clip(e, −δ, δ)/n with δ = 1, n = 6
        double[] expected = new double[ERRORS.length];
        for (int i = 0; i < ERRORS.length; i++) {
            expected[i] = Math.max(-1, Math.min(1, ERRORS[i])) / ERRORS.length;
        }
        assertGradientAlwaysEquals(Losses.huber(1), expected);
    }

    @Test
    void weightedSumGradientIsTheWeightedSumOfGradients() {
        // mse + 0.5·huber: 2e/n + 0.5·clip(e, −1, 1)/n
        double[] expected = new double[ERRORS.length];
        for (int i = 0; i < ERRORS.length; i++) {
            expected[i] = (2 * ERRORS[i] + 0.5 * Math.max(-1, Math.min(1, ERRORS[i]))) / ERRORS.length;
        }
        assertGradientAlwaysEquals(Losses.meanSquaredError().plus(Losses.huber(1), 0.5), expected);
    }

    @Test
    void constantsTakeTheDataTypeAndManagerOfTheirArray() {
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray x = manager.create(new double[] {1, 2});
            NDArray c = Constants.like(x, 0.1);
            assertEquals(x.getDataType(), c.getDataType());
            assertEquals(0.1, c.getDouble(), 0);
            assertEquals(manager, c.getManager());
        }
    }

    private static void assertGradientAlwaysEquals(LossFunction loss, double[] expected) {
        Engine engine = TorchRuntime.engine();
        int wrong = 0;
        String firstWrong = null;
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray targets = manager.zeros(new Shape(ERRORS.length, 1));
            TrainingBatch unused = new TrainingBatch(targets, new int[ERRORS.length], true,
                    new Normalisers(ZScore.identity(1), ZScore.identity(1)));
            for (int k = 0; k < ITERATIONS; k++) {
                try (NDManager scope = manager.newSubManager(Device.cpu())) {
                    NDArray p = scope.create(ERRORS, new Shape(ERRORS.length, 1));
                    p.setRequiresGradient(true);
                    try (GradientCollector collector = engine.newGradientCollector()) {
                        NDArray value = loss.compute(p, targets, unused);
                        churnMemory(scope);
                        collector.backward(value);
                    }
                    float[] gradient = p.getGradient().toFloatArray();
                    for (int i = 0; i < expected.length; i++) {
                        if (!(Math.abs(gradient[i] - expected[i]) <= 1e-6)) {
                            wrong++;
                            if (firstWrong == null) {
                                firstWrong = "iteration " + k + ", element " + i + ": " + gradient[i] + " instead of "
                                        + expected[i];
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong == 0, wrong + " wrong gradient values in " + ITERATIONS + " iterations; first: " + firstWrong);
    }

    /** Lets the collector free unreferenced direct buffers, then fills fresh ones with another number. */
    private static void churnMemory(NDManager scope) {
        System.gc();
        List<NDArray> junk = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            junk.add(scope.create(1e4f));
        }
        junk.forEach(NDArray::close);
    }
}

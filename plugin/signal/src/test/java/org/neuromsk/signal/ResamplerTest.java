package org.neuromsk.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class ResamplerTest {

    private static final double H = 0.01;      // source step (s)
    private static final double W = 2 * Math.PI; // sin(2π·t): one period over [0, 1] s

    private static double[] sourceTimes() {
        double[] t = new double[101];
        for (int k = 0; k < t.length; k++) {
            t[k] = k * H;
        }
        return t;
    }

    private static double[] sin(double[] t) {
        double[] y = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            y[k] = Math.sin(W * t[k]);
        }
        return y;
    }

    /** Times between the samples, 0.0037 s apart, not aligned with the source grid. */
    private static double[] targetTimes() {
        double[] t = new double[270];
        for (int k = 0; k < t.length; k++) {
            t[k] = 0.0001 + k * 0.0037;
        }
        return t;
    }

    private static double maxError(double[] t, double[] y) {
        double max = 0;
        for (int k = 0; k < t.length; k++) {
            max = Math.max(max, Math.abs(y[k] - Math.sin(W * t[k])));
        }
        return max;
    }

    @Test
    void linearErrorIsWithinTheClosedFormBound() {
        double[] t = targetTimes();
        double[] y = Resampler.resample(sourceTimes(), sin(sourceTimes()), t, Interpolation.LINEAR);
        // |error| ≤ h²/8 · max|f''| = 0.01²/8 · (2π)² = 4.93e-4
        double bound = H * H / 8 * W * W;
        double err = maxError(t, y);
        assertTrue(err <= bound, err + " > " + bound);
        assertTrue(err > bound / 10, "the bound is nearly reached, so the test can tell: " + err);
    }

    @Test
    void cubicSplineErrorIsFourthOrder() {
        double[] t = targetTimes();
        double[] y = Resampler.resample(sourceTimes(), sin(sourceTimes()), t, Interpolation.CUBIC);
        // sin(2πt)'' vanishes at t = 0 and 1, so the natural end conditions are exact and the spline
        // error is ≤ 5/384 · h⁴ · max|f''''| = 5/384 · 1e-8 · (2π)⁴ = 2.03e-7
        double bound = 5.0 / 384 * Math.pow(H, 4) * Math.pow(W, 4);
        double err = maxError(t, y);
        assertTrue(err <= bound, err + " > " + bound);
    }

    @Test
    void linearReproducesAStraightLineExactly() {
        double[] t = {0, 1, 2, 3};
        double[] y = {1, 3, 5, 7}; // 1 + 2t
        assertArrayEquals(new double[] {1, 2, 4.5, 7}, Resampler.resample(t, y, new double[] {0, 0.5, 1.75, 3},
                Interpolation.LINEAR), 1e-15);
    }

    @Test
    void refusesToExtrapolateAndBuildsUniformTimes() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Resampler.resample(new double[] {0, 1},
                new double[] {0, 1}, new double[] {1.5}, Interpolation.LINEAR));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        // within 1e-3 of a step past the end is taken as the end
        assertEquals(1.0, Resampler.resample(new double[] {0, 1}, new double[] {0, 1}, new double[] {1.0000001},
                Interpolation.LINEAR)[0], 0);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, Resampler.uniformTimes(0, 1, 4), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.6, 0.7}, Resampler.uniformTimes(0.5, 0.75, 10), 1e-15);
    }
}

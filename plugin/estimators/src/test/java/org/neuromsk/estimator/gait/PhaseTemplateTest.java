package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class PhaseTemplateTest {

    private static final int BINS = PhaseTemplate.BINS;

    /** Phases of {@code strides} strides with {@code perBin} frames spread evenly inside every bin. */
    private static double[] phases(int strides, int perBin) {
        double[] phase = new double[strides * BINS * perBin];
        for (int i = 0; i < phase.length; i++) {
            int k = i % (BINS * perBin);
            phase[i] = (k + 0.5) / (BINS * perBin);
        }
        return phase;
    }

    private static int[] strideNumbers(int strides, int perStride) {
        int[] s = new int[strides * perStride];
        for (int i = 0; i < s.length; i++) {
            s[i] = i / perStride;
        }
        return s;
    }

    @Test
    void aPatternOfPhaseAloneIsReproducedWithinTheBinningError() {
        // f(φ) = 2 + sin 2πφ. A bin of width h = 1/100 averages sin to sin(2πc)·sin(πh)/(πh) (1.6e-4 off),
        // and linear interpolation between bin centres adds at most (2πh)²/8 = 4.9e-4: below 1e-3 in all.
        double[] phase = phases(3, 10);
        double[][] values = new double[1][phase.length];
        for (int i = 0; i < phase.length; i++) {
            values[0][i] = 2 + Math.sin(2 * Math.PI * phase[i]);
        }
        PhaseTemplate template = PhaseTemplate.fit(phase, values);
        double[] query = {0, 0.001, 0.123, 0.25, 0.5, 0.777, 0.995, 0.9999};
        double[] estimate = template.predict(query)[0];
        for (int i = 0; i < query.length; i++) {
            assertEquals(2 + Math.sin(2 * Math.PI * query[i]), estimate[i], 1e-3, "phase " + query[i]);
        }
    }

    @Test
    void leavingAStrideOutAveragesTheOtherStridesOnly() {
        // Stride s is a_s·g(φ) with one frame at each bin centre: without stride s, every bin's mean is
        // (Σa − a_s)/(S − 1)·g(c), and at a bin centre the interpolation returns that bin's value.
        double[] a = {1.0, 2.0, 4.0, 8.0};
        double[] phase = phases(a.length, 1);
        int[] stride = strideNumbers(a.length, BINS);
        double[][] values = new double[1][phase.length];
        for (int i = 0; i < phase.length; i++) {
            values[0][i] = a[stride[i]] * (1.5 + Math.cos(2 * Math.PI * phase[i]));
        }
        double[] estimate = PhaseTemplate.leaveOneStrideOut(phase, stride, values)[0];
        double sum = 15.0;
        for (int i = 0; i < phase.length; i++) {
            double others = (sum - a[stride[i]]) / (a.length - 1);
            assertEquals(others * (1.5 + Math.cos(2 * Math.PI * phase[i])), estimate[i], 1e-12);
        }
    }

    @Test
    void aStridesOwnValuesNeverReachItsOwnEstimate() {
        double[] phase = phases(5, 2);
        int[] stride = strideNumbers(5, 2 * BINS);
        double[][] values = new double[2][phase.length];
        for (int i = 0; i < phase.length; i++) {
            values[0][i] = Math.sin(2 * Math.PI * phase[i]) + 0.1 * stride[i];
            values[1][i] = phase[i] * phase[i];
        }
        double[][] before = PhaseTemplate.leaveOneStrideOut(phase, stride, values);
        double[][] spiked = {values[0].clone(), values[1].clone()};
        for (int i = 0; i < phase.length; i++) {
            if (stride[i] == 2) {
                spiked[0][i] += 50;
                spiked[1][i] -= 7;
            }
        }
        double[][] after = PhaseTemplate.leaveOneStrideOut(phase, stride, spiked);
        for (int i = 0; i < phase.length; i++) {
            if (stride[i] == 2) {
                assertEquals(before[0][i], after[0][i], 1e-12);
                assertEquals(before[1][i], after[1][i], 1e-12);
            } else {
                assertNotEquals(before[0][i], after[0][i], 1.0, "the spike reaches the other strides' estimates");
            }
        }
    }

    @Test
    void theCorrelationRatioIsTheShareOfVarianceTheBinMeansExplain() {
        // Two frames per bin: g(b) + d and g(b) − d, so every bin mean is g(b) exactly and
        // η² = Var(g) / (Var(g) + d²) with Var(g) = ½ for g = sin(2π c_b) over whole cycles.
        double d = 0.5;
        double[] phase = phases(1, 2);
        double[][] values = new double[2][phase.length];
        for (int i = 0; i < phase.length; i++) {
            int b = (int) Math.floor(phase[i] * BINS);
            double g = Math.sin(2 * Math.PI * (b + 0.5) / BINS);
            values[0][i] = g + (i % 2 == 0 ? d : -d);
            values[1][i] = g;
        }
        double[] eta = PhaseTemplate.correlationRatio(phase, values);
        assertEquals(Math.sqrt(0.5 / (0.5 + d * d)), eta[0], 1e-12);
        assertEquals(1.0, eta[1], 1e-12);
    }

    @Test
    void strideNumbersCountTheHeelStrikesSoFar() {
        double[] time = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 2, 2}, PhaseTemplate.strides(time, new double[] {0.2, 0.45}));
    }

    @Test
    void anEmptyPhaseBinIsRefused() {
        double[] phase = {0.1, 0.2, 0.3};
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> PhaseTemplate.fit(phase, new double[][] {{1, 2, 3}}));
        assertTrue(e.getMessage().contains("too few strides"), e.getMessage());
    }

    @Test
    void aStrideHoldingTheOnlyFramesOfABinCannotBeLeftOut() {
        double[] phase = phases(2, 1);
        int[] stride = strideNumbers(2, BINS);
        phase[3] = phase[4];
        assertThrows(NeuroMskException.class,
                () -> PhaseTemplate.leaveOneStrideOut(phase, stride, new double[][] {new double[phase.length]}));
    }

    @Test
    void phasesOutsideTheCycleAndMismatchedLengthsAreRefused() {
        assertThrows(NeuroMskException.class, () -> PhaseTemplate.fit(new double[] {1.0}, new double[][] {{1}}));
        assertThrows(NeuroMskException.class, () -> PhaseTemplate.fit(new double[] {-0.1}, new double[][] {{1}}));
        assertThrows(NeuroMskException.class, () -> PhaseTemplate.fit(phases(1, 1), new double[][] {{1, 2}}));
    }
}

package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class EnvelopeMetricsTest {

    private static final Cycles TWO = new Cycles(new int[] {0, 2, 4});

    @Test
    void halvedEstimateHasPerfectCorrelationAndHalfThePeaks() {
        double[] truth = {0, 1, 0, 1};
        double[] half = {0, 0.5, 0, 0.5};
        MuscleMetrics m = EnvelopeMetrics.of("a", truth, half, TWO);
        assertEquals(1, m.r(), 1e-12);
        // SS_res = 2 · 0.5² = 0.5; mean 0.5, SS_tot = 4 · 0.5² = 1 → R² = 1 − 0.5 = 0.5
        assertEquals(0.5, m.r2(), 1e-12);
        // RMSE = √(0.5 / 4) = 0.353553…, range 1
        assertEquals(Math.sqrt(0.125), m.nrmse(), 1e-12);
        // each cycle: 0.5 / 1
        assertEquals(0.5, m.peakRatio(), 1e-12);
        assertEquals(2, m.cycles());
    }

    @Test
    void offsetEstimateDoublesTheseUnitPeaks() {
        double[] truth = {0, 1, 0, 1};
        double[] shifted = {1, 2, 1, 2};
        MuscleMetrics m = EnvelopeMetrics.of("a", truth, shifted, TWO);
        assertEquals(1, m.r(), 1e-12);
        // SS_res = 4 · 1² = 4, SS_tot = 1 → R² = −3; RMSE 1 over a range of 1
        assertEquals(-3, m.r2(), 1e-12);
        assertEquals(1, m.nrmse(), 1e-12);
        assertEquals(2, m.peakRatio(), 1e-12);
    }

    @Test
    void byPeaksCutsEveryMuscleAtItsOwnPeaks() {
        int n = 500;
        double[][] truth = new double[n][2];
        double[][] estimate = new double[n][2];
        for (int t = 0; t < n; t++) {
            truth[t][0] = 1 + Math.sin(2 * Math.PI * (t + 0.3) / 50);
            truth[t][1] = 1 + Math.cos(2 * Math.PI * (t + 0.3) / 50);
            estimate[t][0] = 0.9 * truth[t][0];
            estimate[t][1] = truth[t][1];
        }
        List<MuscleMetrics> metrics = EnvelopeMetrics.byPeaks(List.of("a", "b"), truth, estimate, 100);
        assertEquals(0.9, metrics.get(0).peakRatio(), 1e-12);
        assertEquals(1, metrics.get(1).peakRatio(), 1e-12);
        // peaks every 50 frames over 500: 10 peaks → 9 boundaries → 8 cycles
        assertEquals(8, metrics.get(0).cycles());
    }

    @Test
    void sinePeaksGiveBoundariesHalfwayBetweenThem() {
        double[] signal = new double[500];
        for (int t = 0; t < signal.length; t++) {
            signal[t] = Math.sin(2 * Math.PI * (t + 0.3) / 50);
        }
        // maxima at t = 12, 62, …, 462 (12.2 rounded); boundaries at their midpoints 37, 87, …, 437
        assertArrayEquals(new int[] {37, 87, 137, 187, 237, 287, 337, 387, 437},
                Cycles.fromPeaks(signal, 30).boundaries());
    }

    @Test
    void periodIsTheFundamentalNotItsMultiple() {
        double[][] channels = new double[2][1000];
        for (int t = 0; t < 1000; t++) {
            channels[0][t] = Math.max(0, Math.sin(2 * Math.PI * t / 50));
            channels[1][t] = Math.pow(Math.sin(Math.PI * t / 50), 8);
        }
        assertEquals(50, Cycles.period(channels, 20, 200));
    }

    @Test
    void eventTimesBecomeFrames() {
        double[] time = {0, 0.01, 0.02, 0.03, 0.04, 0.05};
        assertArrayEquals(new int[] {1, 3, 5}, Cycles.fromEventTimes(time, new double[] {-1, 0.01, 0.025, 0.05, 2})
                .boundaries());
    }

    @Test
    void badSegmentationsAreRejected() {
        assertThrows(NeuroMskException.class, () -> new Cycles(new int[] {3}));
        assertThrows(NeuroMskException.class, () -> new Cycles(new int[] {3, 3}));
        assertThrows(NeuroMskException.class, () -> EnvelopeMetrics.of("a", new double[4], new double[3], TWO));
    }
}

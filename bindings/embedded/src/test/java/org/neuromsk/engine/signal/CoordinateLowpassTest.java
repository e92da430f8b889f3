package org.neuromsk.engine.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class CoordinateLowpassTest {

    @Test
    void oddReflectionByHand() {
        // y = [1, 2, 4, 7, 11], pad 2: before 2·1 − 4 = −2, 2·1 − 2 = 0; after 2·11 − 7 = 15, 2·11 − 4 = 18
        assertArrayEquals(new double[] {-2, 0, 1, 2, 4, 7, 11, 15, 18},
                CoordinateLowpass.padOddReflection(new double[] {1, 2, 4, 7, 11}, 2), 0.0);
        assertArrayEquals(new double[] {3, 5}, CoordinateLowpass.padOddReflection(new double[] {3, 5}, 0), 0.0);
        assertThrows(NeuroMskException.class, () -> CoordinateLowpass.padOddReflection(new double[] {1, 2}, 2));
    }

    @Test
    void padsTimeAndColumnsByHalfTheRows() {
        // 5 rows → pad 2; time 0, 0.1, .., 0.4 → −0.2 .. 0.6
        TimeSeries t = new TimeSeries(new double[] {0, 0.1, 0.2, 0.3, 0.4}, new double[][] {{1, 2, 4, 7, 11}});
        TimeSeries p = CoordinateLowpass.pad(t, t.rowCount() / 2);
        assertEquals(9, p.rowCount());
        assertEquals(-0.2, p.time(0), 1e-15);
        assertEquals(0.6, p.time(8), 1e-15);
        assertEquals(18.0, p.value(0, 8));
    }

    @Test
    void uniformDataIsNotResampledAndKeepsLinearTrends() {
        // time step 1/128 s is exact in binary, so the padded step is exactly uniform (no resampling).
        // y = 2t + 1: odd reflection keeps it a line; the forward–backward filter has unit DC gain and
        // zero phase, so on the original rows (100 samples from the padded ends, where the start-up
        // transients have decayed) the output equals the line.
        int n = 200;
        double dt = 1.0 / 128;
        double[] time = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i * dt;
            y[i] = 2 * time[i] + 1;
        }
        CoordinateLowpass.Result r = CoordinateLowpass.filter(new TimeSeries(time, new double[][] {y}), 6.0);
        assertFalse(r.resampled());
        assertEquals(400, r.table().rowCount());
        assertEquals(-100 * dt, r.table().time(0));
        assertEquals(dt, r.samplingInterval());
        assertEquals(6.0, r.cutoffFrequency());
        for (int i = 100; i < 300; i++) {
            assertEquals(2 * r.table().time(i) + 1, r.table().value(0, i), 1e-6, "row " + i);
        }
    }

    @Test
    void nonUniformTimesAreResampledOnTheSmallestStep() {
        // steps alternate 0.01 and 0.011 → dt_min = 0.01. Data on a line y = 3 − 2t stays on the line
        // after odd reflection (2·y0 − y_k = 3 − 2·(2·t0 − t_k)), and the quintic resampling spline
        // reproduces lines, so every resampled value is 3 − 2t at its grid time.
        int n = 21;
        double[] time = new double[n];
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            time[i] = time[i - 1] + (i % 2 == 0 ? 0.011 : 0.01);
        }
        for (int i = 0; i < n; i++) {
            y[i] = 3 - 2 * time[i];
        }
        TimeSeries padded = CoordinateLowpass.pad(new TimeSeries(time, new double[][] {y}), n / 2);
        double dtMin = CoordinateLowpass.smallestStep(padded.times());
        assertEquals(0.01, dtMin, 1e-12);
        TimeSeries resampled = CoordinateLowpass.resample(padded, dtMin);
        double expected = padded.time(0);
        for (int i = 0; i < resampled.rowCount(); i++) {
            assertEquals(expected, resampled.time(i), 0.0, "repeated addition at row " + i);
            assertEquals(3 - 2 * expected, resampled.value(0, i), 1e-12, "row " + i);
            expected += dtMin;
        }
        // the grid stops at the last time not after the padded end
        assertTrue(resampled.time(resampled.rowCount() - 1) <= padded.time(padded.rowCount() - 1));
        assertTrue(expected > padded.time(padded.rowCount() - 1));
        CoordinateLowpass.Result r = CoordinateLowpass.filter(new TimeSeries(time, new double[][] {y}), 6.0);
        assertTrue(r.resampled());
        assertEquals(dtMin, r.samplingInterval());
        assertArrayEquals(resampled.times(), r.table().times(), 0.0);
    }

    @Test
    void negativeCutoffLeavesTheTableAlone() {
        TimeSeries t = new TimeSeries(new double[] {0, 1, 2}, new double[][] {{1, 2, 3}});
        assertSame(t, CoordinateLowpass.applyIfEnabled(t, -1));
    }

    @Test
    void rejectsRepeatedTimes() {
        TimeSeries t = new TimeSeries(new double[] {0, 0.1, 0.1, 0.2}, new double[][] {{1, 2, 3, 4}});
        assertThrows(NeuroMskException.class, () -> CoordinateLowpass.filter(t, 6));
    }
}

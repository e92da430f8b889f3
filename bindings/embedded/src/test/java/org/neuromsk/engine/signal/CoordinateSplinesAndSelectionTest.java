package org.neuromsk.engine.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoordinateSplinesAndSelectionTest {

    @Test
    void splinesGiveValueSpeedAndAcceleration() {
        // columns q0 = 0.5 − t + 2t² and q1 = 3t: quintic natural splines reproduce degree ≤ 2 exactly,
        // so q̇0 = −1 + 4t, q̈0 = 4, q̇1 = 3, q̈1 = 0 (also outside the knots).
        double[] time = {0, 0.1, 0.25, 0.3, 0.5, 0.6, 0.8};
        double[][] columns = new double[2][time.length];
        for (int i = 0; i < time.length; i++) {
            columns[0][i] = 0.5 - time[i] + 2 * time[i] * time[i];
            columns[1][i] = 3 * time[i];
        }
        CoordinateSplines s = new CoordinateSplines(time, columns);
        assertEquals(2, s.columnCount());
        double[] q = new double[2];
        double[] u = new double[2];
        double[] a = new double[2];
        for (double t : new double[] {-0.1, 0.07, 0.42, 0.8, 1.0}) {
            s.evaluate(t, q, u, a);
            assertEquals(0.5 - t + 2 * t * t, q[0], 1e-12);
            assertEquals(-1 + 4 * t, u[0], 1e-10);
            assertEquals(4.0, a[0], 1e-7);
            assertEquals(3 * t, q[1], 1e-12);
            assertEquals(3.0, u[1], 1e-10);
            assertEquals(0.0, a[1], 1e-7);
            assertEquals(q[0], s.value(0, t));
            assertEquals(u[1], s.speed(1, t));
            assertEquals(a[0], s.acceleration(0, t));
        }
    }

    @Test
    void indexIsLastRowAtOrBefore() {
        double[] time = {-0.5, -0.25, 0.0, 0.25, 0.5};
        assertEquals(0, TimeSelection.indexAtOrBefore(time, -1.0));
        assertEquals(0, TimeSelection.indexAtOrBefore(time, -0.5));
        assertEquals(1, TimeSelection.indexAtOrBefore(time, -0.1));
        assertEquals(2, TimeSelection.indexAtOrBefore(time, 0.0));
        assertEquals(4, TimeSelection.indexAtOrBefore(time, 7.0));
    }

    @Test
    void selectionClipsTheRangeToTheData() {
        double[] time = {-0.5, -0.25, -1e-7, 0.24999, 0.49999, 0.74999};
        // range [0, 0.5]: start = 0 → last row ≤ 0 is −1e-7 (row 2); end 0.5 → row 4
        TimeSelection.RowRange r = TimeSelection.select(time, 0.0, 0.5);
        assertEquals(2, r.first());
        assertEquals(4, r.last());
        assertEquals(3, r.count());
        assertEquals(-1e-7, r.times(time)[0]);
        // no range: all rows
        TimeSelection.RowRange all = TimeSelection.select(time, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals(0, all.first());
        assertEquals(5, all.last());
        // range before the data: one row (row 0), as OpenSim
        assertEquals(1, TimeSelection.select(time, -9, -8).count());
        // inverted range: empty
        assertEquals(0, TimeSelection.select(time, 0.5, 0.0).count());
    }
}

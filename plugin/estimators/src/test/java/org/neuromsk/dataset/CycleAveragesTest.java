package org.neuromsk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CycleAveragesTest {

    @Test
    void cyclesAreResampledAt101PointsAndAveraged() {
        // v(t) = t at 10 Hz; cycle [1, 2] gives 1 + k/100, cycle [2, 4] gives 2 + 2k/100 (linear: exact)
        double[] t = new double[51];
        double[] v = new double[51];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / 10.0;
            v[i] = t[i];
        }
        List<GaitCycle> cycles = List.of(new GaitCycle(0, 1, 2), new GaitCycle(1, 2, 4));
        double[][] c = CycleAverages.normalise(t, v, cycles);
        assertEquals(CycleAverages.POINTS, c[0].length);
        assertEquals(1.37, c[0][37], 1e-12);
        assertEquals(2.74, c[1][37], 1e-12);
        double[] mean = CycleAverages.mean(c);
        double[] sd = CycleAverages.standardDeviation(c);
        // point k: values 1 + k/100 and 2 + 2k/100; mean 1.5 + 1.5k/100, sample SD |difference|/√2
        for (int k = 0; k <= 100; k += 25) {
            assertEquals(1.5 + 1.5 * k / 100, mean[k], 1e-12);
            assertEquals((1 + k / 100.0) / Math.sqrt(2), sd[k], 1e-12);
        }
    }
}

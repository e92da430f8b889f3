package org.neuromsk.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.dataset.GaitCycle;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.metrics.Agreement.ConstantMeasurement;

class AgreementTest {

    @Test
    void handComputedValues() {
        double[] y = {1, 2, 3};
        // ŷ = 1, 2, 4: SS_res = 1, SS_tot = (1−2)² + 0 + (3−2)² = 2, R² = 0.5; RMSE = √(1/3)
        assertEquals(0.5, Agreement.r2(y, new double[] {1, 2, 4}), 1e-15);
        assertEquals(Math.sqrt(1.0 / 3), Agreement.rmse(y, new double[] {1, 2, 4}), 1e-15);
        // the measured mean as estimate: R² = 0; a perfect estimate: 1; Pearson ignores scale and offset
        assertEquals(0, Agreement.r2(y, new double[] {2, 2, 2}), 1e-15);
        assertEquals(1, Agreement.r2(y, y), 0);
        assertEquals(1, Agreement.pearson(y, new double[] {5, 7, 9}), 1e-15);
        assertTrue(Double.isNaN(Agreement.r2(new double[] {1, 1}, new double[] {1, 2})));
    }

    @Test
    void constantMeasurementFollowsTheChosenConvention() {
        double[] flat = {1, 1, 1};
        assertTrue(Double.isNaN(Agreement.r2(flat, new double[] {1, 2, 1}, ConstantMeasurement.NAN)));
        // unguarded: SS_res = 1, SS_tot = 0 → 1 − 1/0 = −∞; a perfect estimate gives 1 − 0/0 = NaN
        assertEquals(Double.NEGATIVE_INFINITY, Agreement.r2(flat, new double[] {1, 2, 1}, ConstantMeasurement.UNGUARDED));
        assertTrue(Double.isNaN(Agreement.r2(flat, flat, ConstantMeasurement.UNGUARDED)));
        // away from a constant measurement both conventions agree: R² = 0.5 as above
        assertEquals(0.5, Agreement.r2(new double[] {1, 2, 3}, new double[] {1, 2, 4}, ConstantMeasurement.UNGUARDED),
                1e-15);
    }

    @Test
    void nrmseDividesByTheMeasuredRange() {
        // y = 0, 1, 0, 2 (range 2), ŷ = 0, 0.5, 0, 1: SS_res = 0.25 + 1 = 1.25, RMSE = √(1.25/4), NRMSE = RMSE / 2
        assertEquals(Math.sqrt(1.25 / 4) / 2, Agreement.nrmse(new double[] {0, 1, 0, 2}, new double[] {0, 0.5, 0, 1}),
                1e-15);
        // a constant measurement has no range: any error gives +∞
        assertEquals(Double.POSITIVE_INFINITY, Agreement.nrmse(new double[] {1, 1}, new double[] {1, 2}));
        assertTrue(Double.isNaN(Agreement.nrmse(new double[] {0, Double.NaN}, new double[] {0, 1})));
    }

    @Test
    void peakRatioAveragesTheCycles() {
        double[] truth = {0, 1, 0, 2};
        double[] estimate = {0, 1, 0, 1};
        // cycle 1: 1/1, cycle 2: 1/2 → mean 0.75
        assertEquals(0.75, Agreement.peakRatio(truth, estimate, new int[] {0, 2, 4}), 1e-12);
        // the second cycle's true peak is 0: no ratio
        assertThrows(NeuroMskException.class,
                () -> Agreement.peakRatio(new double[] {0, 1, 0, 0}, estimate, new int[] {0, 2, 4}));
        assertThrows(NeuroMskException.class, () -> Agreement.peakRatio(truth, estimate, new int[] {0}));
    }

    @Test
    void ensembleR2ComparesThe101PointAverages() {
        // measured m(t) = sin(2πt), estimate m + 0.1 over two 1-s cycles at 1 kHz. Averages differ by 0.1
        // everywhere: SS_res = 101·0.01 = 1.01; SS_tot = Σ sin²(2πk/100), k = 0..100, = 50 → R² = 1 − 1.01/50
        int n = 2001;
        double[] t = new double[n];
        double[] m = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 1000.0;
            m[i] = Math.sin(2 * Math.PI * t[i]);
            e[i] = m[i] + 0.1;
        }
        List<MuscleMetrics> r = EnsembleComparison.compare(t, List.of("X"), new double[][] {m}, new double[][] {e},
                List.of(new GaitCycle(0, 0, 1), new GaitCycle(1, 1, 2)));
        assertEquals(1 - 1.01 / 50, r.get(0).ensembleR2(), 1e-9);
        assertEquals(0.1, r.get(0).rmse(), 1e-12);
        assertEquals(1, r.get(0).pearson(), 1e-12);
        assertEquals(2, r.get(0).cycles());
    }
}

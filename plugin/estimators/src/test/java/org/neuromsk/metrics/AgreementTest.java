package org.neuromsk.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.dataset.GaitCycle;

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

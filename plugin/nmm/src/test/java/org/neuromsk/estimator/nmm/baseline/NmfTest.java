package org.neuromsk.estimator.nmm.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.neuromsk.error.NeuroMskException;

class NmfTest {

    /** V = W·H with two known non-negative synergies over 5 muscles and 200 frames. */
    private static final double[][] W = {{1, 0}, {0.8, 0.1}, {0.2, 1}, {0, 0.6}, {0.5, 0.5}};

    private static double[][] data() {
        int frames = 200;
        double[][] h = new double[2][frames];
        for (int j = 0; j < frames; j++) {
            h[0][j] = Math.max(0, Math.sin(j * 0.07));
            h[1][j] = 0.5 + 0.5 * Math.cos(j * 0.05);
        }
        double[][] v = new double[5][frames];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < frames; j++) {
                v[i][j] = W[i][0] * h[0][j] + W[i][1] * h[1][j];
            }
        }
        return v;
    }

    @Test
    void recoversAnExactRankTwoFactorisation() {
        Nmf.Result r = Nmf.factorise(data(), 2, 7, 5000, 1e-12);
        assertTrue(r.varianceAccountedFor() > 0.9999, "VAF " + r.varianceAccountedFor());
        // each synergy is scaled to a maximum of 1
        for (int k = 0; k < 2; k++) {
            double max = 0;
            for (double[] row : r.weights()) {
                max = Math.max(max, row[k]);
            }
            assertEquals(1, max, 1e-12);
        }
    }

    @Test
    void sameSeedSameResult() {
        Nmf.Result a = Nmf.factorise(data(), 2, 11, 300, 0);
        Nmf.Result b = Nmf.factorise(data(), 2, 11, 300, 0);
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(a.weights()[i], b.weights()[i], 0);
        }
    }

    @Test
    void coefficientsOfKnownSynergiesAreExact() {
        // with W fixed at the truth, per-frame NNLS gives back H(·, 10) = (sin 0.7, 0.5 + 0.5 cos 0.5)
        double[][] h = Nmf.coefficients(W, data());
        assertEquals(Math.sin(0.7), h[0][10], 1e-10);
        assertEquals(0.5 + 0.5 * Math.cos(0.5), h[1][10], 1e-10);
    }

    @Test
    void negativeDataIsRefused() {
        assertThrows(NeuroMskException.class, () -> Nmf.factorise(new double[][] {{1, -1}}, 1, 1, 10, 0));
    }
}

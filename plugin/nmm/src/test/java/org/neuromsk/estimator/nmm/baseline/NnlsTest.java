package org.neuromsk.estimator.nmm.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.neuromsk.error.NeuroMskException;

class NnlsTest {

    @Test
    void identityClipsNegativeEntries() {
        // A = I: each x_j is b_j when positive, else 0
        double[][] a = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        assertArrayEquals(new double[] {1, 0, 3}, Nnls.solve(a, new double[] {1, -2, 3}), 1e-12);
    }

    @Test
    void activeConstraintMovesTheOtherVariable() {
        // Unconstrained least squares of A = [[1,0],[0,1],[1,1]], b = [2,-1,1]: AᵀA = [[2,1],[1,2]],
        // Aᵀb = [3,0] → x = (2, −1). With x₂ = 0: minimise (x₁−2)² + 1 + (x₁−1)² → x₁ = 1.5; KKT holds since
        // A₂ᵀ(b − A·x) = (−1) + (1 − 1.5) = −1.5 < 0.
        double[][] a = {{1, 0}, {0, 1}, {1, 1}};
        assertArrayEquals(new double[] {1.5, 0}, Nnls.solve(a, new double[] {2, -1, 1}), 1e-12);
    }

    @Test
    void interiorSolutionIsOrdinaryLeastSquares() {
        // b = A·(1, 2) exactly: the non-negative solution is (1, 2)
        double[][] a = {{1, 2}, {3, 1}, {0, 1}, {2, 2}};
        double[] b = {1 + 4, 3 + 2, 2, 2 + 4};
        assertArrayEquals(new double[] {1, 2}, Nnls.solve(a, b), 1e-10);
    }

    @Test
    void solutionSatisfiesKktConditions() {
        // a fixed pseudo-random problem: x ≥ 0, w = Aᵀ(b − Ax) ≤ 0 where x = 0 and ≈ 0 where x > 0
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        double[][] a = new double[30][6];
        double[] b = new double[30];
        for (int i = 0; i < 30; i++) {
            for (int j = 0; j < 6; j++) {
                a[i][j] = r.nextDouble(-1, 1);
            }
            b[i] = r.nextDouble(-1, 1);
        }
        double[] x = Nnls.solve(a, b);
        for (int j = 0; j < 6; j++) {
            double w = 0;
            for (int i = 0; i < 30; i++) {
                double res = b[i];
                for (int k = 0; k < 6; k++) {
                    res -= a[i][k] * x[k];
                }
                w += a[i][j] * res;
            }
            assertTrue(x[j] >= 0);
            if (x[j] > 0) {
                assertEquals(0, w, 1e-9);
            } else {
                assertTrue(w <= 1e-9, "gradient " + w);
            }
        }
    }

    @Test
    void mismatchedSizesAreRefused() {
        assertThrows(NeuroMskException.class, () -> Nnls.solve(new double[][] {{1}}, new double[] {1, 2}));
    }
}

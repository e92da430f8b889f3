package org.neuromsk.engine.function;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Two-point Hermite interpolation by a polynomial of degree 2m − 1 on the unit interval t ∈ [0, 1].
 * Inputs are the derivatives of orders 0..m−1 at t = 0 (indices 0..m−1) and at t = 1 (indices
 * m..2m−1), all with respect to t. The polynomial is p(t) = Σ a_j t^j; {@link #monomial} gives each
 * a_j as a linear combination of the inputs, and {@link #atStart}/{@link #atEnd} give p^(r)(0) and
 * p^(r)(1) the same way.
 */
final class HermiteBasis {

    private final int m;
    /** monomial[j][h]: weight of input h in coefficient a_j. */
    private final double[][] monomial;

    HermiteBasis(int m) {
        this.m = m;
        int order = 2 * m;
        monomial = new double[order][order];
        for (int j = 0; j < m; j++) {
            monomial[j][j] = 1.0 / factorial(j);
        }
        // Conditions at t = 1: Σ_j P(j,k) a_j = R_k for k < m, with a_0..a_{m−1} fixed by the t = 0 data.
        RealMatrix high = new Array2DRowRealMatrix(m, m);
        for (int k = 0; k < m; k++) {
            for (int jj = 0; jj < m; jj++) {
                high.setEntry(k, jj, falling(m + jj, k));
            }
        }
        RealMatrix inverse = new LUDecomposition(high).getSolver().getInverse();
        for (int jj = 0; jj < m; jj++) {
            int j = m + jj;
            for (int k = 0; k < m; k++) {
                double w = inverse.getEntry(jj, k);
                monomial[j][m + k] += w;
                for (int low = 0; low < m; low++) {
                    monomial[j][low] -= w * falling(low, k) / factorial(low);
                }
            }
        }
    }

    /** @return the weights of the 2m inputs in the coefficient a_j of t^j */
    double[] monomial(int j) {
        return monomial[j].clone();
    }

    /** @return the weights of the inputs in p^(r)(0) */
    double[] atStart(int r) {
        double[] w = new double[2 * m];
        for (int h = 0; h < 2 * m; h++) {
            w[h] = falling(r, r) * monomial[r][h];
        }
        return w;
    }

    /** @return the weights of the inputs in p^(r)(1) */
    double[] atEnd(int r) {
        double[] w = new double[2 * m];
        for (int j = r; j < 2 * m; j++) {
            double f = falling(j, r);
            for (int h = 0; h < 2 * m; h++) {
                w[h] += f * monomial[j][h];
            }
        }
        return w;
    }

    /** @return j!/(j−k)! (the k-th derivative factor of t^j), 0 when k > j */
    static double falling(int j, int k) {
        if (k > j) {
            return 0.0;
        }
        double f = 1.0;
        for (int i = 0; i < k; i++) {
            f *= j - i;
        }
        return f;
    }

    static double factorial(int k) {
        return falling(k, k);
    }
}

package org.neuromsk.estimator.nmm.baseline;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.SingularValueDecomposition;

import org.neuromsk.error.NeuroMskException;

/**
 * Non-negative least squares, min ‖A·x − b‖ subject to x ≥ 0, by the active-set algorithm of Lawson
 * &amp; Hanson (Solving Least Squares Problems, 1974, ch. 23). Commons Math has no NNLS; the
 * unconstrained sub-problems on the passive set are solved by its QR decomposition (its SVD when the
 * passive columns are rank-deficient).
 */
public final class Nnls {

    private static final double TOLERANCE = 1e-10;

    private Nnls() {
    }

    /**
     * @param a the matrix, {@code a[row][column]}, rows ≥ 1
     * @param b the right-hand side, one value per row
     * @return the minimiser x ≥ 0, one value per column
     * @throws NeuroMskException for mismatched sizes or non-finite values
     */
    public static double[] solve(double[][] a, double[] b) {
        int rows = a.length;
        if (rows == 0 || b.length != rows) {
            throw new NeuroMskException("nnls: " + rows + " matrix rows but " + b.length + " right-hand side values");
        }
        int cols = a[0].length;
        for (double[] row : a) {
            if (row.length != cols) {
                throw new NeuroMskException("nnls: rows of different lengths");
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new NeuroMskException("nnls: the matrix has a non-finite value");
                }
            }
        }
        double scale = 0;
        for (double[] row : a) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double tol = TOLERANCE * Math.max(1, scale) * Math.max(rows, cols);
        double[] x = new double[cols];
        boolean[] passive = new boolean[cols];
        int maxOuter = 3 * cols + 10;
        for (int outer = 0; outer < maxOuter; outer++) {
            double[] w = gradient(a, b, x);
            int best = -1;
            double bestValue = tol;
            for (int j = 0; j < cols; j++) {
                if (!passive[j] && w[j] > bestValue) {
                    bestValue = w[j];
                    best = j;
                }
            }
            if (best < 0) {
                return x;
            }
            passive[best] = true;
            for (int inner = 0; inner <= cols; inner++) {
                double[] z = passiveSolution(a, b, passive);
                boolean feasible = true;
                for (int j = 0; j < cols; j++) {
                    if (passive[j] && z[j] <= 0) {
                        feasible = false;
                        break;
                    }
                }
                if (feasible) {
                    x = z;
                    break;
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    if (passive[j] && z[j] <= 0) {
                        alpha = Math.min(alpha, x[j] / (x[j] - z[j]));
                    }
                }
                for (int j = 0; j < cols; j++) {
                    x[j] += alpha * (z[j] - x[j]);
                    if (passive[j] && Math.abs(x[j]) <= tol) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        return x;
    }

    /** w = Aᵀ(b − A·x), the negative gradient of ½‖A·x − b‖². */
    private static double[] gradient(double[][] a, double[] b, double[] x) {
        int cols = x.length;
        double[] w = new double[cols];
        for (int i = 0; i < a.length; i++) {
            double r = b[i];
            for (int j = 0; j < cols; j++) {
                r -= a[i][j] * x[j];
            }
            for (int j = 0; j < cols; j++) {
                w[j] += a[i][j] * r;
            }
        }
        return w;
    }

    /** The unconstrained least-squares solution on the passive columns, zero elsewhere. */
    private static double[] passiveSolution(double[][] a, double[] b, boolean[] passive) {
        int cols = passive.length;
        int[] index = new int[cols];
        int n = 0;
        for (int j = 0; j < cols; j++) {
            if (passive[j]) {
                index[n++] = j;
            }
        }
        RealMatrix sub = new Array2DRowRealMatrix(a.length, n);
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < n; k++) {
                sub.setEntry(i, k, a[i][index[k]]);
            }
        }
        RealVector rhs = new ArrayRealVector(b, false);
        RealVector solution;
        try {
            solution = new QRDecomposition(sub, 1e-12).getSolver().solve(rhs);
        } catch (MathIllegalArgumentException e) {
            // rank-deficient passive set (or fewer rows than columns): minimum-norm least squares
            solution = new SingularValueDecomposition(sub).getSolver().solve(rhs);
        }
        double[] z = new double[cols];
        for (int k = 0; k < n; k++) {
            z[index[k]] = solution.getEntry(k);
        }
        return z;
    }
}

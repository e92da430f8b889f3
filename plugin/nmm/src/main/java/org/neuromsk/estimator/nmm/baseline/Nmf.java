package org.neuromsk.estimator.nmm.baseline;

import java.util.SplittableRandom;

import org.neuromsk.error.NeuroMskException;

/**
 * Non-negative matrix factorisation V ≈ W·H by the multiplicative updates of Lee &amp; Seung (2001)
 * for the Frobenius norm: H ← H ⊙ (WᵀV)/(WᵀWH), W ← W ⊙ (VHᵀ)/(WHHᵀ), from a seeded uniform start,
 * until the relative drop of the error in 10 iterations is below the tolerance. Each synergy
 * (column of W) is scaled to a maximum of 1 at the end, its activation coefficients (row of H)
 * scaled inversely.
 */
public final class Nmf {

    private static final double EPS = 1e-12;

    /**
     * @param weights W, {@code [row][synergy]} (e.g. muscles × synergies)
     * @param activations H, {@code [synergy][column]} (e.g. synergies × frames)
     * @param varianceAccountedFor VAF = 1 − ‖V − W·H‖²/‖V‖²
     * @param iterations updates made
     */
    public record Result(double[][] weights, double[][] activations, double varianceAccountedFor, int iterations) {
    }

    private Nmf() {
    }

    /**
     * @param v the non-negative data, {@code [row][column]}
     * @param rank number of synergies k ≥ 1
     * @param seed seed of the random start
     * @param maxIterations update limit
     * @param tolerance relative error drop below which iteration stops
     * @return W, H and the fit
     * @throws NeuroMskException for negative or non-finite data or a bad rank
     */
    public static Result factorise(double[][] v, int rank, long seed, int maxIterations, double tolerance) {
        int rows = v.length;
        if (rows == 0 || rank < 1) {
            throw new NeuroMskException("nmf: need data and a rank ≥ 1, got " + rows + " rows and rank " + rank);
        }
        int cols = v[0].length;
        double total = 0;
        for (double[] row : v) {
            if (row.length != cols) {
                throw new NeuroMskException("nmf: rows of different lengths");
            }
            for (double x : row) {
                if (!(x >= 0) || !Double.isFinite(x)) {
                    throw new NeuroMskException("nmf: data must be finite and non-negative, got " + x);
                }
                total += x * x;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        double mean = Math.sqrt(total / Math.max(1, (double) rows * cols) / rank);
        double[][] w = new double[rows][rank];
        double[][] h = new double[rank][cols];
        for (double[] row : w) {
            for (int k = 0; k < rank; k++) {
                row[k] = random.nextDouble() * mean + EPS;
            }
        }
        for (double[] row : h) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextDouble() * mean + EPS;
            }
        }
        double previous = error(v, w, h);
        int iter = 0;
        while (iter < maxIterations) {
            updateH(v, w, h);
            updateW(v, w, h);
            iter++;
            if (iter % 10 == 0) {
                double e = error(v, w, h);
                if (previous - e <= tolerance * previous) {
                    previous = e;
                    break;
                }
                previous = e;
            }
        }
        normalise(w, h);
        double vaf = total > 0 ? 1 - error(v, w, h) / total : 1;
        return new Result(w, h, vaf, iter);
    }

    /**
     * Activation coefficients of fixed synergies for new data, column by column: h ≥ 0 minimising
     * ‖W·h − v‖ ({@link Nnls}).
     *
     * @param weights W, {@code [row][synergy]}
     * @param v data, {@code [row][column]}
     * @return H, {@code [synergy][column]}
     */
    public static double[][] coefficients(double[][] weights, double[][] v) {
        int rank = weights[0].length;
        int cols = v[0].length;
        double[][] h = new double[rank][cols];
        double[] column = new double[v.length];
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < v.length; i++) {
                column[i] = v[i][j];
            }
            double[] x = Nnls.solve(weights, column);
            for (int k = 0; k < rank; k++) {
                h[k][j] = x[k];
            }
        }
        return h;
    }

    private static void updateH(double[][] v, double[][] w, double[][] h) {
        int rank = h.length;
        int cols = h[0].length;
        double[][] wtw = new double[rank][rank];
        for (double[] row : w) {
            for (int a = 0; a < rank; a++) {
                for (int b = 0; b < rank; b++) {
                    wtw[a][b] += row[a] * row[b];
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            double[] wtv = new double[rank];
            for (int i = 0; i < v.length; i++) {
                for (int k = 0; k < rank; k++) {
                    wtv[k] += w[i][k] * v[i][j];
                }
            }
            double[] denominator = new double[rank];
            for (int a = 0; a < rank; a++) {
                for (int b = 0; b < rank; b++) {
                    denominator[a] += wtw[a][b] * h[b][j];
                }
            }
            for (int k = 0; k < rank; k++) {
                h[k][j] *= wtv[k] / (denominator[k] + EPS);
            }
        }
    }

    private static void updateW(double[][] v, double[][] w, double[][] h) {
        int rank = h.length;
        int cols = h[0].length;
        double[][] hht = new double[rank][rank];
        for (int a = 0; a < rank; a++) {
            for (int b = 0; b < rank; b++) {
                double s = 0;
                for (int j = 0; j < cols; j++) {
                    s += h[a][j] * h[b][j];
                }
                hht[a][b] = s;
            }
        }
        for (int i = 0; i < v.length; i++) {
            double[] vht = new double[rank];
            for (int k = 0; k < rank; k++) {
                double s = 0;
                for (int j = 0; j < cols; j++) {
                    s += v[i][j] * h[k][j];
                }
                vht[k] = s;
            }
            double[] denominator = new double[rank];
            for (int a = 0; a < rank; a++) {
                for (int b = 0; b < rank; b++) {
                    denominator[a] += w[i][b] * hht[b][a];
                }
            }
            for (int k = 0; k < rank; k++) {
                w[i][k] *= vht[k] / (denominator[k] + EPS);
            }
        }
    }

    private static double error(double[][] v, double[][] w, double[][] h) {
        int rank = h.length;
        double e = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v[0].length; j++) {
                double s = 0;
                for (int k = 0; k < rank; k++) {
                    s += w[i][k] * h[k][j];
                }
                double d = v[i][j] - s;
                e += d * d;
            }
        }
        return e;
    }

    private static void normalise(double[][] w, double[][] h) {
        for (int k = 0; k < h.length; k++) {
            double max = 0;
            for (double[] row : w) {
                max = Math.max(max, row[k]);
            }
            if (max > 0) {
                for (double[] row : w) {
                    row[k] /= max;
                }
                for (int j = 0; j < h[k].length; j++) {
                    h[k][j] *= max;
                }
            }
        }
    }
}

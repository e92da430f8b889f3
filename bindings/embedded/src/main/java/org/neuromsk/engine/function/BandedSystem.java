package org.neuromsk.engine.function;

import org.neuromsk.error.NeuroMskException;

/**
 * A square banded linear system A·u = r solved once by Gaussian elimination with partial pivoting
 * (LAPACK {@code gbsv} style storage: room for kl extra super-diagonals created by row swaps).
 * Cost O(N·kl·(kl+ku)); memory O(N·(2kl+ku+1)). Commons Math has no banded solver.
 */
final class BandedSystem {

    private final int size;
    private final int lower;
    private final int upper;
    private final int width;
    /** Row-major band: element (row, col) at [row·width + col − row + lower]. */
    private final double[] band;
    private final double[] rhs;

    /**
     * @param size number of unknowns N
     * @param lower number of sub-diagonals kl
     * @param upper number of super-diagonals ku
     */
    BandedSystem(int size, int lower, int upper) {
        this.size = size;
        this.lower = lower;
        this.upper = upper;
        this.width = 2 * lower + upper + 1;
        this.band = new double[Math.multiplyExact(size, width)];
        this.rhs = new double[size];
    }

    /** Adds v to A(row, col); col must lie within the declared band. */
    void add(int row, int col, double v) {
        int offset = col - row + lower;
        if (offset < 0 || offset > lower + upper) {
            throw new IllegalArgumentException("(" + row + ", " + col + ") is outside the band");
        }
        band[row * width + offset] += v;
    }

    /** Adds v to r(row). */
    void addRhs(int row, double v) {
        rhs[row] += v;
    }

    private int at(int row, int col) {
        return row * width + col - row + lower;
    }

    /**
     * Solves the system, destroying the stored matrix.
     *
     * @return the solution u
     * @throws NeuroMskException when the matrix is singular
     */
    double[] solve() {
        for (int col = 0; col < size; col++) {
            int lastRow = Math.min(size - 1, col + lower);
            int lastCol = Math.min(size - 1, col + lower + upper);
            int pivot = col;
            double best = Math.abs(band[at(col, col)]);
            for (int r = col + 1; r <= lastRow; r++) {
                double v = Math.abs(band[at(r, col)]);
                if (v > best) {
                    best = v;
                    pivot = r;
                }
            }
            if (!(best > 0.0)) {
                throw new NeuroMskException("spline system is singular at unknown " + col);
            }
            if (pivot != col) {
                for (int c = col; c <= lastCol; c++) {
                    int a = at(col, c);
                    int b = at(pivot, c);
                    double t = band[a];
                    band[a] = band[b];
                    band[b] = t;
                }
                double t = rhs[col];
                rhs[col] = rhs[pivot];
                rhs[pivot] = t;
            }
            double diagonal = band[at(col, col)];
            for (int r = col + 1; r <= lastRow; r++) {
                double factor = band[at(r, col)] / diagonal;
                if (factor == 0.0) {
                    continue;
                }
                band[at(r, col)] = 0.0;
                for (int c = col + 1; c <= lastCol; c++) {
                    band[at(r, c)] -= factor * band[at(col, c)];
                }
                rhs[r] -= factor * rhs[col];
            }
        }
        double[] u = new double[size];
        for (int row = size - 1; row >= 0; row--) {
            int lastCol = Math.min(size - 1, row + lower + upper);
            double s = rhs[row];
            for (int c = row + 1; c <= lastCol; c++) {
                s -= band[at(row, c)] * u[c];
            }
            u[row] = s / band[at(row, row)];
        }
        return u;
    }
}

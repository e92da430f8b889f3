package org.neuromsk.engine.function;

import org.neuromsk.error.NeuroMskException;

/** Validation and interval search shared by the knot-based functions. */
final class Knots {

    /** OpenSim's {@code TINY_NUMBER}: smallest knot gap used in slopes (argument unit). */
    static final double TINY_GAP = 1e-7;

    /** OpenSim's {@code ROUNDOFF_ERROR}: arguments this close to an end knot count as that knot. */
    static final double ROUNDOFF = 2e-13;

    private Knots() {
    }

    /**
     * Checks sizes and finiteness and that x never decreases (or strictly increases); throws a
     * NeuroMskException naming the class and the first offending index.
     */
    static void check(String owner, double[] x, double[] y, int minPoints, boolean strictlyIncreasing) {
        if (x == null || y == null) {
            throw new NeuroMskException(owner + ": x and y must not be null");
        }
        if (x.length != y.length) {
            throw new NeuroMskException(owner + ": x has " + x.length + " values but y has " + y.length);
        }
        if (x.length < minPoints) {
            throw new NeuroMskException(owner + ": needs at least " + minPoints + " points, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new NeuroMskException(owner + ": point " + i + " is not finite (x=" + x[i] + ", y=" + y[i] + ")");
            }
            if (i > 0 && (strictlyIncreasing ? x[i] <= x[i - 1] : x[i] < x[i - 1])) {
                throw new NeuroMskException(owner + ": x must be " + (strictlyIncreasing ? "strictly increasing" : "non-decreasing")
                        + " but x[" + i + "]=" + x[i] + " follows x[" + (i - 1) + "]=" + x[i - 1]);
            }
        }
    }

    /** @return the knot gap x[i+1] − x[i], floored at {@link #TINY_GAP} as OpenSim does */
    static double flooredGap(double[] x, int i) {
        return Math.max(TINY_GAP, x[i + 1] - x[i]);
    }

    /** @return true when |a − b| ≤ 2e-13, OpenSim's {@code EQUAL_WITHIN_ERROR} */
    static boolean equalWithinRoundoff(double a, double b) {
        return Math.abs(a - b) <= ROUNDOFF;
    }

    /**
     * OpenSim's bisection for x strictly inside (x[0], x[n−1]): returns k with x[k] ≤ xq ≤ x[k+1],
     * following the same halving sequence so that ties at interior knots resolve to the same interval.
     */
    static int bisect(double[] x, double xq) {
        int n = x.length;
        if (n < 3) {
            return 0;
        }
        int lo = 0;
        int hi = n;
        while (true) {
            int k = (lo + hi) / 2;
            if (xq < x[k]) {
                hi = k;
            } else if (xq > x[k + 1]) {
                lo = k;
            } else {
                return k;
            }
        }
    }

    /** @return the last interval index i in [0, n−2] with x[i] ≤ xq (xq assumed within the knots) */
    static int intervalAtOrBefore(double[] x, double xq) {
        int lo = 0;
        int hi = x.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= xq) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}

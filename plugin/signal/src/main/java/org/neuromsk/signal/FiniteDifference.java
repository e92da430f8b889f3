package org.neuromsk.signal;

/**
 * First derivatives of sampled signals by finite differences: central differences inside,
 * one-sided at the two ends (first order there). Units: the signal's unit per second.
 */
public final class FiniteDifference {

    private FiniteDifference() {
    }

    /**
     * @param time sample times (s), strictly increasing, same length as {@code x}
     * @param x samples
     * @return dx/dt at every sample; zeros when there are fewer than two samples
     */
    public static double[] derivative(double[] time, double[] x) {
        if (time.length != x.length) {
            throw new IllegalArgumentException("time and samples differ in length: " + time.length + " vs "
                    + x.length);
        }
        return differences(x, (lo, hi) -> time[hi] - time[lo]);
    }

    /**
     * @param x samples at a constant interval
     * @param step the sampling interval (s)
     * @return dx/dt at every sample; zeros when there are fewer than two samples
     */
    public static double[] derivative(double[] x, double step) {
        return differences(x, (lo, hi) -> (hi - lo) * step);
    }

    /** The time (s) from sample {@code lo} to sample {@code hi}. */
    @FunctionalInterface
    private interface Span {
        double between(int lo, int hi);
    }

    /** (x[i+1] − x[i−1]) / span inside, one-sided differences at the two ends. */
    private static double[] differences(double[] x, Span span) {
        int n = x.length;
        double[] d = new double[n];
        if (n < 2) {
            return d;
        }
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - 1);
            int hi = Math.min(n - 1, i + 1);
            d[i] = (x[hi] - x[lo]) / span.between(lo, hi);
        }
        return d;
    }
}

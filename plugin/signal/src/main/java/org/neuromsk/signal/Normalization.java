package org.neuromsk.signal;

import org.neuromsk.error.NeuroMskException;

/**
 * Scaling of a non-negative signal (e.g. an EMG envelope) to dimensionless values.
 */
public final class Normalization {

    private Normalization() {
    }

    /**
     * @param x samples (any unit)
     * @return the largest sample (unit of {@code x})
     * @throws NeuroMskException if {@code x} is empty
     */
    public static double peak(double[] x) {
        if (x.length == 0) {
            throw new NeuroMskException("an empty signal has no peak");
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        return max;
    }

    /**
     * Divides by the signal's own largest sample, so that its maximum becomes 1.
     *
     * @param x samples (any unit)
     * @return {@code x / max(x)} (-)
     * @throws NeuroMskException if the maximum is not positive
     */
    public static double[] toPeak(double[] x) {
        double max = peak(x);
        if (!(max > 0) || !Double.isFinite(max)) {
            throw new NeuroMskException("cannot normalise to the peak: the largest value is " + max);
        }
        return byReference(x, max);
    }

    /**
     * Divides by a reference value, e.g. the peak envelope of a maximum voluntary contraction (MVC).
     *
     * @param x samples (unit of {@code reference})
     * @param reference the value that becomes 1 (unit of {@code x}), positive
     * @return {@code x / reference} (-)
     * @throws NeuroMskException if the reference is not positive and finite
     */
    public static double[] byReference(double[] x, double reference) {
        if (!(reference > 0) || !Double.isFinite(reference)) {
            throw new NeuroMskException("normalisation reference must be positive, got " + reference);
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] / reference;
        }
        return y;
    }
}

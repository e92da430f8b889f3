package org.neuromsk.signal;

import org.neuromsk.error.NeuroMskException;

/**
 * Centred moving average (a zero-phase box filter). Near the ends, where the window would reach
 * past the signal, the mean is taken over the samples the window still covers.
 */
public final class MovingAverage {

    private MovingAverage() {
    }

    /**
     * @param seconds window length (s), positive
     * @param rate sample rate (Hz)
     * @return the odd number of samples closest to {@code seconds·rate} (at least 1)
     * @throws NeuroMskException if the length is not positive
     */
    public static int windowSamples(double seconds, double rate) {
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new NeuroMskException("moving-average window must be a positive time, got " + seconds + " s");
        }
        long half = Math.round((seconds * rate - 1) / 2);
        return (int) Math.max(0, Math.min(half, Integer.MAX_VALUE / 4)) * 2 + 1;
    }

    /**
     * @param x samples (any unit)
     * @param window window length in samples, odd and positive
     * @return {@code y[k]} = mean of {@code x[k−h .. k+h]} within the signal, {@code h = (window−1)/2},
     *         in the unit of {@code x}
     * @throws NeuroMskException if the window is not a positive odd number
     */
    public static double[] centred(double[] x, int window) {
        if (window < 1 || window % 2 == 0) {
            throw new NeuroMskException("moving-average window must be a positive odd number of samples, got "
                    + window);
        }
        int n = x.length;
        int h = window / 2;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            int from = Math.max(0, k - h);
            int to = Math.min(n - 1, k + h);
            y[k] = (prefix[to + 1] - prefix[from]) / (to - from + 1);
        }
        return y;
    }
}

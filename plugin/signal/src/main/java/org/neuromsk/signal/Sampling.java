package org.neuromsk.signal;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.NumberText;

/**
 * Checks on time bases and frequencies.
 */
public final class Sampling {

    /** Largest relative deviation of one time step from the mean step still taken as uniform (-). */
    public static final double UNIFORM_TOLERANCE = 1e-3;

    private Sampling() {
    }

    /**
     * The sample rate of a uniformly sampled time base.
     *
     * @param time sample times (s), finite, strictly increasing and evenly spaced
     * @return 1 / mean time step (Hz)
     * @throws NeuroMskException if there are fewer than two samples, a time is not finite or does not
     *         increase, or a step deviates from the mean step by more than {@link #UNIFORM_TOLERANCE}
     */
    public static double rate(double[] time) {
        requireIncreasing(time);
        if (time.length < 2) {
            throw new NeuroMskException("needs at least 2 samples to know the sample rate, has " + time.length);
        }
        double mean = (time[time.length - 1] - time[0]) / (time.length - 1);
        for (int i = 1; i < time.length; i++) {
            double step = time[i] - time[i - 1];
            if (Math.abs(step - mean) > UNIFORM_TOLERANCE * mean) {
                double median = medianStep(time);
                int worst = mostIrregularStep(time, median);
                throw new NeuroMskException("not uniformly sampled: the step before t = " + seconds(time[worst])
                        + " s is " + seconds(time[worst] - time[worst - 1]) + " s, the usual step "
                        + seconds(median) + " s");
            }
        }
        return 1.0 / mean;
    }

    /** @return index i of the step time[i] − time[i−1] farthest from {@code median} (a gap or a jitter) */
    private static int mostIrregularStep(double[] time, double median) {
        int worst = 1;
        for (int i = 2; i < time.length; i++) {
            if (Math.abs(time[i] - time[i - 1] - median) > Math.abs(time[worst] - time[worst - 1] - median)) {
                worst = i;
            }
        }
        return worst;
    }

    /** @return {@code t} (s) to 6 significant digits, plain, e.g. 5.000000000000004E-4 as 0.0005 */
    private static String seconds(double t) {
        return NumberText.significant(t, 6);
    }

    private static double medianStep(double[] time) {
        double[] steps = new double[time.length - 1];
        for (int i = 1; i < time.length; i++) {
            steps[i - 1] = time[i] - time[i - 1];
        }
        return new Median().evaluate(steps);
    }

    /**
     * @param time sample times (s)
     * @throws NeuroMskException if a time is not finite or not after the previous one
     */
    public static void requireIncreasing(double[] time) {
        int i = Columns.firstUnorderedTime(time);
        if (i >= 0 && !Double.isFinite(time[i])) {
            throw new NeuroMskException("time " + time[i] + " at sample " + (i + 1) + " is not finite");
        } else if (i >= 0) {
            throw new NeuroMskException("time is not increasing: " + time[i] + " s at sample " + (i + 1)
                    + " follows " + time[i - 1] + " s");
        }
    }

    /**
     * @param what the frequency's name in messages, e.g. "low-pass cut-off"
     * @param frequency the frequency (Hz)
     * @param rate the sample rate (Hz)
     * @throws NeuroMskException unless {@code 0 < frequency < rate / 2} (the Nyquist frequency)
     */
    public static void requireBelowNyquist(String what, double frequency, double rate) {
        if (!(frequency > 0) || !Double.isFinite(frequency)) {
            throw new NeuroMskException(what + " must be a positive frequency, got " + frequency + " Hz");
        }
        if (!(frequency < rate / 2)) {
            throw new NeuroMskException(what + " " + frequency + " Hz is not below the Nyquist frequency "
                    + rate / 2 + " Hz (sample rate " + rate + " Hz)");
        }
    }
}

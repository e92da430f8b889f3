package org.neuromsk.signal;

import java.util.Locale;

import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.neuromsk.error.NeuroMskException;

/**
 * Evaluates sampled signals at other times (interpolation by Commons Math). No extrapolation: every
 * new time must lie within the source's time span, up to {@link #END_TOLERANCE} of a source step,
 * so that rounding in written times does not count as outside.
 */
public final class Resampler {

    /** Distance beyond the first or last source time still accepted, as a fraction of the mean step (-). */
    public static final double END_TOLERANCE = 1e-3;

    private Resampler() {
    }

    /**
     * @param time source times (s), strictly increasing, at least 2 (3 for cubic)
     * @param values source samples, one per time (any unit)
     * @param newTime times to evaluate at (s), within the source's span
     * @param interpolation linear or cubic
     * @return the values at {@code newTime}, in the unit of {@code values}
     * @throws NeuroMskException if the sizes disagree, times do not increase, or a new time is outside
     */
    public static double[] resample(double[] time, double[] values, double[] newTime, Interpolation interpolation) {
        if (time.length != values.length) {
            throw new NeuroMskException(time.length + " times but " + values.length + " values");
        }
        int minimum = interpolation == Interpolation.CUBIC ? 3 : 2;
        if (time.length < minimum) {
            throw new NeuroMskException(interpolation.name().toLowerCase(Locale.ROOT)
                    + " resampling needs at least " + minimum + " samples, has " + time.length);
        }
        Sampling.requireIncreasing(time);
        double first = time[0];
        double last = time[time.length - 1];
        double slack = END_TOLERANCE * (last - first) / (time.length - 1);
        double[] at = new double[newTime.length];
        for (int i = 0; i < newTime.length; i++) {
            double t = newTime[i];
            if (!(t >= first - slack && t <= last + slack)) {
                throw new NeuroMskException("cannot resample at t = " + t + " s: outside the signal's time span "
                        + first + " to " + last + " s (no extrapolation)");
            }
            at[i] = Math.max(first, Math.min(last, t));
        }
        PolynomialSplineFunction f = interpolation == Interpolation.CUBIC
                ? new SplineInterpolator().interpolate(time, values)
                : new LinearInterpolator().interpolate(time, values);
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = f.value(at[i]);
        }
        return out;
    }

    /**
     * Evenly spaced times {@code start + k/rate} for {@code k = 0, 1, ...} up to {@code end} (and
     * including an end that lies within {@link #END_TOLERANCE} of a step beyond the last whole step).
     *
     * @param start first time (s)
     * @param end last time allowed (s), not before {@code start}
     * @param rate sample rate (Hz), positive
     * @return the times (s)
     * @throws NeuroMskException if the rate is not positive or {@code end < start}
     */
    public static double[] uniformTimes(double start, double end, double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new NeuroMskException("resampling rate must be positive, got " + rate + " Hz");
        }
        if (!(end >= start)) {
            throw new NeuroMskException("time span " + start + " to " + end + " s is empty");
        }
        long count = (long) Math.floor((end - start) * rate + END_TOLERANCE) + 1;
        if (count > Integer.MAX_VALUE / 2) {
            throw new NeuroMskException("resampling at " + rate + " Hz over " + (end - start) + " s gives too many samples");
        }
        double[] t = new double[(int) count];
        for (int k = 0; k < t.length; k++) {
            t[k] = start + k / rate;
        }
        return t;
    }
}

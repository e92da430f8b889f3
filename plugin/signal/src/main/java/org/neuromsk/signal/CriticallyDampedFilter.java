package org.neuromsk.signal;

import java.util.Locale;

import org.neuromsk.error.NeuroMskException;

/**
 * The critically damped low-pass filter of Robertson &amp; Dowling, "Design and responses of
 * Butterworth and critically damped digital filters", J. Electromyogr. Kinesiol. 13 (2003) 569–573:
 * a second-order section with a double real pole, applied in {@code order / 2} passes of
 * alternating direction. Its impulse response is never negative, so a step never overshoots.
 *
 * <p>Design, for {@code n} passes, cut-off {@code fc} and sample rate {@code fs}:
 * <pre>
 * C  = sqrt(2^(1/(2n)) − 1)              correction so that n passes together have −3 dB at fc
 * f* = fc / C                            corrected cut-off of one pass
 * ωc = tan(π·f* / fs),  K1 = 2·ωc,  K2 = ωc²
 * a0 = K2 / (1 + K1 + K2),  a1 = 2·a0,  a2 = a0,  b1 = 2·a0·(1/K2 − 1),  b2 = 1 − (a0 + a1 + a2 + b1)
 * y[k] = a0·x[k] + a1·x[k−1] + a2·x[k−2] + b1·y[k−1] + b2·y[k−2]
 * </pre>
 * This is the bilinear transform of {@code ωc² / (s + ωc)²}, so one pass has
 * {@code |H(f)| = 1 / (1 + (tan(π·f/fs)/ωc)²)}. The correction is applied before pre-warping, as in
 * the paper's steps; the −3 dB point of all passes is then at {@code (fs/π)·atan(C·ωc)}, above
 * {@code fc} by about {@code (π·fc/fs)²·(1/C² − 1)/3} (0.08 % for 15 Hz at 2000 Hz, 2 passes).
 *
 * <p>An even number of passes (order a multiple of 4, e.g. the usual "4th-order zero-lag" filter of
 * two passes) has zero phase; an odd number lags.
 */
public final class CriticallyDampedFilter {

    /** Largest accepted order (passes = order / 2). */
    public static final int MAX_ORDER = 32;

    private final int order;
    private final double rate;
    private final double cutoff;
    private final double correctedCutoff;
    private final SecondOrderSections section;

    private CriticallyDampedFilter(int order, double rate, double cutoff) {
        this.order = order;
        this.rate = rate;
        this.cutoff = cutoff;
        int passes = order / 2;
        this.correctedCutoff = cutoff / correction(passes);
        Sampling.requireBelowNyquist("critically damped filter's corrected cut-off (" + cutoff + " Hz / "
                + String.format(Locale.ROOT, "%.4f", correction(passes)) + " for " + passes
                + " passes)", correctedCutoff, rate);
        double wc = Math.tan(Math.PI * correctedCutoff / rate);
        double k1 = 2 * wc;
        double k2 = wc * wc;
        double a0 = k2 / (1 + k1 + k2);
        double a1 = 2 * a0;
        double a2 = a0;
        double b1 = 2 * a0 * (1 / k2 - 1);
        double b2 = 1 - (a0 + a1 + a2 + b1);
        // y = a0·x + a1·x⁻¹ + a2·x⁻² + b1·y⁻¹ + b2·y⁻²  ⇒  denominator 1 − b1·z⁻¹ − b2·z⁻²
        this.section = SecondOrderSections.of(new double[][] {{a0, a1, a2, 1, -b1, -b2}});
    }

    /**
     * @param order filter order, even, 2 to {@value #MAX_ORDER}: {@code order / 2} second-order passes
     * @param rate sample rate (Hz)
     * @param cutoff −3 dB frequency of all passes together (Hz)
     * @return the filter
     * @throws NeuroMskException for an odd or out-of-range order, or a corrected cut-off not below
     *         the Nyquist frequency
     */
    public static CriticallyDampedFilter lowPass(int order, double rate, double cutoff) {
        if (order < 2 || order > MAX_ORDER || order % 2 != 0) {
            throw new NeuroMskException("critically damped filter order must be even, 2 to " + MAX_ORDER
                    + " (two per pass), got " + order);
        }
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new NeuroMskException("sample rate must be positive, got " + rate + " Hz");
        }
        Sampling.requireBelowNyquist("critically damped cut-off", cutoff, rate);
        return new CriticallyDampedFilter(order, rate, cutoff);
    }

    /**
     * @param passes number of passes (≥ 1)
     * @return Robertson &amp; Dowling's correction {@code C = sqrt(2^(1/(2·passes)) − 1)} (-)
     */
    public static double correction(int passes) {
        return Math.sqrt(Math.pow(2, 1.0 / (2 * passes)) - 1);
    }

    /**
     * @param x samples at {@link #rate()} (any unit)
     * @param edges how the ends are treated; {@link EdgeHandling#AT_REST} is the classic implementation
     * @return the filtered samples, in the unit of {@code x}
     */
    public double[] filter(double[] x, EdgeHandling edges) {
        return section.filter(x, passes(), edges);
    }

    /**
     * @param frequency frequency (Hz)
     * @return the gain of all passes together (-)
     */
    public double magnitude(double frequency) {
        return Math.pow(section.magnitude(frequency, rate), passes());
    }

    /** @return number of second-order passes, order / 2 */
    public int passes() {
        return order / 2;
    }

    /** @return the order */
    public int order() {
        return order;
    }

    /** @return the sample rate (Hz) */
    public double rate() {
        return rate;
    }

    /** @return the requested cut-off of all passes (Hz) */
    public double cutoff() {
        return cutoff;
    }

    /** @return the cut-off of one pass, fc / C (Hz) */
    public double correctedCutoff() {
        return correctedCutoff;
    }

    /** @return the second-order section of one pass */
    public SecondOrderSections section() {
        return section;
    }

    @Override
    public String toString() {
        return "critically damped low-pass " + cutoff + " Hz, order " + order + " (" + passes() + " passes), at "
                + rate + " Hz";
    }
}

package org.neuromsk.signal;

import org.neuromsk.error.NeuroMskException;

import uk.me.berndporr.iirj.Biquad;
import uk.me.berndporr.iirj.Butterworth;

/**
 * A digital Butterworth filter designed by iirj (bilinear transform with pre-warped band edges),
 * applied either once (causal, with phase lag) or forward and backward (zero phase).
 *
 * <p>Order: {@code order} is the order of the low-pass prototype, as MATLAB's and SciPy's
 * {@code butter(order, ...)} count it. Low- and high-pass filters have {@code order} poles; a
 * band-pass filter has {@code 2·order} poles (each prototype pole becomes a pair). One pass has
 * −3.01 dB at each cut-off; a forward-backward pass squares the gain (−6.02 dB at the cut-offs) and
 * doubles the attenuation slope. No cut-off correction is applied for the second pass.
 *
 * <p>Closed form of one pass, with {@code Ω(f) = tan(π·f/rate)}: low-pass
 * {@code |H|² = 1 / (1 + (Ω(f)/Ω(fc))^(2·order))}, high-pass the same with the ratio inverted,
 * band-pass {@code |H|² = 1 / (1 + ((Ω² − Ω1·Ω2) / (Ω·(Ω2 − Ω1)))^(2·order))}.
 */
public final class ButterworthFilter {

    /** Largest accepted prototype order. */
    public static final int MAX_ORDER = 16;

    /** The kinds of response. */
    public enum Type {
        /** Passes frequencies below the cut-off. */
        LOW_PASS,
        /** Passes frequencies above the cut-off. */
        HIGH_PASS,
        /** Passes frequencies between two cut-offs. */
        BAND_PASS
    }

    private final Type type;
    private final int order;
    private final double rate;
    private final double low;
    private final double high;
    private final SecondOrderSections sections;

    private ButterworthFilter(Type type, int order, double rate, double low, double high, Butterworth design) {
        this.type = type;
        this.order = order;
        this.rate = rate;
        this.low = low;
        this.high = high;
        double[][] rows = new double[design.getNumBiquads()][];
        for (int s = 0; s < rows.length; s++) {
            Biquad q = design.getBiquad(s);
            rows[s] = new double[] {q.getB0(), q.getB1(), q.getB2(), q.getA0(), q.getA1(), q.getA2()};
        }
        this.sections = SecondOrderSections.of(rows);
    }

    /**
     * @param order prototype order (1 to {@value #MAX_ORDER})
     * @param rate sample rate (Hz)
     * @param cutoff −3 dB frequency of one pass (Hz), below rate / 2
     * @return the low-pass filter
     * @throws NeuroMskException for an order out of range or a cut-off not below the Nyquist frequency
     */
    public static ButterworthFilter lowPass(int order, double rate, double cutoff) {
        check(order, rate);
        Sampling.requireBelowNyquist("low-pass cut-off", cutoff, rate);
        Butterworth design = new Butterworth();
        design.lowPass(order, rate, cutoff);
        return new ButterworthFilter(Type.LOW_PASS, order, rate, 0, cutoff, design);
    }

    /**
     * @param order prototype order (1 to {@value #MAX_ORDER})
     * @param rate sample rate (Hz)
     * @param cutoff −3 dB frequency of one pass (Hz), below rate / 2
     * @return the high-pass filter
     * @throws NeuroMskException for an order out of range or a cut-off not below the Nyquist frequency
     */
    public static ButterworthFilter highPass(int order, double rate, double cutoff) {
        check(order, rate);
        Sampling.requireBelowNyquist("high-pass cut-off", cutoff, rate);
        Butterworth design = new Butterworth();
        design.highPass(order, rate, cutoff);
        return new ButterworthFilter(Type.HIGH_PASS, order, rate, cutoff, rate / 2, design);
    }

    /**
     * @param order prototype order (1 to {@value #MAX_ORDER}); the filter has {@code 2·order} poles
     * @param rate sample rate (Hz)
     * @param low lower −3 dB frequency of one pass (Hz)
     * @param high upper −3 dB frequency of one pass (Hz), above {@code low} and below rate / 2
     * @return the band-pass filter
     * @throws NeuroMskException for an order out of range or cut-offs out of order or not below the
     *         Nyquist frequency
     */
    public static ButterworthFilter bandPass(int order, double rate, double low, double high) {
        check(order, rate);
        Sampling.requireBelowNyquist("band-pass lower cut-off", low, rate);
        Sampling.requireBelowNyquist("band-pass upper cut-off", high, rate);
        if (!(low < high)) {
            throw new NeuroMskException("band-pass lower cut-off " + low + " Hz must be below the upper cut-off "
                    + high + " Hz");
        }
        Butterworth design = new Butterworth();
        // iirj takes the band's arithmetic centre and width and pre-warps both edges exactly
        design.bandPass(order, rate, (low + high) / 2, high - low);
        return new ButterworthFilter(Type.BAND_PASS, order, rate, low, high, design);
    }

    private static void check(int order, double rate) {
        if (order < 1 || order > MAX_ORDER) {
            throw new NeuroMskException("Butterworth order must be 1 to " + MAX_ORDER + ", got " + order);
        }
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new NeuroMskException("sample rate must be positive, got " + rate + " Hz");
        }
    }

    /**
     * @param edges how the ends are treated
     * @return the fewest samples {@link #zeroPhase(double[], EdgeHandling)} takes with the full end
     *     treatment: more than the padding added at each end with {@link EdgeHandling#PADDED} (SciPy's
     *     {@code sosfiltfilt} refuses shorter signals; shorter ones are padded less), else 1
     */
    public int minimumSamples(EdgeHandling edges) {
        return edges == EdgeHandling.PADDED ? sections.padLength() + 1 : 1;
    }

    /**
     * Forward-backward filtering with {@link EdgeHandling#PADDED} ends: zero phase, gain squared.
     *
     * @param x samples at {@link #rate()} (any unit)
     * @return the filtered samples, in the unit of {@code x}
     */
    public double[] zeroPhase(double[] x) {
        return zeroPhase(x, EdgeHandling.PADDED);
    }

    /**
     * Forward-backward filtering: zero phase, gain squared.
     *
     * @param x samples at {@link #rate()} (any unit)
     * @param edges how the ends are treated
     * @return the filtered samples, in the unit of {@code x}
     */
    public double[] zeroPhase(double[] x, EdgeHandling edges) {
        return sections.filter(x, 2, edges);
    }

    /**
     * One causal pass, starting from rest (as an analogue or real-time filter would).
     *
     * @param x samples at {@link #rate()} (any unit)
     * @return the filtered samples, delayed by the filter's phase lag, in the unit of {@code x}
     */
    public double[] forward(double[] x) {
        return sections.filter(x, 1, EdgeHandling.AT_REST);
    }

    /**
     * @param frequency frequency (Hz)
     * @return the gain of one pass (-)
     */
    public double magnitude(double frequency) {
        return sections.magnitude(frequency, rate);
    }

    /** @return the kind of response */
    public Type type() {
        return type;
    }

    /** @return the prototype order */
    public int order() {
        return order;
    }

    /** @return the sample rate (Hz) */
    public double rate() {
        return rate;
    }

    /** @return the lower cut-off (Hz); 0 for a low-pass filter */
    public double low() {
        return low;
    }

    /** @return the upper cut-off (Hz); rate / 2 for a high-pass filter */
    public double high() {
        return high;
    }

    /** @return the designed sections */
    public SecondOrderSections sections() {
        return sections;
    }

    @Override
    public String toString() {
        String band = switch (type) {
            case LOW_PASS -> "low-pass " + high + " Hz";
            case HIGH_PASS -> "high-pass " + low + " Hz";
            case BAND_PASS -> "band-pass " + low + "-" + high + " Hz";
        };
        return "Butterworth " + band + ", order " + order + ", at " + rate + " Hz";
    }
}

package org.neuromsk.engine.signal;

import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim's 3rd-order Butterworth low-pass ({@code Signal::LowpassIIR}), applied forward then
 * backward for zero phase.
 *
 * <p>Design: bilinear transform of 1/((s+1)(s²+s+1)) with prewarping ωa = tan(π·fc·T); with
 * D = (ωa+1)(ωa²+ωa+1) the numerator is ωa³·[1, 3, 3, 1]/D and the denominator
 * [1, (3ωa³+2ωa²−2ωa−3)/D, (3ωa³−2ωa²−2ωa+3)/D, (ωa−1)(ωa²−ωa+1)/D]. A cutoff at or above half the
 * sampling frequency is replaced by 0.49·fs, as OpenSim does. The steady-state gain of the
 * forward–backward pair is 1/(1 + (tan(πfT)/ωa)⁶).
 *
 * <p>This class exists for exact parity with OpenSim and is deliberately not a library filter: on
 * each pass OpenSim copies the first three input samples straight to the output and starts the
 * recursion at index 3 (no initial-condition matching), which sets the start-up transients that a
 * library Butterworth (e.g. with steady-state initial conditions or different padding) would not
 * reproduce. The arithmetic is done in OpenSim's order.
 */
public final class ButterworthLowpass {

    private final double samplingInterval;
    private final double cutoffFrequency;
    private final double prewarped;
    private final double[] numerator;
    private final double[] denominator;

    private ButterworthLowpass(double samplingInterval, double cutoffFrequency) {
        this.samplingInterval = samplingInterval;
        double fs = 1 / samplingInterval;
        double fc = cutoffFrequency >= 0.5 * fs ? 0.49 * fs : cutoffFrequency;
        this.cutoffFrequency = fc;
        double wc = 2 * Math.PI * fc;
        double wa = Math.tan(wc * samplingInterval / 2.0);
        double wa2 = wa * wa;
        double wa3 = wa * wa * wa;
        double d = (wa + 1) * (wa * wa + wa + 1.0);
        this.prewarped = wa;
        this.numerator = new double[] {wa3 / d, 3 * wa3 / d, 3 * wa3 / d, wa3 / d};
        this.denominator = new double[] {1,
            (3 * wa3 + 2 * wa2 - 2 * wa - 3) / d,
            (3 * wa3 - 2 * wa2 - 2 * wa + 3) / d,
            (wa - 1) * (wa2 - wa + 1) / d};
    }

    /**
     * @param samplingInterval T, the uniform time step (s), &gt; 0
     * @param cutoffFrequency fc (Hz), ≥ 0; values ≥ fs/2 are replaced by 0.49·fs
     * @return the filter
     * @throws NeuroMskException on a non-positive interval or a negative or non-finite cutoff
     */
    public static ButterworthLowpass design(double samplingInterval, double cutoffFrequency) {
        if (!(samplingInterval > 0) || !Double.isFinite(samplingInterval)) {
            throw new NeuroMskException("low-pass filter: sampling interval must be positive, got " + samplingInterval + " s");
        }
        if (!(cutoffFrequency >= 0) || !Double.isFinite(cutoffFrequency)) {
            throw new NeuroMskException("low-pass filter: cutoff frequency must be >= 0, got " + cutoffFrequency + " Hz");
        }
        return new ButterworthLowpass(samplingInterval, cutoffFrequency);
    }

    /** @return the sampling interval T (s) */
    public double samplingInterval() {
        return samplingInterval;
    }

    /** @return the cutoff actually used (Hz), after the 0.49·fs clamp */
    public double cutoffFrequency() {
        return cutoffFrequency;
    }

    /** @return ωa = tan(π·fc·T), the prewarped analogue cutoff (dimensionless) */
    public double prewarpedFrequency() {
        return prewarped;
    }

    /** @return a copy of the numerator coefficients a0..a3 (of z⁰..z⁻³) */
    public double[] numerator() {
        return numerator.clone();
    }

    /** @return a copy of the denominator coefficients 1, b1..b3 (of z⁰..z⁻³) */
    public double[] denominator() {
        return denominator.clone();
    }

    /**
     * One causal pass as OpenSim runs it: outputs 0..2 are the inputs, then
     * y[i] = Σ a_k·x[i−k] − Σ_{k≥1} b_k·y[i−k] from i = 3.
     *
     * @param signal samples at the uniform interval
     * @return a new filtered array (a copy when there are fewer than 4 samples)
     */
    public double[] forwardPass(double[] signal) {
        int n = signal.length;
        double[] out = signal.clone();
        double[] a = numerator;
        double[] b = denominator;
        for (int i = 3; i < n; i++) {
            out[i] = a[0] * signal[i] + a[1] * signal[i - 1] + a[2] * signal[i - 2] + a[3] * signal[i - 3]
                    - b[1] * out[i - 1] - b[2] * out[i - 2] - b[3] * out[i - 3];
        }
        return out;
    }

    /**
     * OpenSim's zero-phase filtering: a forward pass, then a pass over the reversed result (again
     * copying its first three samples), reversed back.
     *
     * @param signal samples at the uniform interval
     * @return a new filtered array
     */
    public double[] filterForwardBackward(double[] signal) {
        double[] backward = forwardPass(reversed(forwardPass(signal)));
        return reversed(backward);
    }

    private static double[] reversed(double[] v) {
        int n = v.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = v[n - 1 - i];
        }
        return r;
    }
}

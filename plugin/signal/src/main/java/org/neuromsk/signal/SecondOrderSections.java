package org.neuromsk.signal;

import java.util.Arrays;

import org.neuromsk.error.NeuroMskException;

/**
 * A recursive (IIR) filter as a cascade of second-order sections, each
 * {@code H(z) = (b0 + b1·z⁻¹ + b2·z⁻²) / (1 + a1·z⁻¹ + a2·z⁻²)}, run in transposed direct form II.
 * Immutable.
 *
 * <p>{@link #filter(double[], int, EdgeHandling)} applies the cascade in several passes of
 * alternating direction (forward, backward, forward, ...). Two passes give a zero-phase filter
 * whose gain is the square of one pass's gain: −6.02 dB where one pass has −3.01 dB.
 */
public final class SecondOrderSections {

    private static final int B0 = 0;
    private static final int B1 = 1;
    private static final int B2 = 2;
    private static final int A1 = 3;
    private static final int A2 = 4;

    /** {@code sections[s] = {b0, b1, b2, a1, a2}}, normalised so that a0 = 1. */
    private final double[][] sections;

    private SecondOrderSections(double[][] sections) {
        this.sections = sections;
    }

    /**
     * @param coefficients one row per section, {@code {b0, b1, b2, a0, a1, a2}} (a0 ≠ 0; rows are
     *        divided by a0)
     * @return the cascade
     * @throws NeuroMskException if there is no section, a row does not have six finite numbers, or a0 = 0
     */
    public static SecondOrderSections of(double[][] coefficients) {
        if (coefficients.length == 0) {
            throw new NeuroMskException("a filter needs at least one second-order section");
        }
        double[][] normalised = new double[coefficients.length][];
        for (int s = 0; s < coefficients.length; s++) {
            double[] c = coefficients[s];
            if (c.length != 6 || Arrays.stream(c).anyMatch(v -> !Double.isFinite(v)) || c[3] == 0) {
                throw new NeuroMskException("second-order section " + (s + 1)
                        + " needs six finite coefficients {b0, b1, b2, a0, a1, a2} with a0 != 0, got "
                        + Arrays.toString(c));
            }
            double a0 = c[3];
            normalised[s] = new double[] {c[0] / a0, c[1] / a0, c[2] / a0, c[4] / a0, c[5] / a0};
        }
        return new SecondOrderSections(normalised);
    }

    /** @return number of sections */
    public int sectionCount() {
        return sections.length;
    }

    /**
     * @param section section index
     * @return its coefficients {@code {b0, b1, b2, a0 = 1, a1, a2}}, a copy
     */
    public double[] coefficients(int section) {
        double[] s = sections[section];
        return new double[] {s[B0], s[B1], s[B2], 1, s[A1], s[A2]};
    }

    /**
     * Length of the odd extension used by {@link EdgeHandling#PADDED}: three times the number of
     * taps of the equivalent single transfer function, {@code 3·(2·sections + 1)}, less the sections
     * that are first order (b2 = a2 = 0) — SciPy's {@code sosfiltfilt} rule.
     *
     * @return number of samples added at each end
     */
    public int padLength() {
        int firstOrderB = 0;
        int firstOrderA = 0;
        for (double[] s : sections) {
            firstOrderB += s[B2] == 0 ? 1 : 0;
            firstOrderA += s[A2] == 0 ? 1 : 0;
        }
        return 3 * (2 * sections.length + 1 - Math.min(firstOrderB, firstOrderA));
    }

    /**
     * Gain of one pass at a frequency: {@code |H(e^{iω})|} with {@code ω = 2π·frequency/rate}.
     *
     * @param frequency frequency (Hz)
     * @param rate sample rate (Hz)
     * @return the amplitude ratio (-)
     */
    public double magnitude(double frequency, double rate) {
        double w = 2 * Math.PI * frequency / rate;
        double c1 = Math.cos(w);
        double s1 = Math.sin(w);
        double c2 = Math.cos(2 * w);
        double s2 = Math.sin(2 * w);
        double gain = 1;
        for (double[] s : sections) {
            double numRe = s[B0] + s[B1] * c1 + s[B2] * c2;
            double numIm = -(s[B1] * s1 + s[B2] * s2);
            double denRe = 1 + s[A1] * c1 + s[A2] * c2;
            double denIm = -(s[A1] * s1 + s[A2] * s2);
            gain *= Math.hypot(numRe, numIm) / Math.hypot(denRe, denIm);
        }
        return gain;
    }

    /** @return the gain of one pass at zero frequency (-) */
    public double dcGain() {
        double gain = 1;
        for (double[] s : sections) {
            gain *= (s[B0] + s[B1] + s[B2]) / (1 + s[A1] + s[A2]);
        }
        return gain;
    }

    /**
     * Filters in passes of alternating direction, the first forward.
     *
     * @param x the signal (any unit)
     * @param passes number of passes (≥ 1); even numbers give zero phase
     * @param edges how the ends are treated
     * @return the filtered signal, as long as {@code x}, in the unit of {@code x}
     */
    public double[] filter(double[] x, int passes, EdgeHandling edges) {
        if (passes < 1) {
            throw new NeuroMskException("a filter needs at least one pass, got " + passes);
        }
        if (x.length == 0) {
            return new double[0];
        }
        int pad = edges == EdgeHandling.PADDED ? Math.min(padLength(), x.length - 1) : 0;
        double[] y = pad > 0 ? oddExtension(x, pad) : x.clone();
        for (int p = 0; p < passes; p++) {
            boolean forward = p % 2 == 0;
            if (!forward) {
                reverse(y);
            }
            pass(y, edges == EdgeHandling.PADDED);
            if (!forward) {
                reverse(y);
            }
        }
        return pad > 0 ? Arrays.copyOfRange(y, pad, pad + x.length) : y;
    }

    /**
     * One forward pass over all sections, in place.
     *
     * @param y the signal, replaced by the output
     * @param steadyStart start each section in the steady state of a constant input equal to y[0];
     *        otherwise from rest
     */
    private void pass(double[] y, boolean steadyStart) {
        double level = y[0];
        for (double[] s : sections) {
            double b0 = s[B0];
            double b1 = s[B1];
            double b2 = s[B2];
            double a1 = s[A1];
            double a2 = s[A2];
            double z1 = 0;
            double z2 = 0;
            if (steadyStart) {
                // constant input u gives output g·u; the states that hold that output follow from
                // y = b0·u + z1, z1 = b1·u − a1·y + z2, z2 = b2·u − a2·y
                double g = (b0 + b1 + b2) / (1 + a1 + a2);
                z2 = (b2 - a2 * g) * level;
                z1 = (b1 + b2 - (a1 + a2) * g) * level;
                level *= g;
            }
            for (int i = 0; i < y.length; i++) {
                double in = y[i];
                double out = b0 * in + z1;
                z1 = b1 * in - a1 * out + z2;
                z2 = b2 * in - a2 * out;
                y[i] = out;
            }
        }
    }

    /** @return x with {@code pad} samples {@code 2·x[0] − x[k]} before and {@code 2·x[n−1] − x[n−1−k]} after */
    static double[] oddExtension(double[] x, int pad) {
        int n = x.length;
        double[] e = new double[n + 2 * pad];
        for (int k = 1; k <= pad; k++) {
            e[pad - k] = 2 * x[0] - x[k];
            e[pad + n - 1 + k] = 2 * x[n - 1] - x[n - 1 - k];
        }
        System.arraycopy(x, 0, e, pad, n);
        return e;
    }

    private static void reverse(double[] y) {
        for (int i = 0, j = y.length - 1; i < j; i++, j--) {
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
    }

    @Override
    public String toString() {
        return "SecondOrderSections(" + sections.length + " sections)";
    }
}

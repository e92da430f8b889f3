package org.neuromsk.engine.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class ButterworthLowpassTest {

    @Test
    void coefficientsForQuarterSamplingCutoff() {
        // fs = 100 Hz, fc = 25 Hz: ωa = tan(π/4) = 1, D = 2·3 = 6;
        // a = [1, 3, 3, 1]/6; b1 = (3+2−2−3)/6 = 0, b2 = (3−2−2+3)/6 = 1/3, b3 = 0·1/6 = 0.
        ButterworthLowpass f = ButterworthLowpass.design(0.01, 25.0);
        assertEquals(1.0, f.prewarpedFrequency(), 1e-15);
        assertArrayEquals(new double[] {1.0 / 6, 0.5, 0.5, 1.0 / 6}, f.numerator(), 1e-15);
        assertArrayEquals(new double[] {1.0, 0.0, 1.0 / 3, 0.0}, f.denominator(), 1e-15);
    }

    @Test
    void coefficientsForSixthSamplingCutoff() {
        // fc·T = 1/6: ωa = tan(π/6) = 1/√3, ωa² = 1/3, ωa³ = 1/(3√3).
        // D = (1 + 1/√3)(4/3 + 1/√3); b1 = (1/√3 + 2/3 − 2/√3 − 3)/D = (−7/3 − 1/√3)/D;
        // b2 = (1/√3 − 2/3 − 2/√3 + 3)/D = (7/3 − 1/√3)/D; b3 = (1/√3 − 1)(4/3 − 1/√3)/D.
        double r = 1 / Math.sqrt(3);
        double d = (1 + r) * (4.0 / 3 + r);
        double w3 = r / 3;
        ButterworthLowpass f = ButterworthLowpass.design(1.0 / 60, 10.0);
        assertEquals(r, f.prewarpedFrequency(), 1e-15);
        assertArrayEquals(new double[] {w3 / d, 3 * w3 / d, 3 * w3 / d, w3 / d}, f.numerator(), 1e-15);
        assertArrayEquals(new double[] {1, (-7.0 / 3 - r) / d, (7.0 / 3 - r) / d, (r - 1) * (4.0 / 3 - r) / d},
                f.denominator(), 1e-15);
    }

    @Test
    void cutoffAtOrAboveNyquistIsClampedTo049Fs() {
        // fs = 100 Hz: 60 Hz and 50 Hz both become 49 Hz, ωa = tan(0.49π)
        ButterworthLowpass high = ButterworthLowpass.design(0.01, 60.0);
        assertEquals(49.0, high.cutoffFrequency(), 1e-12);
        assertEquals(Math.tan(0.49 * Math.PI), high.prewarpedFrequency(), 1e-9);
        assertEquals(49.0, ButterworthLowpass.design(0.01, 50.0).cutoffFrequency(), 1e-12);
        assertEquals(49.9, ButterworthLowpass.design(0.01, 49.9).cutoffFrequency());
    }

    @Test
    void forwardPassCopiesThreeSamplesThenRecurses() {
        // ωa = 1 filter, impulse at index 3: y0..2 copied (0); y3 = a0 = 1/6; y4 = a1 − b2·y2 = 1/2;
        // y5 = a2 − b2·y3 = 1/2 − 1/18 = 4/9; y6 = a3 − b2·y4 = 1/6 − 1/6 = 0.
        ButterworthLowpass f = ButterworthLowpass.design(0.01, 25.0);
        double[] impulse = {0, 0, 0, 1, 0, 0, 0};
        assertArrayEquals(new double[] {0, 0, 0, 1.0 / 6, 0.5, 4.0 / 9, 0}, f.forwardPass(impulse), 1e-15);
        // copies really are copies of the input, not filtered
        assertArrayEquals(new double[] {5, -2, 7}, java.util.Arrays.copyOf(f.forwardPass(new double[] {5, -2, 7, 0, 0}), 3));
    }

    @Test
    void forwardBackwardByHand() {
        // Reverse of the forward output: r = [0, 4/9, 1/2, 1/6, 0, 0, 0]; second pass copies r0..r2, then
        // o3 = a0·r3 + a1·r2 + a2·r1 − b2·o1 = 1/36 + 1/4 + 2/9 − 4/27 = 19/54
        // o4 = a1·r3 + a2·r2 + a3·r1 − b2·o2 = 1/12 + 1/4 + 2/27 − 1/6 = 13/54
        // o5 = a2·r3 + a3·r2 − b2·o3 = 1/12 + 1/12 − 19/162 = 4/81
        // o6 = a3·r3 − b2·o4 = 1/36 − 13/162 = −17/324; the result is o reversed.
        ButterworthLowpass f = ButterworthLowpass.design(0.01, 25.0);
        double[] out = f.filterForwardBackward(new double[] {0, 0, 0, 1, 0, 0, 0});
        assertArrayEquals(new double[] {-17.0 / 324, 4.0 / 81, 13.0 / 54, 19.0 / 54, 0.5, 4.0 / 9, 0}, out, 1e-15);
    }

    @Test
    void constantPassesUnchanged() {
        // DC gain: Σa = 8ωa³/D and 1 + Σb = 8ωa³/D, so a constant is a fixed point of the recursion.
        ButterworthLowpass f = ButterworthLowpass.design(1.0 / 120, 6.0);
        double[] c = new double[500];
        java.util.Arrays.fill(c, 3.7);
        for (double v : f.filterForwardBackward(c)) {
            assertEquals(3.7, v, 1e-12);
        }
    }

    @Test
    void sineGainsFollowTheButterworthMagnitude() {
        // Forward–backward gain at frequency f: 1/(1 + (tan(π f T)/tan(π fc T))⁶).
        double fs = 100;
        double fc = 6;
        ButterworthLowpass filter = ButterworthLowpass.design(1 / fs, fc);
        double slowGain = 1 / (1 + Math.pow(Math.tan(Math.PI * 1 / fs) / Math.tan(Math.PI * fc / fs), 6));
        double fastGain = 1 / (1 + Math.pow(Math.tan(Math.PI * 30 / fs) / Math.tan(Math.PI * fc / fs), 6));
        assertEquals(slowGain, amplitudeInMiddle(filter, 1.0, fs), 1e-5);
        double fast = amplitudeInMiddle(filter, 30.0, fs);
        assertTrue(fast < 1e-4, "30 Hz amplitude " + fast);
        assertEquals(fastGain, fast, 2e-6);
    }

    /** Least-squares amplitude of a sine of frequency f over whole periods in the middle third. */
    private static double amplitudeInMiddle(ButterworthLowpass filter, double f, double fs) {
        int n = 3000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(2 * Math.PI * f * i / fs);
        }
        double[] y = filter.filterForwardBackward(x);
        int from = 1000;
        int to = 2000; // 10 s: whole periods of 1 Hz and 30 Hz
        double s = 0;
        double c = 0;
        for (int i = from; i < to; i++) {
            s += y[i] * Math.sin(2 * Math.PI * f * i / fs);
            c += y[i] * Math.cos(2 * Math.PI * f * i / fs);
        }
        return 2 * Math.hypot(s, c) / (to - from);
    }

    @Test
    void rejectsBadDesign() {
        assertThrows(NeuroMskException.class, () -> ButterworthLowpass.design(0.0, 6));
        assertThrows(NeuroMskException.class, () -> ButterworthLowpass.design(0.01, -1));
    }
}

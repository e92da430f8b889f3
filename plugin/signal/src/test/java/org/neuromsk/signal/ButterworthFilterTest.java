package org.neuromsk.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class ButterworthFilterTest {

    private static final double MINUS_3DB = 1 / Math.sqrt(2); // one pass at the cut-off: |H|² = 1/2
    private static final double MINUS_6DB = 0.5;              // forward-backward: |H|² squared

    /** Ω(f) = tan(π·f/rate): the bilinear transform's pre-warped analogue frequency. */
    private static double warp(double f, double rate) {
        return Math.tan(Math.PI * f / rate);
    }

    @Test
    void lowPassMagnitudeMatchesClosedForm() {
        double rate = 1000;
        double fc = 50;
        for (int order : new int[] {1, 2, 4, 7}) {
            ButterworthFilter f = ButterworthFilter.lowPass(order, rate, fc);
            for (double freq = 1; freq < 500; freq += 7) {
                // |H|² = 1 / (1 + (Ω/Ωc)^(2N))
                double expected = 1 / Math.sqrt(1 + Math.pow(warp(freq, rate) / warp(fc, rate), 2 * order));
                assertEquals(expected, f.magnitude(freq), 1e-9, "order " + order + " at " + freq + " Hz");
            }
            assertEquals(MINUS_3DB, f.magnitude(fc), 1e-12);
            assertEquals(1.0, f.sections().dcGain(), 1e-12);
        }
    }

    @Test
    void highPassMagnitudeMatchesClosedForm() {
        double rate = 2000;
        double fc = 20;
        ButterworthFilter f = ButterworthFilter.highPass(4, rate, fc);
        for (double freq = 1; freq < 1000; freq += 11) {
            double expected = 1 / Math.sqrt(1 + Math.pow(warp(fc, rate) / warp(freq, rate), 8));
            assertEquals(expected, f.magnitude(freq), 1e-9, freq + " Hz");
        }
        assertEquals(0.0, f.sections().dcGain(), 1e-12);
    }

    @Test
    void bandPassMagnitudeMatchesClosedForm() {
        double rate = 2000;
        double f1 = 50;
        double f2 = 500;
        int order = 6;
        ButterworthFilter f = ButterworthFilter.bandPass(order, rate, f1, f2);
        assertEquals(2 * order, 2 * f.sections().sectionCount(), "a band-pass has 2·order poles");
        double w1 = warp(f1, rate);
        double w2 = warp(f2, rate);
        for (double freq = 2; freq < 1000; freq += 13) {
            // low-pass prototype with s → (s² + Ω1·Ω2) / (s·(Ω2 − Ω1))
            double w = warp(freq, rate);
            double ratio = (w * w - w1 * w2) / (w * (w2 - w1));
            double expected = 1 / Math.sqrt(1 + Math.pow(ratio, 2 * order));
            assertEquals(expected, f.magnitude(freq), 1e-8, freq + " Hz");
        }
        assertEquals(MINUS_3DB, f.magnitude(f1), 1e-9);
        assertEquals(MINUS_3DB, f.magnitude(f2), 1e-9);
    }

    @Test
    void filteredSineAtCutoffIsMinus3dBForOnePassAndMinus6dBForwardBackward() {
        double rate = 1000;
        double fc = 50;
        double[] x = SineProbe.sine(fc, rate, 4000);
        ButterworthFilter f = ButterworthFilter.lowPass(4, rate, fc);
        // second half of a causal pass: start-up transient long gone; 2000 samples = 100 periods
        double[] once = f.forward(x);
        assertEquals(MINUS_3DB, SineProbe.amplitude(once, fc, rate, 2000, 4000), 1e-6);
        // an order-4 Butterworth low-pass lags by 4·45° = 180° at its cut-off: output ≈ −0.707·sin
        double[] sc = SineProbe.components(once, fc, rate, 2000, 4000);
        assertEquals(-MINUS_3DB, sc[0], 1e-6);
        assertEquals(0, sc[1], 1e-6);

        double[] twice = f.zeroPhase(x);
        sc = SineProbe.components(twice, fc, rate, 1000, 3000);
        assertEquals(MINUS_6DB, sc[0], 1e-6, "in phase, gain squared");
        assertEquals(0, sc[1], 1e-6, "zero phase");
    }

    @Test
    void bandPassEdgesAreMinus3dBOnceAndMinus6dBForwardBackward() {
        double rate = 2000;
        ButterworthFilter f = ButterworthFilter.bandPass(6, rate, 50, 500);
        for (double edge : new double[] {50, 500}) {
            double[] x = SineProbe.sine(edge, rate, 8000);
            assertEquals(MINUS_3DB, SineProbe.amplitude(f.forward(x), edge, rate, 4000, 8000), 1e-6, edge + " Hz");
            double[] sc = SineProbe.components(f.zeroPhase(x), edge, rate, 2000, 6000);
            assertEquals(MINUS_6DB, sc[0], 1e-6, edge + " Hz");
            assertEquals(0, sc[1], 1e-6, edge + " Hz");
        }
        // mid-band (geometric centre sqrt(Ω1·Ω2) is exactly 1; 200 Hz is close): nearly unity
        double[] x = SineProbe.sine(200, rate, 8000);
        assertEquals(1.0, SineProbe.amplitude(f.zeroPhase(x), 200, rate, 2000, 6000), 1e-3);
    }

    @Test
    void paddedEdgesKeepAConstantAndAtRestEdgesPullItToZero() {
        double[] x = new double[3000];
        java.util.Arrays.fill(x, 3.25);
        ButterworthFilter f = ButterworthFilter.lowPass(4, 1000, 10);
        double[] padded = f.zeroPhase(x, EdgeHandling.PADDED);
        for (double v : padded) {
            assertEquals(3.25, v, 1e-10); // steady-state start: a constant is a fixed point
        }
        double[] atRest = f.zeroPhase(x, EdgeHandling.AT_REST);
        // the backward pass starts from rest at the last sample; the forward pass's ramp from zero
        // is smoothed by the backward pass, so the first sample is reduced but not zero
        assertTrue(Math.abs(atRest[2999]) < 0.01, "end near 0: " + atRest[2999]);
        assertTrue(atRest[0] > 0.1 && atRest[0] < 0.75 * 3.25, "start reduced: " + atRest[0]);
        assertEquals(3.25, atRest[1500], 1e-6);
    }

    @Test
    void cutoffsAtOrAboveNyquistAreRejected() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> ButterworthFilter.lowPass(4, 1000, 500));
        assertTrue(e.getMessage().contains("Nyquist frequency 500.0 Hz"), e.getMessage());
        e = assertThrows(NeuroMskException.class, () -> ButterworthFilter.bandPass(6, 1000, 50, 600));
        assertTrue(e.getMessage().startsWith("band-pass upper cut-off 600.0 Hz"), e.getMessage());
        assertThrows(NeuroMskException.class, () -> ButterworthFilter.bandPass(6, 1000, 300, 200));
        assertThrows(NeuroMskException.class, () -> ButterworthFilter.highPass(0, 1000, 20));
        assertThrows(NeuroMskException.class, () -> ButterworthFilter.lowPass(2, 1000, -1));
    }
}

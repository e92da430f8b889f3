package org.neuromsk.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class CriticallyDampedFilterTest {

    @Test
    void correctionFactorFollowsRobertsonAndDowling() {
        // C = sqrt(2^(1/(2n)) − 1): n = 1 → sqrt(√2 − 1) = 0.6435942529; n = 2 → sqrt(2^(1/4) − 1)
        // = sqrt(0.1892071150) = 0.4349794420
        assertEquals(0.6435942529, CriticallyDampedFilter.correction(1), 1e-10);
        assertEquals(0.4349794420, CriticallyDampedFilter.correction(2), 1e-10);
        CriticallyDampedFilter f = CriticallyDampedFilter.lowPass(4, 2000, 15);
        assertEquals(2, f.passes());
        assertEquals(15 / 0.4349794420, f.correctedCutoff(), 1e-7); // 34.484 Hz per pass
    }

    @Test
    void coefficientsForAQuarterRateCutoff() {
        // choose fc so that f* = fc / C = fs/4: ωc = tan(π/4) = 1, K1 = 2, K2 = 1,
        // a0 = 1/4, a1 = 1/2, a2 = 1/4, b1 = 2·(1/4)·(1/1 − 1) = 0, b2 = 1 − (1/4 + 1/2 + 1/4 + 0) = 0
        double rate = 1000;
        CriticallyDampedFilter f = CriticallyDampedFilter.lowPass(2, rate, CriticallyDampedFilter.correction(1) * 250);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25, 1, 0, 0}, f.section().coefficients(0), 1e-12);
        // so the impulse response of one pass from rest is 1/4, 1/2, 1/4, then nothing
        double[] impulse = {1, 0, 0, 0, 0};
        assertArrayEquals(new double[] {0.25, 0.5, 0.25, 0, 0}, f.filter(impulse, EdgeHandling.AT_REST), 1e-12);
    }

    @Test
    void unitDcGainKeepsAConstant() {
        CriticallyDampedFilter f = CriticallyDampedFilter.lowPass(4, 2000, 15);
        // b2 = 1 − (a0 + a1 + a2 + b1) makes (a0 + a1 + a2) / (1 − b1 − b2) = 1 exactly
        assertEquals(1.0, f.section().dcGain(), 1e-12);
        double[] x = new double[3000];
        Arrays.fill(x, -2.5);
        for (double v : f.filter(x, EdgeHandling.PADDED)) {
            assertEquals(-2.5, v, 1e-10);
        }
        double[] fromRest = f.filter(x, EdgeHandling.AT_REST);
        assertEquals(-2.5, fromRest[1500], 1e-9, "far from both ends the start-up has died out");
        assertTrue(Math.abs(fromRest[2999]) < 0.01 * 2.5, "the backward pass starts from rest: " + fromRest[2999]);
        assertTrue(fromRest[0] > -0.75 * 2.5, "the forward pass's start-up is smoothed, not removed: " + fromRest[0]);
    }

    @Test
    void stepResponseNeverOvershootsUnlikeButterworth() {
        double rate = 2000;
        double[] step = new double[2000];
        Arrays.fill(step, 1000, 2000, 1.0);
        double[][] responses = {
            CriticallyDampedFilter.lowPass(2, rate, 15).filter(step, EdgeHandling.AT_REST), // one causal pass
            CriticallyDampedFilter.lowPass(4, rate, 15).filter(step, EdgeHandling.PADDED),  // zero phase
        };
        for (double[] y : responses) {
            for (int k = 1; k < y.length; k++) {
                assertTrue(y[k] >= y[k - 1] - 1e-12, "monotone at " + k);
                assertTrue(y[k] >= -1e-12 && y[k] <= 1 + 1e-12, "within [0, 1] at " + k + ": " + y[k]);
            }
            assertEquals(1.0, y[1999], 1e-3);
        }
        double[] butter = ButterworthFilter.lowPass(4, rate, 15).zeroPhase(step);
        assertTrue(Arrays.stream(butter).max().orElseThrow() > 1.01, "a Butterworth step response overshoots");
    }

    @Test
    void minus3dBPointOfAllPassesFollowsFromTheCorrection() {
        double rate = 2000;
        double fc = 15;
        CriticallyDampedFilter f = CriticallyDampedFilter.lowPass(4, rate, fc);
        // n passes of 1/(1 + (Ω/ωc)²) give 1/√2 where Ω = C·ωc, ωc = tan(π·fc/(C·fs)):
        // f3 = (fs/π)·atan(C·ωc); the gain of one pass there is 2^(−1/4)
        double c = CriticallyDampedFilter.correction(2);
        double f3 = rate / Math.PI * Math.atan(c * Math.tan(Math.PI * fc / (c * rate)));
        assertEquals(1 / Math.sqrt(2), f.magnitude(f3), 1e-12);
        assertEquals(fc, f3, 0.001 * fc, "within 0.1 % of the requested cut-off at this rate");
        // measured on a filtered sinusoid: gain 1/√2, zero phase
        double[] x = SineProbe.sine(f3, rate, 40000);
        int window = (int) Math.round(150 * rate / f3); // as close to 150 whole periods as samples allow
        double[] sc = SineProbe.components(f.filter(x, EdgeHandling.PADDED), f3, rate, 10000, 10000 + window);
        assertEquals(1 / Math.sqrt(2), Math.hypot(sc[0], sc[1]), 1e-4);
        assertEquals(0, Math.atan2(sc[1], sc[0]), 1e-4);
    }

    @Test
    void rejectsOddOrdersAndCutoffsWhoseCorrectionPassesNyquist() {
        assertThrows(NeuroMskException.class, () -> CriticallyDampedFilter.lowPass(3, 2000, 15));
        assertThrows(NeuroMskException.class, () -> CriticallyDampedFilter.lowPass(0, 2000, 15));
        // 500 Hz / 0.435 = 1149 Hz per pass, above the 1000 Hz Nyquist frequency
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> CriticallyDampedFilter.lowPass(4, 2000, 500));
        assertTrue(e.getMessage().contains("Nyquist"), e.getMessage());
        CriticallyDampedFilter.lowPass(4, 2000, 400); // 920 Hz per pass is fine
    }
}

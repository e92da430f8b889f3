package org.neuromsk.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class SamplingTest {

    @Test
    void uniformTimeBaseGivesItsRate() {
        // 11 samples 1 ms apart: 1 / 0.001 s = 1000 Hz.
        double[] time = new double[11];
        for (int i = 0; i < time.length; i++) {
            time[i] = i / 1000.0;
        }
        assertEquals(1000.0, Sampling.rate(time), 1e-9);
    }

    @Test
    void aGapIsReportedWhereItIs() {
        // 1 kHz samples from 0 to 10 ms with the sample at 6 ms missing: the only irregular step is the
        // 2 ms one before t = 7 ms. The gap raises the mean step to 10/9 ms, so every regular step
        // also differs from the mean; the message must still point at the gap, not at t = 1 ms.
        double[] time = {0.000, 0.001, 0.002, 0.003, 0.004, 0.005, 0.007, 0.008, 0.009, 0.010};
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Sampling.rate(time));
        // 0.007 − 0.005 is 0.0020000000000000005 in doubles; the message rounds to 6 significant digits
        assertTrue(e.getMessage().contains("before t = 0.007 s is 0.002 s, the usual step 0.001 s"), e.getMessage());
    }
}

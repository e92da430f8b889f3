package org.neuromsk.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

/** Rectification, moving average, normalisation and sampling checks. */
class SimpleStagesTest {

    @Test
    void fullWaveRectificationTakesAbsoluteValues() {
        double[] x = {-2, 0, 1.5, -0.25};
        assertArrayEquals(new double[] {2, 0, 1.5, 0.25}, Rectification.fullWave(x), 0);
        assertArrayEquals(new double[] {-2, 0, 1.5, -0.25}, x, 0, "input untouched");
    }

    @Test
    void centredMovingAverageShrinksAtTheEnds() {
        // window 3: ends average 2 samples: (1+2)/2, (4+5)/2
        assertArrayEquals(new double[] {1.5, 2, 3, 4, 4.5}, MovingAverage.centred(new double[] {1, 2, 3, 4, 5}, 3), 1e-15);
        assertArrayEquals(new double[] {1, 2, 3}, MovingAverage.centred(new double[] {1, 2, 3}, 1), 0);
        assertEquals(11, MovingAverage.windowSamples(0.011, 1000));
        assertEquals(1, MovingAverage.windowSamples(0.0004, 1000));
        assertThrows(NeuroMskException.class, () -> MovingAverage.centred(new double[] {1}, 2));
        assertThrows(NeuroMskException.class, () -> MovingAverage.windowSamples(-1, 1000));
    }

    @Test
    void normalisesToPeakOrReference() {
        assertArrayEquals(new double[] {0, 0.5, 1}, Normalization.toPeak(new double[] {0, 2, 4}), 0);
        assertArrayEquals(new double[] {0.25, 0.5}, Normalization.byReference(new double[] {1, 2}, 4), 0);
        assertEquals(4, Normalization.peak(new double[] {-7, 4, 3}));
        assertThrows(NeuroMskException.class, () -> Normalization.toPeak(new double[] {-1, 0}));
        assertThrows(NeuroMskException.class, () -> Normalization.byReference(new double[] {1}, 0));
        assertThrows(NeuroMskException.class, () -> Normalization.byReference(new double[] {1}, Double.NaN));
    }

    @Test
    void sampleRateNeedsIncreasingUniformTimes() {
        assertEquals(2000, Sampling.rate(new double[] {0, 0.0005, 0.001, 0.0015}), 1e-9);
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Sampling.rate(new double[] {0, 0.01, 0.01}));
        assertTrue(e.getMessage().contains("not increasing"), e.getMessage());
        e = assertThrows(NeuroMskException.class, () -> Sampling.rate(new double[] {0, 0.01, 0.03}));
        assertTrue(e.getMessage().contains("not uniformly sampled"), e.getMessage());
        assertThrows(NeuroMskException.class, () -> Sampling.rate(new double[] {0, Double.NaN}));
        assertThrows(NeuroMskException.class, () -> Sampling.requireBelowNyquist("cut-off", 1000, 2000));
    }
}

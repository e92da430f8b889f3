package org.neuromsk.estimator.nmm.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.neuromsk.io.FileFormatException;

class ResamplingTest {

    @Test
    void gridCoversTheSpanAtTheRate() {
        double[] t = Resampling.grid(0.03, 0.99, 100);
        // (0.99 − 0.03)·100 + 1 = 97 frames, the last at 0.99 s
        assertEquals(97, t.length);
        assertEquals(0.99, t[96], 1e-12);
        assertEquals(0.04, t[1], 1e-12);
    }

    @Test
    void linearInterpolationIsExactOnStraightLinesAndRefusesToExtrapolate() {
        double[] time = {0, 0.3, 0.35, 1};
        double[] y = new double[time.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 2 - 3 * time[i];
        }
        double[] out = Resampling.linear(time, y, Path.of("f.sto"), new double[] {0.1, 0.32, 0.9});
        assertEquals(2 - 0.3, out[0], 1e-12);
        assertEquals(2 - 0.96, out[1], 1e-12);
        assertEquals(2 - 2.7, out[2], 1e-12);
        FileFormatException e = assertThrows(FileFormatException.class, () -> Resampling.linear(time, y,
                Path.of("f.sto"), new double[] {0.5, 1.2}));
        assertTrue(e.getMessage().contains("f.sto"), e.getMessage());
    }

    @Test
    void constantReferenceHasNoCorrelation() {
        assertTrue(HiddenMuscleComparison.constant(new double[] {0.02, 0.02, 0.02}));
        assertFalse(HiddenMuscleComparison.constant(new double[] {0.02, 0.021, 0.02}));
    }
}

package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.data.SampleSet;

class SeriesSamplesTest {

    /** Frame t holds (t, 10 t); its target is 100 t. */
    private static final float[][] FRAMES = new float[10][];
    private static final float[][] TARGETS = new float[10][];

    static {
        for (int t = 0; t < 10; t++) {
            FRAMES[t] = new float[] {t, 10 * t};
            TARGETS[t] = new float[] {100 * t};
        }
    }

    @Test
    void samplesHoldTheWindowAndItsLastFramesTargets() {
        SampleSet s = SeriesSamples.of(FRAMES, TARGETS, 4, 2, 3, null, null);
        // starts 0, 3, 6 (the next, 9, would run past frame 9)
        assertEquals(3, s.size());
        assertArrayEquals(new int[] {4, 2}, s.inputShape());
        assertArrayEquals(new int[] {2, 1}, s.targetShape());
        assertArrayEquals(new float[] {3, 30, 4, 40, 5, 50, 6, 60}, s.input(1));
        // window 3..6: targets of its last two frames, 5 and 6
        assertArrayEquals(new float[] {500, 600}, s.target(1));
    }

    @Test
    void oneOutputFrameGivesPlainWindows() {
        SampleSet s = SeriesSamples.of(FRAMES, TARGETS, 3, 1, 1, null, null);
        assertEquals(8, s.size());
        assertArrayEquals(new int[] {1}, s.targetShape());
        assertArrayEquals(new float[] {900}, s.target(7));
    }

    @Test
    void impossibleCutsAreRejected() {
        assertThrows(NeuroMskException.class, () -> SeriesSamples.of(FRAMES, TARGETS, 3, 4, 1, null, null));
        assertThrows(NeuroMskException.class, () -> SeriesSamples.of(FRAMES, TARGETS, 11, 1, 1, null, null));
        assertThrows(NeuroMskException.class, () -> SeriesSamples.of(FRAMES, TARGETS, 3, 1, 0, null, null));
    }
}

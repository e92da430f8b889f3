package org.neuromsk.pipeline.forward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.storage.Storage;

class MuscleMomentsTest {

    private static final Storage FORCES = Storage.of("forces", false, List.of("flexor", "extensor", "elsewhere"),
            new double[] {0, 0.5, 1}, new double[][] {{100, 200, 300}, {50, 50, 50}, {1000, 1000, 1000}});

    @Test
    void sumsArmTimesForceWithTheArmsInterpolatedOntoTheForcesTimes() {
        // arms at 0 and 1 s only: at 0.5 s the flexor's arm is halfway, 0.03 m
        Storage arms = Storage.of("arms", false, List.of("flexor", "extensor"), new double[] {0, 1},
                new double[][] {{0.02, 0.04}, {-0.03, -0.03}});
        double[] moment = MuscleMoments.about(arms, FORCES).orElseThrow();
        // "elsewhere" has no arm column and contributes nothing
        assertArrayEquals(new double[] {0.02 * 100 - 0.03 * 50, 0.03 * 200 - 0.03 * 50, 0.04 * 300 - 0.03 * 50}, moment,
                1e-12);
    }

    @Test
    void aCoordinateNoMuscleCrossesHasNoMoment() {
        Storage zero = Storage.of("arms", false, List.of("flexor"), new double[] {0, 1}, new double[][] {{0, 0}});
        assertTrue(MuscleMoments.about(zero, FORCES).isEmpty());
        Storage other = Storage.of("arms", false, List.of("unrelated"), new double[] {0, 1}, new double[][] {{1, 1}});
        assertTrue(MuscleMoments.about(other, FORCES).isEmpty());
    }
}

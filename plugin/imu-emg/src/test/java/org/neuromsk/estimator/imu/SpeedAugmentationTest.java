package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

class SpeedAugmentationTest {

    /** Coordinates and envelopes at 0, 0.1, …, 0.9 s; the envelope is 0.1·(1 + i) at row i. */
    private static final double[] TIME = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** IMU "signal" = the motion's time stamps, so the test sees which times the source was asked for. */
    private static final ImuSource TIMES = (coordinates, file, rate) -> Storage.of("imu", false, List.of("t"),
            coordinates.time(), new double[][] {coordinates.time()});

    @Test
    void replayCompressesTimeAndScalesEnvelopesByFactorToTheExponent() {
        double[] envelope = new double[TIME.length];
        for (int i = 0; i < TIME.length; i++) {
            envelope[i] = 0.1 * (1 + i);
        }
        Storage motion = Storage.of("q", true, List.of("q"), TIME, new double[][] {TIME.clone()});
        Storage emg = Storage.of("emg", false, List.of("m"), TIME, new double[][] {envelope});
        List<ImuEmgTrial> trials = new SpeedAugmentation(List.of(1.25), 2).trials("walk", motion, null, emg, null,
                TIMES);
        assertEquals(2, trials.size());
        ImuEmgTrial replay = trials.get(1);
        assertEquals(TIME.length, replay.frames());
        for (int i = 0; i < TIME.length; i++) {
            // time t is played at t / 1.25; the envelope gain is 1.25² = 1.5625
            assertEquals(TIME[i] / 1.25, replay.time()[i], 1e-12);
            assertEquals(0.1 * (1 + i) * 1.5625, replay.envelopes()[i][0], 1e-6);
            assertEquals(0.1 * (1 + i), trials.get(0).envelopes()[i][0], 1e-6);
        }
    }

    @Test
    void defaultsScaleEnvelopesWithCadenceSquared() {
        assertEquals(2, SpeedAugmentation.defaults().exponent());
        assertEquals(List.of(0.8, 0.9, 1.1, 1.25), SpeedAugmentation.defaults().factors());
    }

    @Test
    void rejectsFactorOneAndNegativeExponent() {
        assertThrows(NeuroMskException.class, () -> new SpeedAugmentation(List.of(1.0), 2));
        assertThrows(NeuroMskException.class, () -> new SpeedAugmentation(List.of(1.1), -1));
    }
}

package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

class ImuEmgTrialTest {

    private static final int FRAMES = 50;

    @Test
    void pairsImuAndEnvelopesOnCommonTimes() {
        ImuEmgTrial trial = ImuEmgTrial.of("walk", imu(), emg(false), List.of("soleus_r"));
        assertEquals(FRAMES, trial.frames());
        assertEquals(List.of("soleus_r"), trial.muscles());
        assertEquals((float) Math.sin(0.3), trial.envelopes()[3][0], 1e-7);
    }

    @Test
    void constantEnvelopeIsRefusedNamingTheMuscle() {
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> ImuEmgTrial.of("walk", imu(), emg(true), null));
        assertTrue(e.getMessage().startsWith("walk: the EMG envelope of dead_r is constant"), e.getMessage());
        // the other muscle alone is accepted
        assertEquals(1, ImuEmgTrial.of("walk", imu(), emg(true), List.of("soleus_r")).muscles().size());
    }

    @Test
    void tooFewPeaksNameTheMuscle() {
        double[] flatThenOneBump = new double[100];
        flatThenOneBump[50] = 1;
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> EnvelopeMetrics.cycles("tib_ant_r", flatThenOneBump, 10));
        assertTrue(e.getMessage().startsWith("tib_ant_r: only 1 peaks"), e.getMessage());
    }

    private static double[] time() {
        double[] t = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            t[i] = i * 0.01;
        }
        return t;
    }

    private static Storage imu() {
        double[] t = time();
        double[] gyro = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            gyro[i] = Math.cos(10 * t[i]);
        }
        return Storage.of("imu", false, List.of("shank_imu_gyro_x"), t, new double[][] {gyro});
    }

    private static Storage emg(boolean withDeadChannel) {
        double[] t = time();
        double[] soleus = new double[FRAMES];
        double[] dead = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            soleus[i] = Math.sin(10 * t[i]);
            dead[i] = 0.1;
        }
        return withDeadChannel
                ? Storage.of("emg", false, List.of("soleus_r", "dead_r"), t, new double[][] {soleus, dead})
                : Storage.of("emg", false, List.of("soleus_r"), t, new double[][] {soleus});
    }
}

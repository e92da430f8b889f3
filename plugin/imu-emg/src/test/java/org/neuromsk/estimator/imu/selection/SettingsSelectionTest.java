package org.neuromsk.estimator.imu.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ImuEmgTrial;
import org.neuromsk.estimator.imu.SpeedAugmentation;

/** The split's preconditions and the candidates (the training itself is exercised by the CLI and validation tests). */
class SettingsSelectionTest {

    /**
     * A 100 Hz trial whose two envelopes repeat every 100 frames (1 s, inside the metrics' 0.4–2.5 s period
     * search): 999 frames hold 9 whole cycles (999 / 100 = 9), 1000 frames 10.
     */
    @Test
    void aTrialOfFewerThanTenCyclesCannotBeSplit() {
        assertEquals(9, SettingsSelection.cycles(trial(999)));
        assertFalse(SettingsSelection.canSplit(trial(999), 64));
        assertEquals(10, SettingsSelection.cycles(trial(1000)));
        assertTrue(SettingsSelection.canSplit(trial(1000), 128)); // held out: 1000 − 800 = 200 frames ≥ 128
        assertFalse(SettingsSelection.canSplit(trial(1000), 201)); // but not a window wider than 200 frames
        assertEquals(0, SettingsSelection.cycles(trial(30))); // shorter than the shortest period searched (40 frames)
    }

    @Test
    void validationReplaysKeepTheTrainingExponent() {
        SpeedAugmentation v = SettingsSelection.validationAugmentation(new SpeedAugmentation(List.of(0.9), 1.5));
        assertEquals(List.of(0.87, 1.15), v.factors());
        assertEquals(1.5, v.exponent());
        assertEquals(SpeedAugmentation.defaults().exponent(),
                SettingsSelection.validationAugmentation(SpeedAugmentation.none()).exponent());
    }

    @Test
    void candidatesAreTheTwoEarlierChoicesInOrder() {
        ImuEmgSettings base = ImuEmgSettings.defaults().withSeed(7);
        List<SettingsCandidate> list = SettingsCandidate.walking(base, SpeedAugmentation.defaults());
        assertEquals(List.of("field 128 + slow + noise 0.1", "dropout 0.2"), list.stream().map(SettingsCandidate::name).toList());
        ImuEmgSettings field = list.get(0).settings();
        assertEquals(128, field.window()); // kernel 2, dilations 1…64: 1 + (1 + 2 + … + 64) = 128
        assertEquals(3e-4, field.learningRate());
        assertEquals(10, field.patience());
        assertEquals(0.1, field.inputNoise());
        assertEquals(0.0, field.waveNetDropout());
        ImuEmgSettings dropout = list.get(1).settings();
        assertEquals(64, dropout.window());
        assertEquals(0.2, dropout.waveNetDropout());
        assertEquals(base.learningRate(), dropout.learningRate());
        assertEquals(7, dropout.seed());
    }

    private static ImuEmgTrial trial(int frames) {
        double[] time = new double[frames];
        float[][] imu = new float[frames][1];
        float[][] envelopes = new float[frames][2];
        for (int i = 0; i < frames; i++) {
            time[i] = i / 100.0;
            double phase = 2 * Math.PI * i / 100.0;
            envelopes[i][0] = (float) (0.5 + 0.4 * Math.sin(phase));
            envelopes[i][1] = (float) (0.5 + 0.3 * Math.cos(phase));
            imu[i][0] = (float) Math.sin(phase);
        }
        return new ImuEmgTrial("t", time, List.of("imu_x"), imu, List.of("a", "b"), envelopes);
    }
}

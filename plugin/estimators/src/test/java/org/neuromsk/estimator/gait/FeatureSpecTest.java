package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.SyntheticGait;

class FeatureSpecTest {

    @TempDir
    Path dir;

    @Test
    void standardisationAndOffsets() {
        double[] t = {0, 1, 2, 3};
        double[] x = {0, 1, 4, 9};
        // x = 1, 3: mean 2, population SD 1
        assertArrayEquals(new double[] {-1, 1}, FeatureSpec.standardise(new double[] {1, 3}), 1e-15);
        // x at t + 0.5, linear between frames and held at the ends
        assertArrayEquals(new double[] {0.5, 2.5, 6.5, 9}, FeatureSpec.sample(t, x, 0.5), 1e-15);
        assertArrayEquals(new double[] {0, 0, 1, 4}, FeatureSpec.sample(t, x, -1), 1e-15);
    }

    @Test
    void inputsAreLaidOutOffsetByOffsetThenThePhase() {
        SyntheticGait.write(dir, 1.0, 4.0, 100);
        GaitTrial trial = GaitTrialReader.folder(dir).read();
        FeatureSpec spec = new FeatureSpec(List.of("hip_flexion_r", "knee_angle_r"), true, List.of(),
                new double[] {-0.1, 0}, false, true);
        assertEquals(List.of("hip_flexion_r@-0.100s", "knee_angle_r@-0.100s", "hip_flexion_r_velocity@-0.100s",
                "knee_angle_r_velocity@-0.100s", "hip_flexion_r@+0.000s", "knee_angle_r@+0.000s",
                "hip_flexion_r_velocity@+0.000s", "knee_angle_r_velocity@+0.000s", "gait_phase_sin", "gait_phase_cos"),
                spec.inputNames());
        float[][] f = spec.features(trial);
        assertEquals(10, f[0].length);
        // frame 150 (t = 1.5 s): hip 20·cos(3π) = −20 now, 20·cos(2.8π) 0.1 s before; phase 0.5 (knee events at
        // whole seconds): sin π = 0, cos π = −1
        assertEquals(-20, f[150][4], 1e-4);
        assertEquals(20 * Math.cos(2.8 * Math.PI), f[150][0], 1e-4);
        assertEquals(0, f[150][8], 1e-4);
        assertEquals(-1, f[150][9], 1e-4);
    }
}

package org.neuromsk.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class ValueTypesTest {

    @Test
    void generalizedForceLabelsFollowOpenSim() {
        assertEquals("knee_angle_r_moment",
                new CoordinateInfo("knee_angle_r", "walker_knee_r", MotionType.ROTATIONAL, -0.2, 2.1, 0, false, false)
                        .generalizedForceLabel());
        assertEquals("pelvis_tx_force",
                new CoordinateInfo("pelvis_tx", "ground_pelvis", MotionType.TRANSLATIONAL, -5, 5, 0, false, false)
                        .generalizedForceLabel());
        assertEquals("knee_angle_r_beta_force",
                new CoordinateInfo("knee_angle_r_beta", "patellofemoral_r", MotionType.COUPLED, -0.2, 2.1, 0, false,
                        false).generalizedForceLabel());
    }

    @Test
    void muscleParametersRefuseImpossibleValues() {
        assertThrows(NeuroMskException.class, () -> new MuscleParameters(-1, 0.1, 0.2, 0, 10));
        assertThrows(NeuroMskException.class, () -> new MuscleParameters(100, 0, 0.2, 0, 10));
        assertThrows(NeuroMskException.class, () -> new MuscleParameters(100, 0.1, Double.NaN, 0, 10));
        assertThrows(NeuroMskException.class, () -> new MuscleParameters(100, 0.1, 0.2, Math.PI / 2, 10));
        MuscleParameters p = new MuscleParameters(100, 0.1, 0.2, 0.1, 10).withMaxIsometricForce(250);
        assertEquals(250, p.maxIsometricForce());
        assertEquals(0.1, p.optimalFiberLength());
    }

    @Test
    void timeRangeRefusesReversedIntervals() {
        assertThrows(NeuroMskException.class, () -> new TimeRange(2, 1));
        assertThrows(NeuroMskException.class, () -> new TimeRange(Double.NaN, 1));
    }

    @Test
    void forwardRequestsWithoutForceSetFilesKeepTheModelsForces() {
        java.nio.file.Path controls = Path.of("c.sto");
        ForwardRequest plain = new ForwardRequest(controls, Optional.empty(), Optional.empty(), 0, 1,
                1e-5, true);
        assertEquals(List.of(), plain.forceSetFiles());
        assertEquals(false, plain.replaceForceSet());
        List<Path> files = new ArrayList<>(List.of(Path.of("r.xml")));
        ForwardRequest reserves = plain.withForceSetFiles(files, true);
        files.clear();
        assertEquals(List.of(Path.of("r.xml")), reserves.forceSetFiles(), "copied");
        assertEquals(true, reserves.replaceForceSet());
        assertEquals(plain.controls(), reserves.controls());
        assertThrows(UnsupportedOperationException.class, () -> reserves.forceSetFiles().add(controls));
        assertThrows(NeuroMskException.class, () -> plain.withForceSetFiles(List.of(), false).equals(
                new ForwardRequest(controls, Optional.empty(), Optional.empty(), 0, 1, 0, true)));
    }
}

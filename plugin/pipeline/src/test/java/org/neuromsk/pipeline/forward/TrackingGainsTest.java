package org.neuromsk.pipeline.forward;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;

/**
 * The tracking correction on gait2392 (walk45's first 0.5 s, static optimisation's controls, no
 * external loads, so the pelvis reserves carry the body). Torque-level gains (K 200 N·m/rad, D 20, the
 * same for every coordinate, held over 10 ms) are unstable on the light distal segments and leave the
 * motion at 0.02 s, sooner than no correction at all (0.1 s). Acceleration-level gains scaled by the mass
 * matrix (kp 100 1/s², kv 20 1/s) correct every segment alike: the run goes further than both (0.2 s),
 * and the pelvis, hips, knees and lumbar joints stay within 2.5° RMS (6° at most) of the motion. The toes
 * still leave it (docs/validation.md): kp·M is small for a segment of about 1e-4 kg·m².
 */
class TrackingGainsTest {

    private static final Set<String> TRUNK_AND_LEGS = Set.of("pelvis_tilt", "pelvis_list", "pelvis_rotation",
            "hip_flexion_r", "hip_adduction_r", "hip_rotation_r", "hip_flexion_l", "hip_adduction_l",
            "hip_rotation_l", "knee_angle_r", "knee_angle_l", "lumbar_extension", "lumbar_bending", "lumbar_rotation");

    @Test
    void accelerationGainsTrackFurtherThanTorqueGainsOrNone(@TempDir Path dir) throws IOException {
        PipelineResult acceleration = run(dir.resolve("acceleration"), "{\"trackingCorrection\": true}");
        PipelineResult torque = run(dir.resolve("torque"),
                "{\"trackingCorrection\": true, \"stiffness\": 200, \"damping\": 20}");
        PipelineResult none = run(dir.resolve("none"), "{}");
        double reached = acceleration.forward().orElseThrow().timeReached();
        double reachedTorque = torque.forward().orElseThrow().timeReached();
        double reachedNone = none.forward().orElseThrow().timeReached();
        assertTrue(reachedTorque < reachedNone && reachedNone < reached,
                "time reached: torque gains " + reachedTorque + " s, none " + reachedNone + " s, acceleration gains "
                        + reached + " s");
        assertTrue(reached >= 0.15, "acceleration gains reached " + reached + " s");
        List<KinematicsComparison.CoordinateError> trunkAndLegs = acceleration.kinematics().stream()
                .filter(e -> TRUNK_AND_LEGS.contains(e.coordinate())).toList();
        assertTrue(trunkAndLegs.size() == TRUNK_AND_LEGS.size(), trunkAndLegs.toString());
        // measured (session 10): to 0.2 s, RMS 0.37–1.93° (knee_angle_l the largest), max 1.0–4.97°
        for (KinematicsComparison.CoordinateError e : trunkAndLegs) {
            assertTrue(e.rms() < 2.5 && e.maxAbs() < 6, e.coordinate() + " RMS " + e.rms() + "°, max " + e.maxAbs()
                    + "° over " + reached + " s");
        }
    }

    private static PipelineResult run(Path dir, String forward) throws IOException {
        Files.createDirectories(dir);
        return Pipeline.run(PipelineFile.read(Walk45Start.pipeline(dir, forward)), PipelineProgress.silent(), Map.of(),
                Map.of());
    }
}

package org.neuromsk.pipeline.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;

/**
 * The tracking correction on gait2392 (walk45's first 0.5 s, static optimisation's controls, no
 * external loads, so the pelvis reserves carry the body). Torque-level gains (K 200 N·m/rad, D 20, the
 * same for every coordinate, held over 10 ms: the defaults until session 9) are unstable on the light
 * distal segments and leave the motion at 0.02 s, sooner than no correction at all (0.1 s). The default
 * acceleration-level gains scaled by the mass matrix (kp 10⁴ 1/s², kv 200 1/s, held over 2 ms) correct every
 * segment alike and complete the run with every coordinate near the motion.
 */
class TrackingGainsTest {

    @Test
    void accelerationGainsCompleteTheRunWhereTorqueGainsAndNoCorrectionFail(@TempDir Path dir) throws IOException {
        PipelineResult acceleration = run(dir.resolve("acceleration"), "{\"trackingCorrection\": true}");
        PipelineResult torque = run(dir.resolve("torque"), "{\"trackingCorrection\": true, \"stiffness\": 200, "
                + "\"damping\": 20, \"correctionInterval\": 0.01}");
        PipelineResult none = run(dir.resolve("none"), "{}");
        double reachedTorque = torque.forward().orElseThrow().timeReached();
        double reachedNone = none.forward().orElseThrow().timeReached();
        assertTrue(reachedTorque < reachedNone && reachedNone < 0.2, "time reached: torque gains " + reachedTorque
                + " s, none " + reachedNone + " s");
        ForwardOutcome tracked = acceleration.forward().orElseThrow();
        assertTrue(tracked.completed(), "acceleration gains: " + tracked.cause().orElse(""));
        assertEquals(0.5, tracked.timeReached(), 1e-9);
        // measured (session 10): toes (mtp) RMS 4.2° and 3.5°, max 6.3° and 6.8°; ankles RMS 1.5° and 1.3°,
        // max 1.9° and 2.2°; every other rotational coordinate RMS at most 0.57°, max at most 1.3°
        for (KinematicsComparison.CoordinateError e : acceleration.kinematics()) {
            if (!e.rotational()) {
                continue;
            }
            boolean toe = e.coordinate().startsWith("mtp_angle");
            assertTrue(e.rms() < (toe ? 6 : 2) && e.maxAbs() < (toe ? 10 : 3), e.coordinate() + " RMS " + e.rms()
                    + "°, max " + e.maxAbs() + "°");
        }
    }
    @Test
    void describeNamesTheKindItsGainsWithUnitsAndTheLaw() {
        assertEquals("acceleration gains kp 10000 1/s², kv 200 1/s (τ = M(q)·(kp·e + kv·ė))",
                TrackingGains.defaults().describe());
        assertEquals("torque gains K 2000 N·m/rad, D 0.05 N·m·s/rad (τ = K·e + D·ė)",
                TrackingGains.torque(2000.4, 0.05).describe());
    }

    @Test
    void heldLoopRadiusMatchesTheClosedFormOfTheSampledLoop() {
        // kp = 1, kv = 2 (critical, ω = 1), T = 1: A = [[1/2, 0], [-1, -1]], eigenvalues 1/2 and -1 → radius 1
        assertEquals(1.0, TrackingGains.acceleration(1, 2).heldLoopRadius(1), 1e-12);
        // T = 1/2: A = [[7/8, 1/4], [-1/2, 0]], trace 7/8, det 1/8, discriminant 49/64 - 32/64 = 17/64:
        // eigenvalues (7 ± √17)/16, radius (7 + √17)/16
        assertEquals((7 + Math.sqrt(17)) / 16, TrackingGains.acceleration(1, 2).heldLoopRadius(0.5), 1e-12);
        // kp = 1, kv = 0, T = 1: A = [[1/2, 1], [-1, 1]], trace 3/2, det 3/2 > (3/4)² → complex, |λ| = √(3/2)
        assertEquals(Math.sqrt(1.5), TrackingGains.acceleration(1, 0).heldLoopRadius(1), 1e-12);
        // the defaults at their interval: ω·T = 0.2, stable
        assertTrue(TrackingGains.defaults().heldLoopRadius(TrackingGains.DEFAULT_INTERVAL) < 1);
        // critical damping turns unstable at ω·T = 1; half of that is suggested
        assertEquals(0.005, TrackingGains.defaults().stableInterval(0.02), 1e-9);
        assertTrue(Double.isNaN(TrackingGains.torque(200, 20).heldLoopRadius(0.01)));
    }

    private static PipelineResult run(Path dir, String forward) throws IOException {
        Files.createDirectories(dir);
        return Pipeline.run(PipelineFile.read(Walk45Start.pipeline(dir, forward)), PipelineProgress.silent(), Map.of(),
                Map.of());
    }
}

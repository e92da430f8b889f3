package org.neuromsk.engine.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.tool.Motions.G;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/** How the tool matches motion columns to coordinates, orders its output and reports bad input. */
class InverseDynamicsToolInputTest {

    @TempDir
    Path dir;

    private static InverseDynamicsTool.Settings unfiltered() {
        return new InverseDynamicsTool.Settings(-1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                List.of("Muscles"));
    }

    @Test
    void columnsThatNameNoCoordinateAreListed() {
        double[] t = Motions.times(11, 100);
        Path motion = dir.resolve("extra_columns.mot");
        Storage table = Motions.write(motion, false,
                List.of("q", "knee_angle", "/jointset/hip/hip_flexion/value", "/forceset/mus/activation"), t,
                new double[11], new double[11], new double[11], new double[11]);
        Model model = ModelLoader.load(Motions.resource("pendulum.osim"));

        FileFormatException e = assertThrows(FileFormatException.class, () -> new InverseDynamicsTool(model)
                .run(table, motion, List.of(), unfiltered(), w -> { }));

        String message = e.getMessage();
        assertEquals(motion, e.file());
        assertTrue(message.startsWith(motion.toString()), message);
        assertTrue(message.contains("2 column(s) name no coordinate of the model: knee_angle, "
                + "/jointset/hip/hip_flexion/value"), message);
        // A state that is not a coordinate value (/forceset/...) is passed over, not reported.
        assertFalse(message.contains("activation"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void twoColumnsForOneCoordinateAreRefused() {
        double[] t = Motions.times(11, 100);
        Path motion = dir.resolve("twice.mot");
        Storage table = Motions.write(motion, false, List.of("q", "/jointset/pin/q/value"), t, new double[11],
                new double[11]);
        Model model = ModelLoader.load(Motions.resource("pendulum.osim"));

        FileFormatException e = assertThrows(FileFormatException.class, () -> new InverseDynamicsTool(model)
                .run(table, motion, List.of(), unfiltered(), w -> { }));

        assertTrue(e.getMessage().contains(motion.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("columns 'q' and '/jointset/pin/q/value' both give coordinate q"),
                e.getMessage());
    }

    /**
     * Only q1 is given: q2 must be held at its default_value 0.4 rad with zero speed and acceleration,
     * so τ is the double pendulum's closed form with q2 = 0.4, q̇2 = q̈2 = 0.
     */
    @Test
    void missingCoordinatesAreWarnedAboutAndHeldAtTheirDefault() {
        double a = 0.5;
        double w = 2 * Math.PI * 0.8;
        double[] t = Motions.times(2001, 1000);
        Path motion = dir.resolve("only_q1.mot");
        Storage table = Motions.write(motion, false, List.of("q1"), t, Motions.sample(t, x -> a * Math.sin(w * x)));
        Model model = ModelLoader.load(Motions.resource("double_pendulum.osim"));
        List<String> warnings = new ArrayList<>();

        Storage result = new InverseDynamicsTool(model).run(table, motion, List.of(),
                new InverseDynamicsTool.Settings(-1, 0.05, 1.95, List.of("Muscles")), warnings::add);

        assertEquals(List.of("coordinates not in " + motion + " are held at their default values: q2"), warnings);
        assertEquals(List.of("q1_moment", "q2_moment"), result.labels());
        for (int j = 0; j < 2; j++) {
            final int joint = j;
            double error = Motions.maxError(result, j == 0 ? "q1_moment" : "q2_moment",
                    x -> ClosedFormInverseDynamicsTest.doublePendulumTorques(a * Math.sin(w * x), 0.4,
                            a * w * Math.cos(w * x), 0, -a * w * w * Math.sin(w * x), 0)[joint]);
            assertTrue(error < 1e-6, "tau" + (j + 1) + " max error " + error);
        }
    }

    /**
     * child_first.osim lists the elbow (link1 → link2) before the shoulder (ground → link1), then a
     * slider on ground. The loader orders joints as OpenSim 4.x's multibody tree does, by level from
     * Ground and in file order within a level (OpenSim 4.5.2's own Rajagopal ID output shows this
     * order), so the tool's columns are shoulder (q1) and rail (x3) on level 1, then elbow (q2).
     *
     * <p>Held still, the torques are gravity's alone (double pendulum with q̇ = q̈ = 0):
     * τ1 = (m1·c1 + m2·L1)·g·sin q1 + m2·c2·g·sin(q1 + q2), τ2 = m2·c2·g·sin(q1 + q2); the slider is
     * horizontal, so F3 = 0. Distinct values make a swapped column visible.
     */
    @Test
    void jointsListedChildFirstLoadAndOutputFollowsTheTree() {
        double q1 = 0.3;
        double q2 = -0.2;
        double[] t = Motions.times(11, 100);
        Path motion = dir.resolve("still.mot");
        // Columns deliberately in yet another order.
        Motions.write(motion, false, List.of("x3", "q2", "q1"), t, Motions.sample(t, x -> 0.1),
                Motions.sample(t, x -> q2), Motions.sample(t, x -> q1));

        Storage result = Motions.inverseDynamics(Motions.resource("child_first.osim"), motion, null, -1,
                TimeRange.ALL, List.of("Muscles"));

        assertEquals(List.of("q1_moment", "x3_force", "q2_moment"), result.labels());
        double tau2 = 0.8 * 0.25 * G * Math.sin(q1 + q2);
        double tau1 = (1.5 * 0.3 + 0.8 * 0.7) * G * Math.sin(q1) + tau2;
        for (int r = 0; r < result.rowCount(); r++) {
            assertEquals(tau1, result.column("q1_moment")[r], 1e-9, "q1_moment");
            assertEquals(tau2, result.column("q2_moment")[r], 1e-9, "q2_moment");
            assertEquals(0, result.column("x3_force")[r], 1e-9, "x3_force");
        }
    }

    @Test
    void outputLabelsUseMomentOnlyForRotationalCoordinates() {
        double[] t = Motions.times(11, 100);
        Path motion = dir.resolve("custom_still.mot");
        Motions.write(motion, false, List.of("knee_angle", "beta", "r", "r2", "t"), t, new double[11],
                new double[11], new double[11], new double[11], new double[11]);

        Storage result = Motions.inverseDynamics(
                org.neuromsk.engine.model.HandMath.resource("/org/neuromsk/engine/model/custom_joint.osim"), motion,
                null, -1, TimeRange.ALL, List.of("Muscles"));

        // Rotational -> _moment; Coupled and Translational -> _force; tree order.
        assertEquals(List.of("knee_angle_moment", "beta_force", "r_force", "r2_force", "t_force"), result.labels());
        assertEquals(InverseDynamicsTool.OUTPUT_NAME, result.name());
        assertFalse(result.inDegrees());
    }
}

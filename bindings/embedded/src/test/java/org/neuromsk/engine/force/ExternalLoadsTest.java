package org.neuromsk.engine.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.engine.model.HandMath;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.tool.Motions;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * ExternalLoads files on the authored pendulum_loads.osim, through the whole pipeline
 * (EmbeddedBackend → ExternalLoadsLoader → InverseDynamicsTool), against τ = τ_free − Jᵀ·F by hand.
 *
 * <p>The model: rod (m = 2 kg, COM 0.5 m below the pin, I = 0.1 kg·m² about it) pinned about z at the
 * origin, plus a 0.3 kg point mass (the welded "hand") at the tip, L = 1 m below the pin. With q from
 * hanging down, τ_free = J·q̈ + W·g·sin q where J = 0.1 + 2·0.5² + 0.3·1² = 0.9 kg·m² and
 * W = 2·0.5 + 0.3·1 = 1.3 kg·m (see the pendulum derivation in ClosedFormInverseDynamicsTest). An
 * external force F at ground point r contributes the moment (r × F)·z about the pin, and a free
 * torque T contributes T·z, so the tool must report τ = τ_free − (r × F)_z − T_z.
 *
 * <p>grf.mot (authored) holds force 1 = (5 + 2t, 0, 0) N with point (0, −1, 0) m, force 2 =
 * (0, 2, 7) N with point (0, 0, 0), torque (0, 1.5, 0) N·m; linear in t, so the natural cubic
 * spline the loader fits reproduces them exactly. Tolerance 1e-6 N·m as in the closed-form tests.
 */
class ExternalLoadsTest {

    private static final double TOL = 1e-6;
    private static final double A = 0.6;
    private static final double W = Math.PI;
    private static final Path OSIM = resource("pendulum_loads.osim");

    @TempDir
    Path dir;

    static Path resource(String name) {
        return HandMath.resource("/org/neuromsk/engine/force/" + name);
    }

    private static double q(double t) {
        return A * Math.sin(W * t);
    }

    private static double tauFree(double t) {
        return 0.9 * (-A * W * W * Math.sin(W * t)) + 1.3 * Motions.G * Math.sin(q(t));
    }

    private static double fx(double t) {
        return 5 + 2 * t;
    }

    private Storage run(String loads) {
        double[] t = Motions.times(2001, 1000);
        Path motion = dir.resolve("swing.mot");
        Motions.write(motion, false, List.of("q"), t, Motions.sample(t, ExternalLoadsTest::q));
        return Motions.inverseDynamics(OSIM, motion, loads == null ? null : resource(loads), -1,
                new TimeRange(0.05, 1.95), List.of("Muscles"));
    }

    private static void assertTorque(Storage result, DoubleUnaryOperator expected, String what) {
        assertEquals(List.of("q_moment"), result.labels());
        double error = Motions.maxError(result, "q_moment", expected);
        System.out.printf("%s: max error %.3g N·m%n", what, error);
        assertTrue(error < TOL, what + ": max error " + error);
    }

    @Test
    void withoutLoadsTheWeldedHandAddsItsPointMass() {
        assertTorque(run(null), ExternalLoadsTest::tauFree, "no loads");
    }

    /**
     * Tip r = Rz(q)·(0, −1, 0) = (sin q, −cos q, 0) (point given in the rod); F = (Fx, 0, 0) in ground:
     * (r × F)_z = r_x·F_y − r_y·F_x = Fx·cos q.
     */
    @Test
    void forceInGroundAtAPointOfTheBody() {
        assertTorque(run("tip_force_ground.xml"), t -> tauFree(t) - fx(t) * Math.cos(q(t)), "tip force in ground");
    }

    /**
     * Force 1 given in "plate" (Rz(30°) in ground) is F_G = Fx·(cos 30°, sin 30°, 0); it acts at the origin
     * of the hand (point (0, 0, 0) in the hand), i.e. at the tip r = (sin q, −cos q, 0):
     * (r × F_G)_z = Fx·(sin q·sin 30° + cos q·cos 30°) = Fx·cos(q − 30°).
     */
    @Test
    void forceInARotatedBodyFrameOnAWeldedBody() {
        assertTorque(run("hand_force_plate.xml"), t -> tauFree(t) - fx(t) * Math.cos(q(t) - Math.PI / 6),
                "force in rotated frame on welded hand");
    }

    /**
     * Both force and torque are given in plate_x (Rx(90°) in ground). The torque (0, 1.5, 0) becomes
     * Rx(90°)·(0, 1.5, 0) = (0, 0, 1.5) in ground, i.e. about the pin axis; force 2 becomes
     * (0, −7, 2) and, without a point identifier, acts at the rod's origin (the pin), so it has no moment.
     */
    @Test
    void freeTorqueIsExpressedInTheForceFrame() {
        assertTorque(run("torque_rotated.xml"), t -> tauFree(t) - 1.5, "torque in plate_x");
    }

    /** A point given in ground stays at (0, −1, 0) in ground whatever q: (r × F)_z = −(−1)·Fx = Fx. */
    @Test
    void pointExpressedInGround() {
        assertTorque(run("ground_point.xml"), t -> tauFree(t) - fx(t), "point in ground");
    }

    @Test
    void disabledExternalForcesAreNotApplied() {
        Model model = ModelLoader.load(OSIM);
        assertEquals(List.of(), ExternalLoadsLoader.load(resource("disabled.xml"), model));
        assertTorque(run("disabled.xml"), ExternalLoadsTest::tauFree, "disabled loads");
    }

    @Test
    void loaderResolvesFramesAndIdentifiers() {
        Model model = ModelLoader.load(OSIM);
        List<ExternalForce> loads = ExternalLoadsLoader.load(resource("torque_rotated.xml"), model);
        assertEquals(1, loads.size());
        ExternalForce twist = loads.get(0);
        assertEquals("twist", twist.name());
        assertSame(model.frame("rod"), twist.appliedTo());
        assertSame(model.frame("plate_x"), twist.forceFrame());
        assertSame(model.frame("ground"), twist.pointFrame());
        assertNull(twist.point(), "blank point_identifier: no point");
        // force_identifier 1_ground_force_v takes the three 1_ columns, torque_identifier ground_torque_ the torque.
        assertEquals(7, twist.force()[2].value(1.3), 1e-12);
        assertEquals(1.5, twist.torque()[1].value(0.2), 1e-12);
    }

    @Test
    void missingBodyIsNamed() {
        Model model = ModelLoader.load(OSIM);
        Path xml = resource("missing_body.xml");
        FileFormatException e = assertThrows(FileFormatException.class, () -> ExternalLoadsLoader.load(xml, model));
        assertEquals(xml, e.file());
        assertTrue(e.getMessage().contains("ExternalForce 'right'"), e.getMessage());
        assertTrue(e.getMessage().contains("<applied_to_body> names body 'calcn_r'"), e.getMessage());
        assertTrue(e.getMessage().contains("model 'pendulum_loads' does not have"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void missingDatafileIsNamed() {
        Model model = ModelLoader.load(OSIM);
        Path xml = resource("missing_datafile.xml");
        FileFormatException e = assertThrows(FileFormatException.class, () -> ExternalLoadsLoader.load(xml, model));
        assertEquals(xml, e.file());
        assertTrue(e.getMessage().contains("datafile " + xml.resolveSibling("no_such_grf.mot") + " does not exist"),
                e.getMessage());
    }

    @Test
    void identifierMatchingFourColumnsIsRefused() {
        Model model = ModelLoader.load(OSIM);
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> ExternalLoadsLoader.load(resource("four_columns.xml"), model));
        assertEquals(resource("bad_identifiers.mot"), e.file());
        assertTrue(e.getMessage().contains("ExternalForce 'wide': identifier 'ground_force_v' must match exactly 3 "
                + "columns, found 4 [ground_force_vx, ground_force_vy, ground_force_vz, ground_force_vmag]"),
                e.getMessage());
    }

    @Test
    void identifierMatchingTwoColumnsIsRefused() {
        Model model = ModelLoader.load(OSIM);
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> ExternalLoadsLoader.load(resource("two_columns.xml"), model));
        assertEquals(resource("bad_identifiers.mot"), e.file());
        assertTrue(e.getMessage().contains("ExternalForce 'narrow': identifier 'cop_p' must match exactly 3 "
                + "columns, found 2 [cop_px, cop_py]"), e.getMessage());
    }

    @Test
    void loadsThatDoNotCoverTheReportedTimesAreWarnedAbout() {
        // grf.mot spans 0 to 2.5 s. A motion from 0 to 3 s reported whole needs the loads up to 3 s,
        // which OpenSim (and the engine) extrapolate without a word; the user hears of it once.
        double[] t = Motions.times(301, 100);
        Path motion = dir.resolve("long_swing.mot");
        Motions.write(motion, false, List.of("q"), t, Motions.sample(t, ExternalLoadsTest::q));
        List<String> warnings = new ArrayList<>();
        try (MskModel model = new EmbeddedBackend().loadModel(OSIM, warnings::add)) {
            model.inverseDynamics(new InverseDynamicsRequest(StorageReader.read(motion), motion,
                    Optional.of(resource("tip_force_ground.xml")), -1, TimeRange.ALL, List.of("Muscles")));
        }
        List<String> coverage = warnings.stream().filter(w -> w.contains("grf.mot")).toList();
        assertEquals(1, coverage.size(), warnings.toString());
        assertTrue(coverage.get(0).contains("0 to 2.5 s"), coverage.get(0));
        assertTrue(coverage.get(0).contains("0 to 3 s"), coverage.get(0));

        // Reported times inside the data's span: no such warning.
        warnings.clear();
        try (MskModel model = new EmbeddedBackend().loadModel(OSIM, warnings::add)) {
            model.inverseDynamics(new InverseDynamicsRequest(StorageReader.read(motion), motion,
                    Optional.of(resource("tip_force_ground.xml")), -1, new TimeRange(0.5, 2.5), List.of("Muscles")));
        }
        assertTrue(warnings.stream().noneMatch(w -> w.contains("grf.mot")), warnings.toString());
    }

    @Test
    void badLoadsFailTheBackendRunToo() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> run("missing_body.xml"));
        assertTrue(e.getMessage().contains(resource("missing_body.xml").toString()), e.getMessage());
    }
}

package org.neuromsk.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.osim.Actuator;
import org.neuromsk.io.osim.CoordinateActuator;
import org.neuromsk.io.osim.Force;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Static optimisation of the authored pendulum ({@code pendulum_actuators.osim}: pin about z, rod of
 * m = 2 kg with its COM l = 0.6 m below the pin, I_zz = 0.05 kg·m² about the COM, g = 9.80665 m/s²)
 * against closed forms. With q the angle from hanging down, gravity's moment about the pin is
 * −m·g·l·sin q, so holding the rod still needs τ = m·g·l·sin q, and moving it
 * τ = (I + m·l²)·q̈ + m·g·l·sin q.
 */
class StaticOptimizationClosedFormTest {

    private static final double M = 2.0;
    private static final double L = 0.6;
    private static final double I = 0.05;
    private static final double G = 9.80665;
    private static final double Q = 0.5;
    private static final double TAU_STATIC = M * G * L * Math.sin(Q);

    /** Two CoordinateActuators (F1 = 10, F2 = 20): minimum x1² + x2² on F1·x1 + F2·x2 = τ is x_i = F_i·τ/(F1² + F2²). */
    @Test
    void twoCoordinateActuatorsShareInProportionToStrength() {
        StaticOptimization.Result r = run(document(), still());
        assertEquals(List.of("a1", "a2"), r.activations().labels());
        double x1 = 10 * TAU_STATIC / 500;
        double x2 = 20 * TAU_STATIC / 500;
        assertColumn(r.activations(), "a1", x1, 1e-9);
        assertColumn(r.activations(), "a2", x2, 1e-9);
        assertColumn(r.forces(), "a1", 10 * x1, 1e-8);
        assertColumn(r.forces(), "a2", 20 * x2, 1e-8);
        assertEquals(0, r.unsolvedFrames());
    }

    /** With max_control 0.1 on a2 the bound is active: x2 = 0.1 and x1 = (τ − 20·0.1)/10. */
    @Test
    void activeUpperBound() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        actuator(doc, "a2").setMaxControl(0.1);
        StaticOptimization.Result r = run(doc, still());
        assertColumn(r.activations(), "a2", 0.1, 1e-12);
        assertColumn(r.activations(), "a1", (TAU_STATIC - 2.0) / 10, 1e-9);
    }

    /**
     * A TorqueActuator on the rod about Ground's z with axis (0, 0, 2) (normalised) and F_opt = 5 gives
     * 5 N·m per unit control about q: the only actuator, so x = τ/5.
     */
    @Test
    void torqueActuator() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        only(doc, "torque");
        StaticOptimization.Result r = run(doc, still());
        assertColumn(r.activations(), "torque", TAU_STATIC / 5, 1e-9);
    }

    /**
     * A PointActuator at the COM (0, −0.6, 0) of the rod pushing along Ground's x (direction (3, 0, 0)
     * normalised) with F_opt = 50: the point is at (l·sin q, −l·cos q) in Ground, so a force (F, 0) has
     * moment r_x·0 − r_y·F = l·cos q·F about z; x = τ/(50·l·cos q).
     */
    @Test
    void pointActuator() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        only(doc, "push");
        StaticOptimization.Result r = run(doc, still());
        assertColumn(r.activations(), "push", TAU_STATIC / (50 * L * Math.cos(Q)), 1e-9);
    }

    /**
     * q = 0.5 + 0.3·sin(2πt) sampled at 1 kHz, unfiltered: the target accelerations come from a quintic
     * spline through spline speeds, accurate to about 1e-7 rad/s² away from the ends (the
     * InverseDynamicsTool tests' bound for the same splines); 1e-5 is allowed on x in [0.1, 1.9] s.
     */
    @Test
    void movingPendulumFollowsEquationOfMotion() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        only(doc, "a1");
        double a = 0.3;
        double w = 2 * Math.PI;
        int rows = 2001;
        double[] t = new double[rows];
        double[] q = new double[rows];
        for (int k = 0; k < rows; k++) {
            t[k] = k / 1000.0;
            q[k] = Q + a * Math.sin(w * t[k]);
        }
        Storage motion = Storage.of("motion", false, List.of("q"), t, new double[][] {q});
        Model model = ModelLoader.fromDocument(doc);
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, motion, null, -1, m -> { });
        StaticOptimization.Result r = new StaticOptimization(model, ActuatorLoader.load(doc.root(), model), List.of())
                .run(states, new StaticOptimization.Settings(2, true, 1, 0.1, 1.9), m -> { });
        double worst = 0;
        for (int k = 0; k < r.activations().rowCount(); k++) {
            double time = r.activations().time(k);
            double angle = Q + a * Math.sin(w * time);
            double qdd = -a * w * w * Math.sin(w * time);
            double tau = (I + M * L * L) * qdd + M * G * L * Math.sin(angle);
            worst = Math.max(worst, Math.abs(r.activations().column("a1")[k] - tau / 10));
        }
        assertEquals(1801, r.activations().rowCount());
        assertTrue(worst < 1e-5, "max |x - tau/10| = " + worst);
    }

    /**
     * Columns that are other states (a speed, an activation) are skipped; a bare label that is no coordinate
     * of the model (a typo) is refused, as inverse dynamics refuses it, instead of leaving q at 0.
     */
    @Test
    void stateColumnsAreSkippedAndUnknownCoordinatesRefused() {
        Model model = ModelLoader.fromDocument(document());
        Storage still = still();
        double[] zero = new double[still.rowCount()];
        Storage withStates = Storage.of("states", false, List.of("q", "/jointset/pin/q/speed",
                "/forceset/a1/activation"), still.time(), new double[][] {still.column("q"), zero, zero});
        List<String> notes = new ArrayList<>();
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, withStates, null, -1, notes::add);
        assertEquals(Q, states.positions(0)[0], 0.0);
        assertTrue(notes.isEmpty(), notes.toString());
        Storage typo = Storage.of("typo", false, List.of("qq"), still.time(), new double[][] {still.column("q")});
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> AnalyzeStates.fromCoordinates(model, typo, Path.of("typo.mot"), -1, m -> { }));
        assertTrue(e.getMessage().contains("typo.mot") && e.getMessage().contains("name no coordinate of the model: qq"),
                e.getMessage());
    }

    /** A step interval of 7 keeps the first and last visited rows and every row whose index is a multiple of 7. */
    @Test
    void stepInterval() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        Model model = ModelLoader.fromDocument(doc);
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, still(), null, -1, m -> { });
        StaticOptimization.Result r = new StaticOptimization(model, ActuatorLoader.load(doc.root(), model), List.of())
                .run(states, new StaticOptimization.Settings(2, true, 7, 0.05, 0.5), m -> { });
        // rows 5..50 at 100 Hz: 5, 7, 14, 21, 28, 35, 42, 49, 50
        assertEquals(9, r.activations().rowCount());
        assertEquals(0.05, r.activations().time(0), 1e-12);
        assertEquals(0.07, r.activations().time(1), 1e-12);
        assertEquals(0.5, r.activations().endTime(), 1e-12);
    }

    @Test
    void noActuatorIsOverConstrained() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        only(doc, "none");
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> run(doc, still()));
        assertTrue(e.getMessage().contains("over-constrained"), e.getMessage());
    }

    @Test
    void coordinateActuatorOnUnknownCoordinate() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        ((CoordinateActuator) actuator(doc, "a1")).setCoordinate("knee");
        Model model = ModelLoader.fromDocument(doc);
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> ActuatorLoader.load(doc.root(), model));
        assertTrue(e.getMessage().contains("'a1'") && e.getMessage().contains("'knee'"), e.getMessage());
    }

    /** Controls within the bounds cannot give τ when a1 and a2 are capped at 0.01: reported, not thrown. */
    @Test
    void tooWeakModelIsReportedPerFrame() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = document();
        actuator(doc, "a1").setMaxControl(0.01);
        actuator(doc, "a2").setMaxControl(0.01);
        java.util.List<String> warnings = new java.util.ArrayList<>();
        Model model = ModelLoader.fromDocument(doc);
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, still(), null, -1, m -> { });
        StaticOptimization.Result r = new StaticOptimization(model, ActuatorLoader.load(doc.root(), model), List.of())
                .run(states, new StaticOptimization.Settings(2, true, 1, 0, 0.02), warnings::add);
        assertEquals(3, r.unsolvedFrames());
        assertTrue(warnings.get(0).contains("coordinate q")
                && warnings.get(0).contains("a1 (upper 0.01)"), warnings.get(0));
        assertColumn(r.activations(), "a1", 0.01, 0);
    }

    private static StaticOptimization.Result run(OsimDocument<org.neuromsk.io.osim.Model> doc, Storage motion) {
        Model model = ModelLoader.fromDocument(doc);
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, motion, null, -1, m -> { });
        return new StaticOptimization(model, ActuatorLoader.load(doc.root(), model), List.of())
                .run(states, new StaticOptimization.Settings(2, true, 1, 0, 1), m -> { });
    }

    /** The rod held at q = 0.5 rad for 1 s at 100 Hz. */
    private static Storage still() {
        int rows = 101;
        double[] t = new double[rows];
        double[] q = new double[rows];
        for (int k = 0; k < rows; k++) {
            t[k] = k / 100.0;
            q[k] = Q;
        }
        return Storage.of("still", false, List.of("q"), t, new double[][] {q});
    }

    static OsimDocument<org.neuromsk.io.osim.Model> document() {
        try {
            Path file = Path.of(StaticOptimizationClosedFormTest.class.getResource("pendulum_actuators.osim").toURI());
            return OpenSimXml.readModel(file);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Actuator actuator(OsimDocument<org.neuromsk.io.osim.Model> doc, String name) {
        return doc.root().actuators().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** Enables only the named actuator. */
    private static void only(OsimDocument<org.neuromsk.io.osim.Model> doc, String name) {
        for (Force f : doc.root().forces()) {
            f.setAppliesForceFlag(f.name().equals(name));
        }
    }

    private static void assertColumn(Storage table, String label, double expected, double tolerance) {
        double[] v = table.column(label);
        for (int r = 0; r < v.length; r++) {
            assertEquals(expected, v[r], tolerance, label + " at row " + r);
        }
    }
}

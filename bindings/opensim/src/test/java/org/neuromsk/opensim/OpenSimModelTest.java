package org.neuromsk.opensim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MotionType;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleForceRequest;
import org.neuromsk.backend.MuscleForces;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * The adapter's logic against the fake bindings: calls, unit handling, column matching, tool plumbing
 * and error translation. The fake's physics is linear (see the fake Muscle and tools), so every
 * expected number below is worked out by hand from the model file.
 */
class OpenSimModelTest {

    private static final double EPS = 1e-12;

    /**
     * Tree order shoulder, elbow, slide (the coordinate set lists them differently). Fields of a coordinate:
     * motion type | joint | range min | range max | default | locked | clamped | fake ID gain. Fields of a
     * muscle: type | F0 (N) | optimal fibre (m) | tendon slack (m) | pennation (rad) | vmax | L0 (m).
     * Path length L = L0 - sum(r q) with the arms listed.
     */
    static final List<String> ARM = List.of("name=fakearm", "coordinates=shoulder,elbow,slide",
            "coordinateSetOrder=elbow,slide,shoulder",
            "coordinate.shoulder=Rotational|j_shoulder|-1.5|3.0|0.1|false|false|2.0",
            "coordinate.elbow=Rotational|j_elbow|0|2.5|0.2|false|true|3.0",
            "coordinate.slide=Translational|j_slide|-0.1|0.1|0.05|true|false|5.0",
            "joints=j_shoulder,j_elbow,j_slide", "joint.j_shoulder=ground|humerus|shoulder",
            "joint.j_elbow=humerus|forearm|elbow", "joint.j_slide=ground|sled|slide", "muscles=flexor,extensor",
            "muscle.flexor=Thelen2003Muscle|1000|0.1|0.2|0.0|10|0.35", "muscle.flexor.arms=elbow:0.02",
            "muscle.flexor.points=humerus,forearm",
            "muscle.extensor=Millard2012EquilibriumMuscle|800|0.12|0.15|0.1|10|0.3",
            "muscle.extensor.arms=shoulder:-0.01,elbow:-0.015", "muscle.extensor.points=ground,ground,humerus,forearm");

    @TempDir
    static Path install;

    @TempDir
    Path dir;

    static MskBackend backend;

    final List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void loadFakeOpenSim() throws IOException {
        FakeInstall.sdk(install, null);
        backend = new OpenSimBackendProvider(OpenSimSearch.inHome(install)).create();
    }

    private MskModel arm() throws IOException {
        return backend.loadModel(FakeInstall.model(dir.resolve("fakearm.osim"), ARM), warnings::add);
    }

    /** Motion q_shoulder = 0.1 + t, q_elbow = 0.5 + 2t (rad) at t = 0, 0.1, ..., 0.5 s; the elbow by state path. */
    private static Storage linearMotion() {
        double[] t = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
        double[][] q = new double[2][t.length];
        for (int r = 0; r < t.length; r++) {
            q[0][r] = 0.1 + t[r];
            q[1][r] = 0.5 + 2 * t[r];
        }
        return Storage.of("motion", false, List.of("shoulder", "/jointset/j_elbow/elbow/value"), t, q);
    }

    @Test
    void coordinatesInTreeOrderWithTheirProperties() throws IOException {
        try (MskModel m = arm()) {
            assertEquals("fakearm", m.name());
            assertEquals("opensim", m.backendName());
            List<CoordinateInfo> c = m.coordinates();
            assertEquals(List.of("shoulder", "elbow", "slide"), c.stream().map(CoordinateInfo::name).toList());
            assertEquals(new CoordinateInfo("shoulder", "j_shoulder", MotionType.ROTATIONAL, -1.5, 3.0, 0.1, false, false),
                    c.get(0));
            assertTrue(c.get(1).clamped());
            assertEquals(new CoordinateInfo("slide", "j_slide", MotionType.TRANSLATIONAL, -0.1, 0.1, 0.05, true, false),
                    c.get(2));
        }
    }

    @Test
    void musclesWithParametersAndSpannedCoordinates() throws IOException {
        try (MskModel m = arm()) {
            MuscleInfo flexor = m.muscles().get(0);
            assertEquals("flexor", flexor.name());
            assertEquals("Thelen2003Muscle", flexor.type());
            assertEquals(new MuscleParameters(1000, 0.1, 0.2, 0.0, 10), flexor.parameters());
            // points on humerus and forearm: only the elbow joint lies between them
            assertEquals(List.of("elbow"), flexor.coordinates());
            // ground -> humerus -> forearm: shoulder and elbow joints, never the slide (ground -> sled)
            assertEquals(List.of("shoulder", "elbow"), m.muscles().get(1).coordinates());
            assertEquals(new MuscleParameters(800, 0.12, 0.15, 0.1, 10), m.muscleParameters("extensor"));
            assertThrows(NeuroMskException.class, () -> m.muscleParameters("biceps"));
        }
    }

    @Test
    void parametersChangeOnACloneAndAreWrittenOut() throws IOException {
        try (MskModel m = arm()) {
            MuscleParameters stronger = m.muscleParameters("flexor").withMaxIsometricForce(2000)
                    .withTendonSlackLength(0.25);
            try (MskModel copy = m.withMuscleParameters(Map.of("flexor", stronger))) {
                assertEquals(stronger, copy.muscleParameters("flexor"));
                assertEquals(1000, m.muscleParameters("flexor").maxIsometricForce(), "the original is unchanged");
                Path out = dir.resolve("out/stronger.osim");
                copy.writeModel(out);
                try (MskModel again = backend.loadModel(out, warnings::add)) {
                    assertEquals(stronger, again.muscleParameters("flexor"));
                }
            }
            NeuroMskException e = assertThrows(NeuroMskException.class,
                    () -> m.withMuscleParameters(Map.of("biceps", stronger)));
            assertEquals("model 'fakearm' has no muscle 'biceps'", e.getMessage());
        }
    }

    @Test
    void inverseDynamicsRunsOpenSimsToolOnTheMotion() throws IOException {
        // degrees; the elbow column labelled by state path; the slide missing (held at its default 0.05 m)
        double[] t = {0, 0.1, 0.2, 0.3};
        double[][] q = {{0, 10, 20, 30}, {90, 80, 70, 60}};
        Storage motion = Storage.of("q", true, List.of("shoulder", "/jointset/j_elbow/elbow/value"), t, q);
        try (MskModel m = arm()) {
            Storage id = m.inverseDynamics(new InverseDynamicsRequest(motion, Path.of("q.mot"), Optional.empty(), 6.0,
                    new TimeRange(0.1, 0.2), List.of("Muscles")));
            assertEquals(List.of("shoulder_moment", "elbow_moment", "slide_force"), id.labels());
            assertArrayEquals(new double[] {0.1, 0.2}, id.time(), EPS);
            // fake tool: tau = gain * q (rad): 2 * 10 deg, 3 * 80 deg, 5 * 0.05 m
            assertEquals(2 * Math.toRadians(10), id.value(0, 0), 1e-12);
            assertEquals(3 * Math.toRadians(80), id.value(0, 1), 1e-12);
            assertEquals(0.25, id.value(0, 2), 1e-12);
            assertEquals(List.of("coordinates not in q.mot are held at their default values: slide"), warnings);
            Path loads = Files.writeString(dir.resolve("grf.xml"), "<ExternalLoads/>");
            Storage withLoads = m.inverseDynamics(new InverseDynamicsRequest(motion, null, Optional.of(loads), -1,
                    TimeRange.ALL, List.of("Muscles")));
            assertEquals(4, withLoads.rowCount());
            assertEquals(100 + 2 * Math.toRadians(30), withLoads.value(3, 0), 1e-12);
            NeuroMskException e = assertThrows(NeuroMskException.class, () -> m.inverseDynamics(
                    new InverseDynamicsRequest(motion, null, Optional.of(dir.resolve("none.xml")), -1, TimeRange.ALL,
                            List.of())));
            assertEquals(dir.resolve("none.xml") + ": no such file", e.getMessage());
        }
    }

    @Test
    void muscleGeometryPerFrame() throws IOException {
        try (MskModel m = arm()) {
            MuscleGeometry g = m.muscleGeometry(MuscleGeometryRequest.of(linearMotion()));
            Storage len = g.lengths();
            assertEquals(List.of("flexor", "extensor"), len.labels());
            assertEquals(6, len.rowCount());
            for (int r = 0; r < 6; r++) {
                double t = len.time(r);
                double qs = 0.1 + t;
                double qe = 0.5 + 2 * t;
                assertEquals(0.35 - 0.02 * qe, len.value(r, 0), EPS); // L0 - r q
                assertEquals(0.3 + 0.01 * qs + 0.015 * qe, len.value(r, 1), EPS);
                // speeds from the spline's slopes (1 and 2 rad/s): -(0.02 * 2) and 0.01 * 1 + 0.015 * 2
                assertEquals(-0.04, g.lengtheningSpeeds().value(r, 0), 1e-12);
                assertEquals(0.04, g.lengtheningSpeeds().value(r, 1), 1e-12);
            }
            assertEquals(0.0, g.momentArms().get("shoulder").value(2, 0), 0.0);
            assertEquals(-0.01, g.momentArms().get("shoulder").value(2, 1), 0.0);
            assertEquals(0.02, g.momentArms().get("elbow").value(2, 0), 0.0);
            assertEquals(-0.015, g.momentArms().get("elbow").value(2, 1), 0.0);
            assertEquals(0.0, g.momentArms().get("slide").value(2, 1), 0.0);
            assertEquals(List.of("coordinates not in the motion are held at their default values: slide"), warnings);
        }
    }

    @Test
    void filteredMotionUsesOpenSimsFilterAndKeepsTheMotionsTimes() throws IOException {
        try (MskModel m = arm()) {
            // the fake lowpassIIR halves every value and pad() adds 3 rows each side that must not be reported
            MuscleGeometry g = m.muscleGeometry(new MuscleGeometryRequest(linearMotion(), null, 6.0,
                    new TimeRange(0.2, 0.35)));
            assertArrayEquals(new double[] {0.2, 0.3}, g.lengths().time(), 1e-12);
            assertEquals(0.35 - 0.02 * 0.5 * (0.5 + 2 * 0.2), g.lengths().value(0, 0), 1e-12);
        }
    }

    @Test
    void muscleForcesAtEquilibrium() throws IOException {
        Storage activation = Storage.of("a", false, List.of("flexor"), new double[] {0, 0.5},
                new double[][] {{0.2, 0.7}});
        try (MskModel m = arm()) {
            MuscleForces f = m.muscleForces(new MuscleForceRequest(linearMotion(), activation));
            // t = 0.1 s: q_s = 0.2, q_e = 0.7 rad. Flexor: a = 0.2 + 0.5 * (0.1 / 0.5) = 0.3; L = 0.35 - 0.02 * 0.7
            // = 0.336; fibre = L - 0.2 = 0.136; active = 0.3 * 1000 = 300; passive = 1000 * (0.136 / 0.1 - 1) = 360.
            assertEquals(0.136, f.fiberLength().value(1, 0), 1e-12);
            assertEquals(300, f.activeFiberForce().value(1, 0), 1e-9);
            assertEquals(360, f.passiveFiberForce().value(1, 0), 1e-9);
            assertEquals(660, f.tendonForce().value(1, 0), 1e-9);
            // Extensor keeps its default activation 0.05: active 40 N; L = 0.3 + 0.002 + 0.0105 = 0.3125,
            // fibre 0.1625, passive = 800 * (0.1625 / 0.12 - 1) = 283.33 N.
            assertEquals(40, f.activeFiberForce().value(1, 1), 1e-9);
            assertEquals(800 * (0.1625 / 0.12 - 1), f.passiveFiberForce().value(1, 1), 1e-9);
            NeuroMskException e = assertThrows(NeuroMskException.class, () -> m.muscleForces(new MuscleForceRequest(
                    linearMotion(), Storage.of("a", false, List.of("biceps"), new double[] {0}, new double[][] {{1}}))));
            assertTrue(e.getMessage().contains("has no muscle biceps"), e.getMessage());
        }
    }

    @Test
    void forwardGivesTheControlsBeforeTheModel() throws IOException {
        Path controls = Files.writeString(dir.resolve("controls.xml"), "<ControlSet/>");
        try (MskModel m = arm()) {
            ForwardResult r = m.forward(new ForwardRequest(controls, Optional.empty(), Optional.empty(), 0, 1, 1e-5,
                    true));
            // the fake tool applies 0.25 only if the controls file was set before setModel, as OpenSim needs
            assertEquals(List.of("flexor", "extensor"), r.controls().labels());
            assertEquals(0.25, r.controls().value(5, 0), 0.0);
            assertEquals(11, r.states().rowCount());
            assertEquals(0.05, r.states().column("/jointset/j_slide/slide/value")[10], 0.0);
            assertEquals(0.25, r.states().column("/forceset/extensor/activation")[0], 0.0);
        }
    }

    @Test
    void forwardPutsForceSetFilesIntoTheModelCopyAndReportsTheEndOnly() throws IOException {
        Path controls = Files.writeString(dir.resolve("controls.xml"), "<ControlSet/>");
        Path reserves = Files.writeString(dir.resolve("reserves.xml"), "<ForceSet/>");
        try (MskModel m = arm()) {
            List<Double> times = new java.util.ArrayList<>();
            ForwardRequest plain = new ForwardRequest(controls, Optional.empty(), Optional.empty(), 0, 1, 1e-5, true);
            ForwardResult added = m.forward(plain.withForceSetFiles(List.of(reserves), false), times::add);
            assertEquals(List.of("flexor", "extensor", "reserves"), added.controls().labels());
            assertEquals(0.5, added.controls().value(3, 2), 0.0);
            // OpenSim's ForwardTool cannot report steps: one report, at the end
            assertEquals(List.of(1.0), times);
            ForwardResult replaced = m.forward(plain.withForceSetFiles(List.of(reserves), true));
            assertEquals(List.of("reserves"), replaced.controls().labels());
            NeuroMskException e = assertThrows(NeuroMskException.class, () -> m.forward(
                    plain.withForceSetFiles(List.of(dir.resolve("none.xml")), false)));
            assertTrue(e.getMessage().contains("none.xml"), e.getMessage());
        }
    }

    @Test
    void modelsOpenSimCannotLoad() throws IOException {
        NeuroMskException missing = assertThrows(NeuroMskException.class,
                () -> backend.loadModel(dir.resolve("none.osim"), warnings::add));
        assertEquals(dir.resolve("none.osim") + ": no such model file", missing.getMessage());
        Path broken = FakeInstall.model(dir.resolve("broken.osim"), List.of("broken=Thelen2099Muscle"));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> backend.loadModel(broken, warnings::add));
        assertEquals(broken.toAbsolutePath() + ": OpenSim cannot load the model: Object::newInstanceOfType(): No object "
                + "of type 'Thelen2099Muscle' is registered. Check the file.", e.getMessage());
    }

    @Test
    void coupledCoordinatesFollowAssembly() throws IOException {
        List<String> coupled = List.of("name=knee", "coordinates=flex,beta",
                "coordinate.flex=Rotational|j_knee|0|2|0|false|false|1",
                "coordinate.beta=Rotational|j_patella|0|2|0|false|false|1", "joints=j_knee,j_patella",
                "joint.j_knee=femur|tibia|flex", "joint.j_patella=femur|patella|beta", "muscles=quad",
                "muscle.quad=Millard2012EquilibriumMuscle|3000|0.1|0.2|0|10|0.4", "muscle.quad.arms=beta:0.04",
                "muscle.quad.points=femur,patella", "coupler=beta:flex:0.5");
        Path file = FakeInstall.model(dir.resolve("knee.osim"), coupled);
        Storage motion = Storage.of("q", false, List.of("flex"), new double[] {0, 1, 2, 3, 4, 5},
                new double[][] {{0, 0.2, 0.4, 0.6, 0.8, 1.0}});
        try (MskModel m = backend.loadModel(file, warnings::add)) {
            MuscleGeometry g = m.muscleGeometry(MuscleGeometryRequest.of(motion));
            // assembly sets beta = 0.5 flex, so L = 0.4 - 0.04 * 0.5 * flex; the arm about flex is 0.5 * 0.04
            assertEquals(0.4 - 0.04 * 0.5 * 0.6, g.lengths().value(3, 0), EPS);
            assertEquals(0.02, g.momentArms().get("flex").value(3, 0), EPS);
            assertTrue(warnings.isEmpty(), "a dependent coordinate is not 'missing': " + warnings);
            assertEquals(List.of("beta"), m.muscles().get(0).coordinates());
        }
    }

    @Test
    void pathsWithoutPointsSpanWhatTheirMomentArmsSay() throws IOException {
        List<String> lines = new ArrayList<>(ARM);
        lines.set(lines.indexOf("muscle.flexor=Thelen2003Muscle|1000|0.1|0.2|0.0|10|0.35"),
                "muscle.flexor=Thelen2003Muscle|1000|0.1|0.2|0.0|10|0.35|function");
        try (MskModel m = backend.loadModel(FakeInstall.model(dir.resolve("fn.osim"), lines), warnings::add)) {
            assertEquals(List.of("elbow"), m.muscles().get(0).coordinates());
        }
    }

    @Test
    void aClosedModelSaysSo() throws IOException {
        MskModel m = arm();
        m.close();
        m.close();
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> m.muscleGeometry(
                MuscleGeometryRequest.of(linearMotion())));
        assertEquals("model 'fakearm' was closed", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}

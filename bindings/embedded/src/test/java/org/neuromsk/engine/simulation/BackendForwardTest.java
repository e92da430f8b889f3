package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.simulation.Fixtures.G;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.Capability;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.MskModel;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

/**
 * Forward simulation through the backend interface, with files as a user gives them: controls
 * table, initial states table and external loads.
 */
class BackendForwardTest {

    @TempDir
    Path dir;

    /**
     * The pendulum of pendulum.osim (m = 2 kg, COM l = 0.6 m below the pin) with a constant ground
     * force F = (5, 0, 0) N at its COM. At angle q the COM is at l·(sin q, −cos q), so F's moment
     * about z is l·cos q·F_x and gravity's −m·g·l·sin q: it is in equilibrium at tan q* = F_x/(m·g).
     * Started at rest at q*, it must stay there (the integrator at accuracy 1e-8 lets it drift by
     * far less than 1e-7 rad).
     */
    @Test
    void externalLoadsInitialStatesAndControlsFilesReachTheSimulation() throws Exception {
        Path loads = pushLoads(2);
        double qStar = Math.atan(5 / (2 * G));
        Path states = dir.resolve("start.sto");
        StorageWriter.write(Storage.of("states", false, List.of("/jointset/pin/q/value"), new double[] {0},
                new double[][] {{qStar}}), states);
        Path controls = zeroTorque();
        EmbeddedBackend backend = new EmbeddedBackend();
        assertTrue(backend.hasCapability(Capability.FORWARD_SIMULATION));
        try (MskModel m = backend.loadModel(Fixtures.resource("pendulum.osim"), w -> { })) {
            ForwardResult r = m.forward(new ForwardRequest(controls, Optional.of(states), Optional.of(loads), 0, 1,
                    1e-8, true));
            double[] q = r.states().column("/jointset/pin/q/value");
            for (double v : q) {
                assertEquals(qStar, v, 1e-7);
            }
            assertEquals(List.of("tau"), r.controls().labels());
            assertEquals(1.0, r.states().endTime());
        }
    }

    /**
     * Loads whose data end before the simulation does are extrapolated (as OpenSim does); the user is
     * told once, naming the file and both spans, as inverse dynamics and static optimisation tell it.
     */
    @Test
    void externalLoadsThatDoNotCoverTheSimulationAreWarnedAbout() throws Exception {
        Path controls = zeroTorque();
        List<String> warnings = new ArrayList<>();
        try (MskModel m = new EmbeddedBackend().loadModel(Fixtures.resource("pendulum.osim"), warnings::add)) {
            m.forward(new ForwardRequest(controls, Optional.empty(), Optional.of(pushLoads(0.5)), 0, 1, 1e-5, false));
        }
        List<String> coverage = warnings.stream().filter(w -> w.contains("push.mot")).toList();
        assertEquals(1, coverage.size(), warnings.toString());
        assertTrue(coverage.get(0).contains("0 to 0.5 s") && coverage.get(0).contains("0 to 1 s"), coverage.get(0));

        warnings.clear();
        try (MskModel m = new EmbeddedBackend().loadModel(Fixtures.resource("pendulum.osim"), warnings::add)) {
            m.forward(new ForwardRequest(controls, Optional.empty(), Optional.of(pushLoads(2)), 0, 1, 1e-5, false));
        }
        assertTrue(warnings.stream().noneMatch(w -> w.contains("push.mot")), warnings.toString());
    }

    private Path zeroTorque() {
        Path controls = dir.resolve("controls.sto");
        StorageWriter.write(Storage.of("controls", false, List.of("tau"), new double[] {0, 1},
                new double[][] {{0, 0}}), controls);
        return controls;
    }

    /** A constant ground force (5, 0, 0) N at the rod's COM, its data from 0 to {@code end} s. */
    private Path pushLoads(double end) throws IOException {
        Path mot = dir.resolve("push.mot");
        StorageWriter.write(Storage.of("push", false, List.of("f_vx", "f_vy", "f_vz", "f_px", "f_py", "f_pz"),
                new double[] {0, end}, new double[][] {{5, 5}, {0, 0}, {0, 0}, {0, 0}, {-0.6, -0.6}, {0, 0}}), mot);
        return Files.writeString(dir.resolve("push.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                \t<ExternalLoads name="push">
                \t\t<objects>
                \t\t\t<ExternalForce name="push">
                \t\t\t\t<applied_to_body>rod</applied_to_body>
                \t\t\t\t<force_expressed_in_body>ground</force_expressed_in_body>
                \t\t\t\t<point_expressed_in_body>rod</point_expressed_in_body>
                \t\t\t\t<force_identifier>f_v</force_identifier>
                \t\t\t\t<point_identifier>f_p</point_identifier>
                \t\t\t</ExternalForce>
                \t\t</objects>
                \t\t<datafile>push.mot</datafile>
                \t</ExternalLoads>
                </OpenSimDocument>
                """);
    }

    @Test
    void controlsForAnotherModelAreRefusedThroughTheBackend() throws Exception {
        Path controls = dir.resolve("controls.sto");
        StorageWriter.write(Storage.of("controls", false, List.of("BIClong"), new double[] {0, 1},
                new double[][] {{0, 0}}), controls);
        try (MskModel m = new EmbeddedBackend().loadModel(Fixtures.resource("pendulum.osim"), w -> { })) {
            NeuroMskException e = org.junit.jupiter.api.Assertions.assertThrows(NeuroMskException.class,
                    () -> m.forward(new ForwardRequest(controls, Optional.empty(), Optional.empty(), 0, 1, 1e-5,
                            true)));
            assertTrue(e.getMessage().contains("'BIClong'") && e.getMessage().contains("tau"), e.getMessage());
        }
    }

    /**
     * The listener hears every accepted step: times start after the initial time, never decrease, and
     * the last is exactly the end time (the recorded table ends there too).
     */
    @Test
    void progressListenerHearsMonotoneTimesEndingAtTheEnd() throws Exception {
        Path controls = dir.resolve("controls.sto");
        StorageWriter.write(Storage.of("controls", false, List.of("tau"), new double[] {0, 2},
                new double[][] {{0.5, 0.5}}), controls);
        List<Double> times = new java.util.ArrayList<>();
        try (MskModel m = new EmbeddedBackend().loadModel(Fixtures.resource("pendulum.osim"), w -> { })) {
            ForwardResult r = m.forward(new ForwardRequest(controls, Optional.empty(), Optional.empty(), 0.25, 1.3,
                    1e-7, true), times::add);
            assertTrue(times.size() > 5, "steps reported: " + times.size());
            assertTrue(times.get(0) > 0.25, "first report " + times.get(0));
            for (int i = 1; i < times.size(); i++) {
                assertTrue(times.get(i) >= times.get(i - 1), "time went back at report " + i + ": " + times);
            }
            assertEquals(1.3, times.get(times.size() - 1), 0.0);
            // one report per recorded row after the initial one
            assertEquals(r.states().rowCount() - 1, times.size());
        }
    }

    /**
     * A force set file adds a reserve (CoordinateActuator on q, optimal force 20 N·m). With control c
     * it holds the pendulum still at q0 where 20·c = m·g·l·sin q0 (m = 2 kg, l = 0.6 m), so
     * c = 2·g·0.6·sin(0.4)/20. Without the file the pendulum falls from q0 (checked, so the hold is the
     * reserve's doing). With replace_force_set the model's own actuator is gone: controls naming it are
     * refused.
     */
    @Test
    void forceSetFilesAddOrReplaceActuators() throws Exception {
        Path reserves = Files.writeString(dir.resolve("reserves.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                	<ForceSet name="reserves">
                		<objects>
                			<CoordinateActuator name="q_reserve">
                				<coordinate>q</coordinate>
                				<optimal_force>20</optimal_force>
                			</CoordinateActuator>
                		</objects>
                		<groups />
                	</ForceSet>
                </OpenSimDocument>
                """);
        double q0 = 0.4;
        double c = 2 * G * 0.6 * Math.sin(q0) / 20;
        Path states = dir.resolve("start.sto");
        StorageWriter.write(Storage.of("states", false, List.of("/jointset/pin/q/value"), new double[] {0},
                new double[][] {{q0}}), states);
        Path both = dir.resolve("both.sto");
        StorageWriter.write(Storage.of("controls", false, List.of("tau", "q_reserve"), new double[] {0, 1},
                new double[][] {{0, 0}, {c, c}}), both);
        Path reserveOnly = dir.resolve("reserve.sto");
        StorageWriter.write(Storage.of("controls", false, List.of("q_reserve"), new double[] {0, 1},
                new double[][] {{c, c}}), reserveOnly);
        Path tauOnly = dir.resolve("tau.sto");
        StorageWriter.write(Storage.of("controls", false, List.of("tau"), new double[] {0, 1},
                new double[][] {{0, 0}}), tauOnly);
        try (MskModel m = new EmbeddedBackend().loadModel(Fixtures.resource("pendulum.osim"), w -> { })) {
            ForwardRequest base = new ForwardRequest(both, Optional.of(states), Optional.empty(), 0, 0.5, 1e-8, true);
            ForwardResult held = m.forward(base.withForceSetFiles(List.of(reserves), false));
            assertEquals(List.of("tau", "q_reserve"), held.controls().labels());
            for (double v : held.states().column("/jointset/pin/q/value")) {
                assertEquals(q0, v, 1e-7);
            }
            ForwardResult replaced = m.forward(new ForwardRequest(reserveOnly, Optional.of(states), Optional.empty(), 0,
                    0.5, 1e-8, true).withForceSetFiles(List.of(reserves), true));
            assertEquals(List.of("q_reserve"), replaced.controls().labels());
            double[] q = replaced.states().column("/jointset/pin/q/value");
            assertEquals(q0, q[q.length - 1], 1e-7);
            // the model itself is unchanged: without the file the pendulum falls from q0
            ForwardResult fallen = m.forward(new ForwardRequest(tauOnly, Optional.of(states), Optional.empty(), 0,
                    0.5, 1e-8, true));
            double[] qf = fallen.states().column("/jointset/pin/q/value");
            assertTrue(qf[qf.length - 1] < q0 - 0.05, "fell to " + qf[qf.length - 1]);
            NeuroMskException e = org.junit.jupiter.api.Assertions.assertThrows(NeuroMskException.class,
                    () -> m.forward(new ForwardRequest(tauOnly, Optional.of(states), Optional.empty(), 0, 0.5, 1e-8,
                            true).withForceSetFiles(List.of(reserves), true)));
            assertTrue(e.getMessage().contains("'tau'"), e.getMessage());
        }
    }
}

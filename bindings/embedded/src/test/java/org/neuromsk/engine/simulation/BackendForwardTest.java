package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.simulation.Fixtures.G;

import java.nio.file.Files;
import java.nio.file.Path;
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
        Path mot = dir.resolve("push.mot");
        StorageWriter.write(Storage.of("push", false, List.of("f_vx", "f_vy", "f_vz", "f_px", "f_py", "f_pz"),
                new double[] {0, 2}, new double[][] {{5, 5}, {0, 0}, {0, 0}, {0, 0}, {-0.6, -0.6}, {0, 0}}), mot);
        Path loads = Files.writeString(dir.resolve("push.xml"), """
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
        double qStar = Math.atan(5 / (2 * G));
        Path states = dir.resolve("start.sto");
        StorageWriter.write(Storage.of("states", false, List.of("/jointset/pin/q/value"), new double[] {0},
                new double[][] {{qStar}}), states);
        Path controls = dir.resolve("controls.sto");
        StorageWriter.write(Storage.of("controls", false, List.of("tau"), new double[] {0, 1},
                new double[][] {{0, 0}}), controls);
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
}

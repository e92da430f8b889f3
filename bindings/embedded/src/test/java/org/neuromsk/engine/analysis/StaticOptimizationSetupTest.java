package org.neuromsk.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.control.ControlLinear;
import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.xml.OpenSimXml;

/**
 * AnalyzeTool setups with a StaticOptimization on the authored pendulum (see
 * {@link StaticOptimizationClosedFormTest}: holding it at q = 0.5 rad needs τ = m·g·l·sin q with
 * m = 2 kg, l = 0.6 m): paths relative to the setup, force set files, output files, refusals.
 */
class StaticOptimizationSetupTest {

    private static final double TAU = 2.0 * 9.80665 * 0.6 * Math.sin(0.5);

    @TempDir
    Path dir;

    /**
     * The model's a1 (F = 10) and a2 (F = 20) plus a reserve r (F = 5) from force_set_files (added because
     * replace_force_set is false; OpenSim's default is true): x_i = F_i·τ/(10² + 20² + 5²).
     */
    @Test
    void forceSetFilesAddReservesAndResultsAreWritten() throws IOException {
        Path setup = setup("""
                <replace_force_set>false</replace_force_set>
                <force_set_files>reserves.xml</force_set_files>""", "");
        Files.writeString(dir.resolve("reserves.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                  <ForceSet name="reserves">
                    <objects>
                      <CoordinateActuator name="r"><coordinate>q</coordinate><optimal_force>5</optimal_force></CoordinateActuator>
                    </objects>
                  </ForceSet>
                </OpenSimDocument>
                """);
        StaticOptimizationSetup s = StaticOptimizationSetup.read(setup, Optional.empty());
        assertEquals("pend_SO", s.prefix());
        assertEquals(dir.resolve("out"), s.resultsFolder());
        StaticOptimizationSetup.Output o = s.run(m -> { });
        assertEquals(List.of(dir.resolve("out/pend_SO_activation.sto"), dir.resolve("out/pend_SO_force.sto"),
                dir.resolve("out/pend_SO_controls.xml")), o.files());
        Storage act = StorageReader.read(o.files().get(0));
        assertEquals(List.of("a1", "a2", "r"), act.labels());
        assertEquals(10 * TAU / 525, act.column("a1")[3], 1e-8, "written with 8 decimals");
        assertEquals(5 * TAU / 525, act.column("r")[3], 1e-8);
        Storage force = StorageReader.read(o.files().get(1));
        assertEquals(5 * 5 * TAU / 525, force.column("r")[3], 1e-8);
        ControlSet controls = OpenSimXml.readControlSet(o.files().get(2)).root();
        ControlLinear a2 = controls.find("a2").orElseThrow();
        assertEquals(act.rowCount(), a2.xNodes().size());
        assertEquals(20 * TAU / 525, a2.values()[0], 1e-12, "controls keep full precision");
        assertEquals(o.result().activations().time(0), a2.times()[0], 0.0);
    }

    /** replace_force_set absent (OpenSim's default, true): only the reserve remains, x = τ/5. */
    @Test
    void replaceForceSet() throws IOException {
        Path setup = setup("<force_set_files>reserves.xml</force_set_files>", "");
        Files.writeString(dir.resolve("reserves.xml"), """
                <OpenSimDocument Version="40000"><ForceSet name="reserves"><objects>
                <CoordinateActuator name="r"><coordinate>q</coordinate><optimal_force>5</optimal_force></CoordinateActuator>
                </objects></ForceSet></OpenSimDocument>
                """);
        StaticOptimizationSetup.Output o = StaticOptimizationSetup.read(setup, Optional.of(dir.resolve("elsewhere")))
                .run(m -> { });
        assertEquals(List.of("r"), o.result().activations().labels());
        assertEquals(TAU / 5, o.result().activations().column("r")[0], 1e-9);
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/pend_SO_activation.sto")));
    }

    /** use_model_force_set false: one unit actuator per coordinate, q_actuator, so x = τ. */
    @Test
    void modelForceSetOff() throws IOException {
        Path setup = setup("", "<use_model_force_set>false</use_model_force_set>");
        StaticOptimizationSetup.Output o = StaticOptimizationSetup.read(setup, Optional.empty()).run(m -> { });
        assertEquals(List.of("q_actuator", "a1", "a2"), o.result().activations().labels());
        assertEquals(TAU * 1 / 501, o.result().activations().column("q_actuator")[0], 1e-9,
                "F = 1, 10, 20: x_i = F_i·τ/501");
    }

    @Test
    void statesFileIsRefused() throws IOException {
        Path setup = setup("<states_file>states.sto</states_file>", "");
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> StaticOptimizationSetup.read(setup, Optional.empty()));
        assertTrue(e.getMessage().contains("states_file"), e.getMessage());
    }

    @Test
    void missingForceSetFileIsRefused() throws IOException {
        Path setup = setup("<force_set_files>nothere.xml</force_set_files>", "");
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> StaticOptimizationSetup.read(setup, Optional.empty()));
        assertTrue(e.getMessage().contains("nothere.xml"), e.getMessage());
    }

    @Test
    void setupWithoutStaticOptimizationIsRefused() throws IOException {
        Path setup = setup("", "<on>false</on>");
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> StaticOptimizationSetup.read(setup, Optional.empty()));
        assertTrue(e.getMessage().contains("no StaticOptimization that is on"), e.getMessage());
    }

    /** A passive force the engine cannot evaluate would change the answer if dropped: refused by name. */
    @Test
    void enabledUnknownForceIsRefused() throws IOException {
        Path setup = setup("", "");
        String model = Files.readString(dir.resolve("pendulum.osim")).replace("<objects>\n\t\t\t\t<CoordinateActuator",
                "<objects>\n\t\t\t\t<SpringGeneralizedForce name=\"spring\"><coordinate>q</coordinate>"
                        + "<stiffness>3</stiffness></SpringGeneralizedForce>\n\t\t\t\t<CoordinateActuator");
        Files.writeString(dir.resolve("pendulum.osim"), model);
        StaticOptimizationSetup s = StaticOptimizationSetup.read(setup, Optional.empty());
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> s.run(m -> { }));
        assertTrue(e.getMessage().contains("spring (SpringGeneralizedForce)"), e.getMessage());
    }

    /** Loads recorded from 0.5 s on, for an analysis from 0 to 0.5 s: extrapolated as in OpenSim, and said so. */
    @Test
    void externalLoadsThatDoNotCoverTheMotionAreWarnedAbout() throws IOException {
        Path setup = setup("<external_loads_file>loads.xml</external_loads_file>", "");
        Files.writeString(dir.resolve("loads.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                  <ExternalLoads name="loads">
                    <objects>
                      <ExternalForce name="push">
                        <applied_to_body>rod</applied_to_body>
                        <force_expressed_in_body>ground</force_expressed_in_body>
                        <point_expressed_in_body>rod</point_expressed_in_body>
                        <force_identifier>f_v</force_identifier>
                        <point_identifier></point_identifier>
                        <torque_identifier></torque_identifier>
                      </ExternalForce>
                    </objects>
                    <groups />
                    <datafile>late.mot</datafile>
                  </ExternalLoads>
                </OpenSimDocument>
                """);
        StorageWriter.write(Storage.of("late", false, List.of("f_vx", "f_vy", "f_vz"), new double[] {0.5, 0.75, 1},
                new double[][] {new double[3], new double[3], new double[3]}), dir.resolve("late.mot"));
        List<String> warnings = new java.util.ArrayList<>();
        StaticOptimizationSetup.read(setup, Optional.empty()).run(warnings::add);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("late.mot") && w.contains("0.5 to 1 s")
                && w.contains("0 to 0.5 s")), warnings.toString());
    }

    /**
     * Writes pendulum.osim, a still motion (q = 0.5 rad, 100 Hz, 1 s) and an AnalyzeTool setup named
     * "pend" whose StaticOptimization is named "SO", results in "out".
     */
    private Path setup(String toolExtra, String analysisExtra) throws IOException {
        try {
            Files.copy(Path.of(getClass().getResource("pendulum_actuators.osim").toURI()), dir.resolve("pendulum.osim"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        double[] t = new double[101];
        double[] q = new double[101];
        for (int k = 0; k < t.length; k++) {
            t[k] = k / 100.0;
            q[k] = 0.5;
        }
        StorageWriter.write(Storage.of("still", false, List.of("q"), t, new double[][] {q}), dir.resolve("still.mot"));
        Path setup = dir.resolve("setup.xml");
        Files.writeString(setup, """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSimDocument Version="20302">
                  <AnalyzeTool name="pend">
                    <model_file>pendulum.osim</model_file>
                    %s
                    <results_directory>out</results_directory>
                    <initial_time>0</initial_time>
                    <final_time>0.5</final_time>
                    <AnalysisSet name="Analyses"><objects>
                      <StaticOptimization name="SO">
                        %s
                        <activation_exponent>2</activation_exponent>
                      </StaticOptimization>
                    </objects><groups/></AnalysisSet>
                    <coordinates_file>still.mot</coordinates_file>
                    <lowpass_cutoff_frequency_for_coordinates>-1</lowpass_cutoff_frequency_for_coordinates>
                  </AnalyzeTool>
                </OpenSimDocument>
                """.formatted(toolExtra, analysisExtra));
        return setup;
    }
}

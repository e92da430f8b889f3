package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;

import picocli.CommandLine;

/**
 * Reserve actuators from a ForceSet file, through {@code run-tool} (ForwardTool {@code force_set_files})
 * and {@code neuromsk forward --actuators}. The model is a pendulum (pin about z, 2 kg, COM 0.6 m below
 * the pin); the file adds a CoordinateActuator on its angle with optimal force 20 N·m. With control
 * c = m·g·l·sin(q0)/20 the reserve balances gravity at q0 = 0.4 rad, so the pendulum stays there
 * (without the reserve it would fall by far more than the 1e-6 rad allowed).
 */
class ForwardActuatorsTest {

    private static final double G = 9.80665;
    private static final double Q0 = 0.4;

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("pendulum.osim"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                \t<Model name="pendulum">
                \t\t<Ground name="ground" />
                \t\t<gravity>0 -9.80665 0</gravity>
                \t\t<BodySet name="bodyset"><objects>
                \t\t\t<Body name="rod"><mass>2</mass><mass_center>0 -0.6 0</mass_center>
                \t\t\t<inertia>0.03 0.01 0.05 0 0 0</inertia></Body>
                \t\t</objects><groups /></BodySet>
                \t\t<JointSet name="jointset"><objects>
                \t\t\t<PinJoint name="pin"><socket_parent_frame>/ground</socket_parent_frame>
                \t\t\t<socket_child_frame>/bodyset/rod</socket_child_frame>
                \t\t\t<coordinates><Coordinate name="q"></Coordinate></coordinates></PinJoint>
                \t\t</objects><groups /></JointSet>
                \t\t<ForceSet name="forceset"><objects /><groups /></ForceSet>
                \t</Model>
                </OpenSimDocument>
                """);
        Files.writeString(dir.resolve("reserves.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                \t<ForceSet name="reserves"><objects>
                \t\t<CoordinateActuator name="q_reserve"><coordinate>q</coordinate>
                \t\t<optimal_force>20</optimal_force></CoordinateActuator>
                \t</objects><groups /></ForceSet>
                </OpenSimDocument>
                """);
        double c = 2 * G * 0.6 * Math.sin(Q0) / 20;
        StorageWriter.write(Storage.of("controls", false, List.of("q_reserve"), new double[] {0, 1},
                new double[][] {{c, c}}), dir.resolve("controls.sto"));
        StorageWriter.write(Storage.of("states", false, List.of("/jointset/pin/q/value"), new double[] {0},
                new double[][] {{Q0}}), dir.resolve("start.sto"));
    }

    private String setup(String forceSetFiles) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSimDocument Version="40000">
                \t<ForwardTool name="held">
                \t\t<model_file>pendulum.osim</model_file>
                \t\t<replace_force_set>false</replace_force_set>
                \t\t<force_set_files>%s</force_set_files>
                \t\t<results_directory>results</results_directory>
                \t\t<initial_time>0</initial_time>
                \t\t<final_time>0.5</final_time>
                \t\t<integrator_error_tolerance>1e-8</integrator_error_tolerance>
                \t\t<ControllerSet name="Controllers"><objects>
                \t\t\t<ControlSetController name="c"><controls_file>controls.sto</controls_file></ControlSetController>
                \t\t</objects><groups /></ControllerSet>
                \t\t<states_file>start.sto</states_file>
                \t</ForwardTool>
                </OpenSimDocument>
                """.formatted(forceSetFiles);
    }

    @Test
    void runToolAppliesForceSetFiles() throws IOException {
        Path setupFile = Files.writeString(dir.resolve("setup.xml"), setup("reserves.xml"));
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RunToolCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute(setupFile.toString()), err.toString());
        assertHeld(StorageReader.read(dir.resolve("results/held_states.sto")));
        assertEquals(List.of("q_reserve"), StorageReader.read(dir.resolve("results/held_controls.sto")).labels());
    }

    @Test
    void runToolNamesAMissingForceSetFile() throws IOException {
        Path setupFile = Files.writeString(dir.resolve("setup.xml"), setup("missing_reserves.xml"));
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RunToolCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertNotEquals(0, cli.execute(setupFile.toString()));
        assertTrue(err.toString().contains("missing_reserves.xml"), err.toString());
    }

    @Test
    void forwardTakesActuatorFiles() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ForwardCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--model", dir.resolve("pendulum.osim").toString(), "--controls",
                dir.resolve("controls.sto").toString(), "--initial-states", dir.resolve("start.sto").toString(),
                "--actuators", dir.resolve("reserves.xml").toString(), "--accuracy", "1e-8", "--start", "0", "--end",
                "0.5", "--out", dir.resolve("out").toString(), "--name", "held", "--no-progress");
        assertEquals(0, code, err.toString());
        assertHeld(StorageReader.read(dir.resolve("out/held_states.sto")));
    }

    private static void assertHeld(Storage states) {
        assertEquals(0.5, states.endTime());
        for (double q : states.column("/jointset/pin/q/value")) {
            assertEquals(Q0, q, 1e-6);
        }
    }
}

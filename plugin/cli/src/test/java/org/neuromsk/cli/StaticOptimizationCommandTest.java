package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.tool.AnalyzeTool;
import org.neuromsk.io.xml.OpenSimXml;

import picocli.CommandLine;

/**
 * {@code static-optimization} and the run-tool entry {@link StaticOptimizationCommand#runSetup} on arm26.
 * Run directly through picocli (the command is registered in {@link NeuroMsk} by the lead). OpenSim 4.5.2's
 * activations are within 0.005 of ours at every frame (see the validation suite for the RMS numbers).
 */
class StaticOptimizationCommandTest {

    private static final String ARM26 = "opensim-4.5.2/arm26/";

    @TempDir
    Path dir;

    @Test
    void commandWritesTheThreeFilesMatchingOpenSim() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new StaticOptimizationCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--model", TestData.require(ARM26 + "arm26.osim").toString(), "--coordinates",
                TestData.require(ARM26 + "arm26_InverseKinematics.mot").toString(), "--lowpass", "6", "--start", "0",
                "--end", "1", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("wrote 3 files") && out.toString().contains("6 actuators x 121 frames"),
                out.toString());
        Storage ours = StorageReader.read(dir.resolve("arm26_StaticOptimization_activation.sto"));
        Storage ref = StorageReader.read(TestData.require(ARM26 + "so/expected/arm26_StaticOptimization_activation.sto"));
        for (String m : ref.labels()) {
            for (int r = 0; r < ref.rowCount(); r++) {
                assertEquals(ref.column(m)[r], ours.column(m)[r], 0.005, m + " row " + r);
            }
        }
        assertTrue(Files.isRegularFile(dir.resolve("arm26_StaticOptimization_force.sto")));
        assertTrue(Files.isRegularFile(dir.resolve("arm26_StaticOptimization_controls.xml")));
    }

    @Test
    void exponentAtMostOneIsAnError() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new StaticOptimizationCommand());
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("neuromsk: " + ex.getMessage());
            return NeuroMsk.EXIT_ERROR;
        });
        int code = cl.execute("--model", TestData.require(ARM26 + "arm26.osim").toString(), "--coordinates",
                TestData.require(ARM26 + "arm26_InverseKinematics.mot").toString(), "--exponent", "1", "--out",
                dir.toString());
        assertEquals(NeuroMsk.EXIT_ERROR, code);
        assertTrue(err.toString().contains("exponent"), err.toString());
    }

    /** The setup copied next to its inputs, results redirected: what run-tool does with --results-dir. */
    @Test
    void runSetupRunsTheArm26Setup() throws IOException {
        for (String f : List.of("arm26.osim", "arm26_InverseKinematics.mot", "arm26_Setup_StaticOptimization.xml")) {
            Files.copy(TestData.require(ARM26 + f), dir.resolve(f));
        }
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new StaticOptimizationCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = StaticOptimizationCommand.runSetup(
                OpenSimXml.readTool(dir.resolve("arm26_Setup_StaticOptimization.xml"), AnalyzeTool.class),
                Optional.of(dir.resolve("res")), cl);
        cl.getOut().flush();
        assertEquals(0, code);
        assertTrue(out.toString().contains("6 actuators x 121 frames"), out.toString());
        assertTrue(Files.isRegularFile(dir.resolve("res/arm26_StaticOptimization_controls.xml")));
    }
}

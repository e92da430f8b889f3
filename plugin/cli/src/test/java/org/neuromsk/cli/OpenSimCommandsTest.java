package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.opensim.OpenSimBackendProvider;

/** The opensim backend from the command line: without a usable OpenSim, one line and exit code 1. */
class OpenSimCommandsTest {

    private static final String ARM26 = "opensim-4.5.2/arm26/";

    @TempDir
    Path dir;

    private static boolean openSimHere() {
        return new OpenSimBackendProvider().availability().available();
    }

    /** @return the only "neuromsk: " error line, checking there is exactly one */
    private static String oneErrorLine(CliRun run) {
        assertEquals(1, run.exitCode(), run.err());
        java.util.List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("neuromsk: "), run.err());
        return lines.get(0);
    }

    @Test
    void backendOpenSimWithABrokenHomeIsOneLine() {
        CliRun run = CliRun.of("id", "--backend", "opensim", "--opensim-home", dir.toString(), "--model", "m.osim",
                "--coordinates", "q.mot", "--out", dir.resolve("o.sto").toString());
        String line = oneErrorLine(run);
        assertTrue(line.startsWith("neuromsk: backend 'opensim' is not available: OpenSim home " + dir
                + " (from --opensim-home) has neither org-opensim-modeling.jar"), line);
    }

    @Test
    void backendOpenSimWithoutOpenSimIsOneLine() {
        Assumptions.assumeFalse(openSimHere(), "OpenSim is installed on this machine");
        CliRun run = CliRun.of("muscle-analysis", "--backend", "opensim", "--model", "m.osim", "--coordinates", "q.mot",
                "--out", dir.toString());
        String line = oneErrorLine(run);
        assertTrue(line.startsWith("neuromsk: backend 'opensim' is not available: "), line);
    }

    @Test
    void autoFallsBackToTheEmbeddedEngine() {
        Path out = dir.resolve("id.sto");
        CliRun run = CliRun.of("id", "--backend", "auto", "--opensim-home", dir.resolve("nowhere").toString(),
                "--model", TestData.require(ARM26 + "arm26.osim").toString(), "--coordinates",
                TestData.require(ARM26 + "arm26_InverseKinematics.mot").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("neuromsk: backend embedded ("), run.err());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void doctorReportsEachItemOnOneLine() {
        CliRun run = CliRun.of("doctor", "--opensim-home", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Java:     " + System.getProperty("java.version")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("DJL/PyTorch engine: ")), out);
        if (DoctorCommand.djl().startsWith("not used yet")) {
            assertTrue(out.contains("DJL/PyTorch engine: not used yet (ai.djl is not on the class path)"), out);
        }
        assertTrue(out.contains("OpenSim:  not found: OpenSim home " + dir + " (from --opensim-home) has neither"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("Data:     ") && l.contains("(from ")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("Backend:  embedded") && l.contains("available")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("Backend:  opensim") && l.contains("unavailable")), out);
    }

    @Test
    void doctorWithoutOptions() {
        CliRun run = CliRun.of("doctor");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("OpenSim:  ")
                && (l.contains("not found") || l.contains("found: OpenSim ") || l.contains("found but unusable"))),
                run.out());
    }

    @Test
    void compareBackendsNeedsOpenSim() {
        CliRun run = CliRun.of("compare-backends", "--opensim-home", dir.toString(), "--model", "m.osim",
                "--coordinates", "q.mot", "--out", dir.resolve("cmp").toString());
        String line = oneErrorLine(run);
        assertTrue(line.startsWith("neuromsk: compare-backends needs OpenSim: OpenSim home " + dir), line);
        assertFalse(Files.exists(dir.resolve("cmp")), "nothing written");
    }

    @Test
    void forwardControlsNeedAnEnd() {
        CliRun run = CliRun.of("compare-backends", "--model", "m.osim", "--coordinates", "q.mot", "--out",
                dir.toString(), "--forward-controls", "c.xml");
        assertEquals("neuromsk: --forward-controls and --end go together", oneErrorLine(run));
    }

    @Test
    void helpListsTheNewCommands() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("doctor") && run.out().contains("compare-backends"), run.out());
        CliRun id = CliRun.of("id", "--help");
        assertTrue(id.out().contains("embedded|opensim|auto") && id.out().contains("--opensim-home"), id.out());
    }
}

package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

import picocli.CommandLine;

/**
 * {@code neuromsk forward} on arm26 (run through the command class itself, since registering it in
 * the top-level command is the lead's). The simulation's accuracy is checked by the validation suite;
 * here: the files, their names and columns, and the degrees conversion.
 */
class ForwardCommandTest {

    private static final String ARM26 = "opensim-4.5.2/arm26/";

    @TempDir
    Path dir;

    @Test
    void writesStatesDegreesAndControlsAsForwardToolDoes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ForwardCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--model", TestData.require(ARM26 + "arm26.osim").toString(), "--controls",
                TestData.require(ARM26 + "so/expected/arm26_StaticOptimization_controls.xml").toString(), "--start",
                "0", "--end", "0.2", "--out", dir.toString(), "--name", "run", "--legacy-names");
        assertEquals(0, code, err.toString());
        Storage states = StorageReader.read(dir.resolve("run_states.sto"));
        Storage degrees = StorageReader.read(dir.resolve("run_states_degrees.mot"));
        Storage controls = StorageReader.read(dir.resolve("run_controls.sto"));
        assertEquals(List.of("r_shoulder_elev", "r_elbow_flex", "r_shoulder_elev_u", "r_elbow_flex_u",
                "TRIlong.activation", "TRIlong.fiber_length"), states.labels().subList(0, 6));
        assertEquals(List.of("TRIlong", "TRIlat", "TRImed", "BIClong", "BICshort", "BRA"), controls.labels());
        assertEquals(0.2, states.endTime());
        assertTrue(degrees.inDegrees() && !states.inDegrees());
        int last = states.rowCount() - 1;
        // Values are printed with 8 decimals; degrees = radians·180/π for angles and angular speeds only.
        assertEquals(states.value(last, 1) * 180 / Math.PI, degrees.value(last, 1), 1e-6 * 180 / Math.PI);
        assertEquals(states.value(last, 3) * 180 / Math.PI, degrees.value(last, 3), 1e-6 * 180 / Math.PI);
        assertEquals(states.value(last, 5), degrees.value(last, 5), "fibre lengths are not converted");
        assertTrue(out.toString().contains("run_states.sto"), out.toString());
    }
}

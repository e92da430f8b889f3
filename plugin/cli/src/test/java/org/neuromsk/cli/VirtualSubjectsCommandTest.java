package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

import picocli.CommandLine;

/**
 * {@code neuromsk virtual-subjects} (run through the command class itself, since registering it in
 * the top-level command is the lead's). The generator's consistency is tested in neuromsk-virtual;
 * here: options, the folder layout and the printed summary.
 */
class VirtualSubjectsCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneSubjectOneLoadOneTrial() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new VirtualSubjectsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--subjects", "1", "--seed", "3", "--loads", "2", "--trials", "1", "--threads", "1",
                "--co-contraction", "per-muscle", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        Path folder = dir.resolve("subject01").resolve("2kg");
        for (String f : List.of("true_model.osim", "nominal_model.osim", "true_parameters.json",
                "trial01_coordinates.sto", "trial01_id.sto",
                "trial01_excitations.sto", "trial01_activations.sto", "trial01_states.sto",
                "trial01_muscle_forces.sto", "trial01_envelopes.sto")) {
            assertTrue(Files.isRegularFile(folder.resolve(f)), f);
        }
        assertFalse(Files.exists(dir.resolve("subject01").resolve("0kg")), "only the requested load");
        Storage envelopes = StorageReader.read(folder.resolve("trial01_envelopes.sto"));
        assertEquals(List.of("BIClong", "BICshort", "BRD", "TRIlong", "TRIlat"), envelopes.labels());
        String truth = Files.readString(folder.resolve("true_parameters.json"));
        assertTrue(truth.contains("\"phase\": \"per-muscle\""), "the option reaches the truth file");
        String printed = out.toString();
        assertTrue(printed.contains("subject01 2kg: 1 trial(s) written"), printed);
        assertTrue(printed.contains("replay max |angle error|"), printed);
        assertTrue(printed.contains("virtual_subjects.json"), printed);
    }

    @Test
    void refusesAnImpossibleRequestWithAMessage() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new VirtualSubjectsCommand());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute("--subjects", "0", "--seed", "3", "--out", dir.toString());
        assertNotEquals(0, code);
        // a huge count used to run out of memory while drawing the subjects, with a stack trace
        StringWriter huge = new StringWriter();
        code = NeuroMsk.execute(new PrintWriter(new StringWriter()), new PrintWriter(huge), "virtual-subjects",
                "--subjects", "2147483647", "--seed", "3", "--out", dir.resolve("huge").toString());
        assertEquals(1, code, huge.toString());
        assertEquals("neuromsk: subjects must be 1 to 999, got 2147483647", huge.toString().strip());
        assertFalse(Files.exists(dir.resolve("huge")));
        StringWriter mode = new StringWriter();
        code = NeuroMsk.execute(new PrintWriter(new StringWriter()), new PrintWriter(mode), "virtual-subjects",
                "--subjects", "1", "--seed", "3", "--co-contraction", "PER_MUSCLE", "--out", dir.resolve("mode").toString());
        assertEquals(1, code, mode.toString());
        assertEquals("neuromsk: --co-contraction must be shared or per-muscle, got 'PER_MUSCLE'", mode.toString().strip());
        assertFalse(Files.exists(dir.resolve("mode")));
    }

    @Test
    void aBadModelIsNamedByItsOwnPathNotATemporaryCopy() throws Exception {
        // the model used to be checked from a copy in the temporary folder, whose name the messages gave
        Path broken = Files.writeString(dir.resolve("broken.osim"),
                "<?xml version=\"1.0\"?>\n<OpenSimDocument Version=\"40000\">\n<Model name=\"m\">\n");
        CliRun r = CliRun.of("virtual-subjects", "--model", broken.toString(), "--subjects", "1", "--seed", "3",
                "--out", dir.resolve("out").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.errorLine().startsWith("neuromsk: " + broken + ":"), r.err());
        assertTrue(r.errorLine().contains("malformed XML"), r.err());

        Path folder = Files.createDirectory(dir.resolve("folder.osim"));
        r = CliRun.of("virtual-subjects", "--model", folder.toString(), "--subjects", "1", "--seed", "3",
                "--out", dir.resolve("out").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("neuromsk: " + folder + ": is a folder, expected the elbow model (.osim)", r.errorLine());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    @Timeout(120)
    void loadsTheElbowCannotHoldAreRefusedBeforeAnySubject() throws Exception {
        // the bound: the flexors' largest summed maximum isometric moment over the load's largest moment per kg,
        // g·L with L = 0.2689 + 0.068098 = 0.336998 m from the elbow to the grip (models-osim/elbow.osim);
        // 1e9 kg used to be simulated, and a refused load used to leave OUT/elbow.osim behind
        Path huge = dir.resolve("huge");
        CliRun r = CliRun.of("virtual-subjects", "--subjects", "1", "--seed", "3", "--loads", "2,1e9", "--trials", "1",
                "--threads", "1", "--no-verify", "--out", huge.toString());
        assertEquals(1, r.exitCode(), r.err());
        String line = r.err().strip();
        assertTrue(line.matches("neuromsk: loads: 1000000000 kg is more than the elbow model "
                + Pattern.quote("models-osim/elbow.osim (bundled)") + " can hold: at most [0-9.]+ kg, "
                + "the flexors' largest summed maximum isometric moment [0-9.]+ N·m \\(at [0-9]+°\\) over the load's "
                + "largest moment per kg, g·0.337 m = 3.305 N·m/kg"), line);
        assertFalse(Files.exists(huge), "nothing written, not even the base model");
        for (String bad : List.of("-1", "NaN", "Infinity")) {
            CliRun b = CliRun.of("virtual-subjects", "--subjects", "1", "--seed", "3", "--loads", bad, "--out",
                    dir.resolve("bad").toString());
            assertEquals(1, b.exitCode(), b.err());
            assertEquals("neuromsk: loads must be one or more finite masses >= 0 kg, got [" + Double.parseDouble(bad)
                    + "]", b.err().strip());
        }
        assertFalse(Files.exists(dir.resolve("bad")));
    }
}

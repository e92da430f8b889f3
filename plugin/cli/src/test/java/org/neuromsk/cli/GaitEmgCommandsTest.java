package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

import picocli.CommandLine;

/**
 * {@code train}, {@code predict}, {@code evaluate} and {@code gait-emg} on the CEINMS-RT walks (short
 * trainings), and their one-line errors for bad input.
 */
class GaitEmgCommandsTest {

    private static final String WALK36 = "ceinms-rt-lowerlimb/data/walk36";

    @TempDir
    Path dir;

    /** Runs like {@link NeuroMsk#execute}, with these commands added if the entry point does not list them yet. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new NeuroMsk());
        for (Object c : List.of(new TrainCommand(), new PredictCommand(), new EvaluateCommand(), new GaitEmgCommand())) {
            String name = c.getClass().getAnnotation(CommandLine.Command.class).name();
            if (!cl.getSubcommands().containsKey(name)) {
                cl.addSubcommand(c);
            }
        }
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("neuromsk: " + ex.getMessage().replace('\n', ' '));
            return NeuroMsk.EXIT_ERROR;
        });
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private Path copyOfWalk36() throws IOException {
        Path src = TestData.require(WALK36);
        Path copy = Files.createDirectories(dir.resolve("walk36"));
        for (String f : List.of("ik.sto", "id.sto", "emgFilt.sto", "XLD.mot")) {
            Files.copy(src.resolve(f), copy.resolve(f));
        }
        return copy;
    }

    @Test
    void trainPredictEvaluate() throws IOException {
        Path data = TestData.require(WALK36);
        Path exp = dir.resolve("baseline.json");
        Files.writeString(exp, "{\"type\": \"gait-emg-baseline\", \"train\": [\"" + data.toString().replace("\\", "/")
                + "\"], \"muscles\": [\"TA\", \"SOL\"], \"seed\": 3,"
                + " \"model\": {\"members\": 1, \"training\": {\"maxEpochs\": 3}}}");
        CliRun train = run("train", exp.toString());
        assertEquals(0, train.exitCode(), train.err());
        Path model = dir.resolve("baseline-model");
        // 3 → 142 → 100 → 2: 4·142 + 143·100 + 101·2 = 568 + 14,300 + 202
        assertTrue(train.out().contains("15,070 parameters"), train.out());
        assertTrue(Files.exists(model.resolve("gait-emg.json")) && Files.exists(model.resolve("member-1/model.json")));

        Path emg = dir.resolve("emg.sto");
        CliRun predict = run("predict", model.toString(), "--coordinates", data.resolve("ik.sto").toString(),
                "--out", emg.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        Storage estimated = StorageReader.read(emg);
        assertEquals(List.of("tib_ant_r", "soleus_r"), estimated.labels());
        assertEquals(StorageReader.read(data.resolve("ik.sto")).rowCount(), estimated.rowCount());

        CliRun evaluate = run("evaluate", "--estimated", emg.toString(), "--trial", data.toString());
        assertEquals(0, evaluate.exitCode(), evaluate.err());
        List<String> lines = evaluate.out().lines().toList();
        assertTrue(lines.get(0).contains("gait cycles"), evaluate.out());
        assertTrue(lines.get(2).startsWith("TA") && lines.get(3).startsWith("SOL"), evaluate.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("mean"), evaluate.out());
    }

    @Test
    void nanInTheEmgIsOneLineNamingTheFile() throws IOException {
        Path trial = copyOfWalk36();
        Path emg = trial.resolve("emgFilt.sto");
        List<String> lines = new ArrayList<>(Files.readAllLines(emg));
        lines.set(100, lines.get(100).replaceFirst("\\s+[0-9.]+", "\tNaN"));
        Files.write(emg, lines);
        CliRun r = run("gait-emg", "--train", trial.toString(), "--test", trial.toString(), "--out",
                dir.resolve("report").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.errorLine().startsWith("neuromsk: " + emg + ":101:"), r.err());
        assertFalse(Files.exists(dir.resolve("report")));
    }

    @Test
    void aDeadEmgChannelIsOneLineNamingTheFileAndMuscle() throws IOException {
        Path trial = copyOfWalk36();
        Path emg = trial.resolve("emgFilt.sto");
        List<String> lines = new ArrayList<>(Files.readAllLines(emg));
        int header = lines.indexOf("endheader") + 2;
        int column = List.of(lines.get(header - 1).trim().split("\\s+")).indexOf("tib_ant_r");
        for (int i = header; i < lines.size(); i++) {
            String[] values = lines.get(i).trim().split("\\s+");
            values[column] = "0.02";
            lines.set(i, String.join("\t", values));
        }
        Files.write(emg, lines);
        CliRun r = run("gait-emg", "--train", trial.toString(), "--test", trial.toString(), "--out",
                dir.resolve("report").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.errorLine().startsWith("neuromsk: " + emg + ": EMG of tib_ant_r has a flat mean gait cycle"),
                r.err());
        assertFalse(Files.exists(dir.resolve("report")));
    }

    @Test
    void aTimeBaseThatDoesNotMatchIsOneLineNamingTheFile() throws IOException {
        Path trial = copyOfWalk36();
        Path emg = trial.resolve("emgFilt.sto");
        List<String> lines = Files.readAllLines(emg);
        // keep the header and the first 1000 rows (0–9.99 s) of a 61-s trial
        int header = lines.indexOf("endheader") + 2;
        Files.write(emg, lines.subList(0, header + 1000));
        Files.writeString(emg, Files.readString(emg).replace("nRows=6097", "nRows=1000"));
        CliRun r = run("gait-emg", "--train", trial.toString(), "--test", trial.toString(), "--out",
                dir.resolve("report").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.errorLine().startsWith("neuromsk: " + emg + ": time base does not match"), r.err());
    }

    @Test
    void aMappedMuscleMissingFromTheEmgIsOneLineNamingTheFile() throws IOException {
        Path data = TestData.require(WALK36);
        Path mapping = dir.resolve("muscles.txt");
        Files.writeString(mapping, "TA tib_ant_r\nGMAX glut_max1_r\n");
        CliRun r = run("gait-emg", "--train", data.toString(), "--test", data.toString(), "--mapping",
                mapping.toString(), "--out", dir.resolve("report").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.errorLine().startsWith("neuromsk: " + data.resolve("emgFilt.sto") + ": no EMG column for muscle"
                + " 'glut_max1_r'"), r.err());
    }
    /**
     * A report folder that cannot be written is refused before the trial folders are read (these do not
     * exist), not after minutes of training, when the table would have been lost.
     */
    @Test
    void anUnwritableReportFolderIsRefusedBeforeTraining() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "not a folder");
        for (Path out : new Path[] {file.resolve("report"), Path.of("/proc/neuromsk-gait-emg-test")}) {
            CliRun r = run("gait-emg", "--train", dir.resolve("no-such-walk").toString(), "--test",
                    dir.resolve("no-such-walk").toString(), "--out", out.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.errorLine().startsWith("neuromsk: " + out + ": cannot write: "), r.err());
        }
        assertEquals("not a folder", Files.readString(file));
    }
}

package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.estimator.imu.selection.SettingsCandidate;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.TestData;

import picocli.CommandLine;

/** {@code neuromsk imu-emg} end to end with one epoch (the numbers are the validation suite's business). */
class ImuEmgCommandTest {

    private static final String DATA = "ceinms-rt-lowerlimb/";

    @TempDir
    Path out;

    @Test
    void trainsTestsAndPrintsTheTableLast() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = trainAndTest(stdout, stderr, "walk36", "walk45", "3", "--settings", "{}");
        assertEquals(0, code, stderr.toString());
        List<String> lines = stdout.toString().lines().toList();
        // settings line, title, then header, 9 muscles, mean: the last 11 lines
        assertEquals(1 + 1 + 11, lines.size(), stdout.toString());
        assertEquals("settings: given with --settings {}", lines.get(0));
        lines = lines.subList(1, lines.size());
        // --settings skips the selection
        assertFalse(stderr.toString().contains("selection"), stderr.toString());
        assertFalse(Files.exists(out.resolve("selection.csv")));
        assertTrue(lines.get(1).startsWith("muscle") && lines.get(1).contains("wavenet") && lines.get(1).contains("mlp"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("soleus_r"), lines.get(2));
        assertTrue(lines.get(lines.size() - 1).startsWith("mean"), lines.get(lines.size() - 1));
        for (String file : List.of("metrics.csv", "envelopes.png", "metrics.png", "estimates_wavenet.sto",
                "estimates_mlp.sto", "models/wavenet/model.json", "models/mlp/model.json", "imu/walk45_imu.sto")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        Storage estimates = StorageReader.read(out.resolve("estimates_wavenet.sto"));
        assertEquals(9, estimates.columnCount());
        // the report shows the printed table's numbers and the figures
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("<title>IMU → EMG: trained on walk36, tested on walk45</title>"), page);
        assertTrue(page.contains("Settings: given with --settings {}."), page);
        assertTrue(page.contains("<img src=\"envelopes.png\""), page);
        String soleus = lines.get(2).split("\\|")[1].trim().split("\\s+")[0];
        assertTrue(page.contains("<td>soleus_r</td>\n<td align=\"right\">" + soleus + "</td>"), soleus + "\n" + page);

        StringWriter streamOut = new StringWriter();
        Path streamed = out.resolve("streamed.sto");
        code = run(streamOut, stderr, "stream", "--model-dir", out.resolve("models/wavenet").toString(), "--imu",
                out.resolve("imu/walk45_imu.sto").toString(), "--out", streamed.toString());
        assertEquals(0, code, stderr.toString());
        assertTrue(streamOut.toString().contains("latency per sample p50"), streamOut.toString());
        Storage stream = StorageReader.read(streamed);
        // the streamed estimate at the first frame with a full window equals the batch estimate there
        assertEquals(estimates.value(0, 0), stream.value(stream.rowCount() - estimates.rowCount(), 0), 1e-5);
    }

    /**
     * Without {@code --settings} the command scores both candidates on the training trial (one epoch here, so the
     * criteria are those of barely trained networks, but the rule is the same) and trains the one with the higher
     * criterion, a tie keeping the first.
     */
    @Test
    void choosesTheCandidateWithTheHigherCriterion() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = trainAndTest(stdout, stderr, "walk45", "walk36", "2");
        assertEquals(0, code, stderr.toString());
        Pattern logged = Pattern.compile("^selection: (.+) criterion (-?[0-9.]+|NaN) \\(r ");
        List<String> names = new ArrayList<>();
        List<Double> criteria = new ArrayList<>();
        for (String line : stderr.toString().lines().toList()) {
            Matcher m = logged.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
                criteria.add(Double.parseDouble(m.group(2)));
            }
        }
        assertEquals(List.of(SettingsCandidate.FIELD_128_SLOW_NOISE, SettingsCandidate.DROPOUT_02), names, stderr.toString());
        assertTrue(criteria.stream().allMatch(c -> c > -2 && c <= 1), criteria.toString()); // r ≤ 1, |peak − 1| ≥ 0
        int best = criteria.get(1) > criteria.get(0) ? 1 : 0;
        String firstLine = stdout.toString().lines().findFirst().orElseThrow();
        assertTrue(firstLine.startsWith("settings: " + names.get(best) + ", chosen on the training trial (criterion "),
                firstLine + " / criteria " + criteria);
        assertTrue(stderr.toString().contains("selection: chose " + names.get(best)), stderr.toString());
        List<String> csv = Files.readAllLines(out.resolve("selection.csv"));
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(1 + best).startsWith(names.get(best) + ",") && csv.get(1 + best).endsWith(",true"), csv.toString());
        assertTrue(csv.get(2 - best).endsWith(",false"), csv.toString());
        // the chosen settings were trained: the field-128 candidate's estimates start 128 − 64 frames later
        int window = best == 0 ? 128 : 64;
        Storage estimates = StorageReader.read(out.resolve("estimates_wavenet.sto"));
        Storage imu = StorageReader.read(out.resolve("imu/walk36_imu.sto"));
        assertEquals(imu.time()[window - 1], estimates.time()[0], 1e-6);
    }

    /**
     * A test folder recorded at another rate (walk45's first 20 s, every second row: 50 Hz) gets its IMUs
     * synthesised at the training trial's 100 Hz, the rate the networks' frame-counted windows were trained
     * at, and says so; its estimates come every 0.01 s. A stream fed at another rate than the saved model
     * records (the test IMUs with their times halved: 200 Hz) is refused in one line naming the file.
     */
    @Test
    void aTestFolderAtAnotherRateIsSynthesisedAtTheTrainingRate() throws Exception {
        Path walk45 = TestData.require(DATA + "data/walk45");
        Path slow = out.resolve("walk45-50hz");
        Files.createDirectories(slow);
        for (String file : List.of("ik.sto", "emgFilt.sto")) {
            StorageWriter.write(everySecondRow(StorageReader.read(walk45.resolve(file)).slice(0, 20)),
                    slow.resolve(file));
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = run(stdout, stderr, "--model", TestData.require(DATA + "model/gait2392.osim").toString(),
                "--placements", "../../models-osim/imu/gait2392_lowerlimb_imus.json", "--train",
                TestData.require(DATA + "data/walk36").toString(), "--test", slow.toString(), "--seed", "3", "--epochs",
                "1", "--augment", "none", "--members", "1", "--settings", "{}", "--out", out.resolve("run").toString());
        assertEquals(0, code, stderr.toString());
        assertTrue(stderr.toString().contains("is sampled at 50.0 Hz, the training trial at 100.0 Hz: its IMUs are "
                + "synthesised at 100.0 Hz"), stderr.toString());
        double[] time = StorageReader.read(out.resolve("run/estimates_wavenet.sto")).time();
        assertEquals(0.01, time[1] - time[0], 1e-9);
        assertEquals(0.01, (time[time.length - 1] - time[0]) / (time.length - 1), 1e-9);

        Storage imu = StorageReader.read(out.resolve("run/imu/walk45-50hz_imu.sto"));
        double[] halved = imu.time().clone();
        for (int i = 0; i < halved.length; i++) {
            halved[i] /= 2;
        }
        double[][] columns = new double[imu.columnCount()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = imu.column(c);
        }
        Path fast = out.resolve("imu-200hz.sto");
        StorageWriter.write(Storage.of("IMU signals", false, imu.labels(), halved, columns), fast);
        stderr = new StringWriter();
        code = run(new StringWriter(), stderr, "stream", "--model-dir", out.resolve("run/models/wavenet").toString(),
                "--imu", fast.toString(), "--out", out.resolve("streamed.sto").toString());
        assertEquals(1, code);
        assertTrue(stderr.toString().contains(fast + ": sampled at 200.0 Hz, the model was trained at 100.0 Hz"),
                stderr.toString());
        assertFalse(Files.exists(out.resolve("streamed.sto")));
    }

    /** Found when the trials are read, before the selection trains anything; no output folder is left. */
    @Test
    void aTestFolderLackingAMuscleOfTheTrainingFolderIsRefusedBeforeTraining() throws Exception {
        Path walk45 = TestData.require(DATA + "data/walk45");
        Path lacking = out.resolve("walk45-no-vas-med");
        Files.createDirectories(lacking);
        Files.copy(walk45.resolve("ik.sto"), lacking.resolve("ik.sto"));
        Storage emg = StorageReader.read(walk45.resolve("emgFilt.sto"));
        List<String> kept = new ArrayList<>(emg.labels());
        kept.remove("vas_med_r");
        double[][] columns = kept.stream().map(emg::column).toArray(double[][]::new);
        StorageWriter.write(Storage.of(emg.name(), false, kept, emg.time(), columns), lacking.resolve("emgFilt.sto"));
        StringWriter stderr = new StringWriter();
        Path run = out.resolve("run");
        int code = run(new StringWriter(), stderr, "--model", TestData.require(DATA + "model/gait2392.osim").toString(),
                "--placements", "../../models-osim/imu/gait2392_lowerlimb_imus.json", "--train",
                TestData.require(DATA + "data/walk36").toString(), "--test", lacking.toString(), "--augment", "none",
                "--out", run.toString());
        assertEquals(1, code);
        assertTrue(stderr.toString().startsWith("neuromsk: walk45-no-vas-med: the EMG table has no column vas_med_r"),
                stderr.toString());
        assertFalse(stderr.toString().contains("selection"), "no network was trained: " + stderr);
        assertFalse(Files.exists(run), "the output folder the run created is removed");
    }

    private static Storage everySecondRow(Storage table) {
        int rows = (table.rowCount() + 1) / 2;
        double[] time = new double[rows];
        double[][] columns = new double[table.columnCount()][rows];
        for (int i = 0; i < rows; i++) {
            time[i] = table.time()[2 * i];
            for (int c = 0; c < columns.length; c++) {
                columns[c][i] = table.value(2 * i, c);
            }
        }
        return Storage.of(table.name(), table.inDegrees(), table.labels(), time, columns);
    }

    @Test
    void badArgumentsAreNamedBeforeAnyWork() {
        StringWriter stderr = new StringWriter();
        assertEquals(2, run(new StringWriter(), stderr, "--model", "m.osim"));
        assertTrue(stderr.toString().contains("Missing required options: --placements, --train, --test"),
                stderr.toString());
        stderr = new StringWriter();
        int code = run(new StringWriter(), stderr, "--model", "m.osim", "--placements", "p.json", "--train",
                out.toString(), "--test", out.toString(), "--baseline", "svm");
        assertEquals(1, code);
        assertTrue(stderr.toString().contains("--baseline must be mlp or gru, got svm"), stderr.toString());
        stderr = new StringWriter();
        code = run(new StringWriter(), stderr, "--model", "m.osim", "--placements", "p.json", "--train",
                out.toString(), "--test", out.toString());
        assertEquals(1, code);
        assertTrue(stderr.toString().contains(out.resolve("ik.sto") + ": file not found"), stderr.toString());
        stderr = new StringWriter();
        code = run(new StringWriter(), stderr, "--model", "m.osim", "--placements", "p.json", "--train",
                out.toString(), "--test", out.toString(), "--augment", "1.1,fast");
        assertEquals(1, code);
        assertTrue(stderr.toString().contains("--augment: \"fast\" is not a number"), stderr.toString());
    }

    private static int run(StringWriter stdout, StringWriter stderr, String... args) {
        CommandLine cl = new CommandLine(new ImuEmgCommand());
        cl.setOut(new PrintWriter(stdout, true));
        cl.setErr(new PrintWriter(stderr, true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("neuromsk: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * Runs {@code imu-emg} on two CEINMS-RT trials with one epoch, no replays and one network per family.
     *
     * @return the exit code
     */
    @Test
    void aSettingsOverrideThatWouldBeIgnoredOrFailLateIsRefusedFirstInOneLine() {
        for (String[] c : new String[][] {
            {"{\"dropout\": 0.2}", "neuromsk: --settings: unknown setting 'dropout' (known: "},
            {"{\"waveNetDropout\": 0.2, \"waveNetDropout\": 0.5}", "neuromsk: --settings: setting 'waveNetDropout' appears twice (line 1)"},
            {"{\"maxEpochs\": 2,}", "neuromsk: --settings: invalid JSON at line 1: "},
            {"{\"waveNetDropout\": \"x\"}", "neuromsk: --settings: setting 'waveNetDropout' must be a number, got \"x\""},
            // used to be found only when the first network was built, after the IMU synthesis had written OUT/imu
            {"{\"learningRate\": 0}", "neuromsk: --settings: learning rate must be > 0, got 0.0"},
            {"{\"waveNetDropout\": 1.5}", "neuromsk: --settings: dropouts must be in [0, 1), got 1.5 and 0.2"}}) {
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int code = trainAndTest(stdout, stderr, "walk36", "walk45", "3", "--settings", c[0]);
            assertEquals(1, code, c[0]);
            assertEquals(1, stderr.toString().lines().count(), stderr.toString());
            assertTrue(stderr.toString().startsWith(c[1]), stderr.toString());
            assertFalse(Files.exists(out.resolve("imu")), c[0]);
        }
    }

    private int trainAndTest(StringWriter stdout, StringWriter stderr, String trainTrial, String testTrial,
            String seed, String... extra) {
        Path model = TestData.require(DATA + "model/gait2392.osim");
        Path train = TestData.require(DATA + "data/" + trainTrial);
        Path test = TestData.require(DATA + "data/" + testTrial);
        Path placements = Path.of("../../models-osim/imu/gait2392_lowerlimb_imus.json");
        List<String> args = new ArrayList<>(List.of("--model", model.toString(), "--placements",
                placements.toString(), "--train", train.toString(), "--test", test.toString(), "--seed", seed,
                "--epochs", "1", "--augment", "none", "--members", "1", "--out", out.toString()));
        args.addAll(List.of(extra));
        return run(stdout, stderr, args.toArray(String[]::new));
    }
}

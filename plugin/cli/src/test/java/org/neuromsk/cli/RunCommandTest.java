package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/** {@code neuromsk run PIPELINE.json}: a short static-optimisation pipeline on the bundled elbow, and a bad file. */
class RunCommandTest {

    private static final Path ELBOW = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();

    private static final List<String> MUSCLES = List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat",
            "TRImed");

    @TempDir
    Path dir;

    /** 0.6 s of elbow flexion from 30° to 60° (half a cosine), 100 Hz, in degrees. */
    private Path motion() throws IOException {
        Path m = dir.resolve("flex.mot");
        StringBuilder b = new StringBuilder("flex\nversion=1\nnRows=61\nnColumns=2\ninDegrees=yes\nendheader\n"
                + "time\tr_elbow_flex\n");
        for (int k = 0; k <= 60; k++) {
            double t = k * 0.01;
            b.append(t).append('\t').append(45 - 15 * Math.cos(Math.PI * t / 0.6)).append('\n');
        }
        Files.writeString(m, b);
        return m;
    }

    private Path pipeline(String body) throws IOException {
        Path file = dir.resolve("pipeline.json");
        Files.writeString(file, "{\"model\": \"" + ELBOW.toString().replace("\\", "/") + "\", \"motion\": \"flex.mot\", "
                + body + ", \"output\": \"out\"}");
        return file;
    }

    @Test
    void staticOptimisationPipelineWritesControlsForEveryMuscleAndAReport() throws IOException {
        motion();
        Path file = pipeline("\"estimator\": {\"type\": \"static-optimization\", \"ensemble\": 1}");
        CliRun run = CliRun.of("run", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = dir.resolve("out");
        for (String f : List.of("report.html", "summary.txt", "controls.sto", "controls.xml", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " missing");
        }
        Storage controls = StorageReader.read(out.resolve("controls.sto"));
        for (String m : MUSCLES) {
            assertTrue(controls.hasColumn(m), "no control for " + m + ": " + controls.labels());
            for (double u : controls.column(m)) {
                // static optimisation's activations lie within the muscles' bounds [0.01, 1]
                assertTrue(u >= 0.01 - 1e-9 && u <= 1 + 1e-9, m + " control " + u);
            }
        }
        double[] time = controls.time();
        assertEquals(0.0, time[0], 1e-9);
        assertEquals(0.6, time[time.length - 1], 1e-9);
        assertTrue(run.out().contains(Files.readString(out.resolve("summary.txt")).lines().findFirst().orElseThrow()),
                "the summary is printed: " + run.out());
    }

    @Test
    void aBadPipelineFileListsEveryProblemAndWritesNothing() throws IOException {
        motion();
        Path file = pipeline("\"emg\": \"missing.sto\", \"colour\": \"red\", "
                + "\"estimator\": {\"type\": \"static-optimization\", \"ensemble\": 0}");
        CliRun run = CliRun.of("run", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        String err = run.err();
        assertTrue(err.startsWith("neuromsk: "), err);
        assertTrue(err.contains("colour: unknown key"), err);
        assertTrue(err.contains("emg: file not found"), err);
        assertTrue(err.contains("estimator.ensemble"), err);
        assertFalse(Files.exists(dir.resolve("out")), "nothing may be written");
    }

    @Test
    void aFailureWhileRunningRemovesTheOutputFolderItCreated() throws IOException {
        motion();
        // the file exists, so validation passes; reading it at the first stage fails
        Files.writeString(dir.resolve("loads.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<OpenSimDocument Version=\"40000\"><ExternalLoads name=\"&x;\"/></OpenSimDocument>\n");
        Path file = pipeline("\"externalLoads\": \"loads.xml\", "
                + "\"estimator\": {\"type\": \"static-optimization\", \"ensemble\": 1}");
        CliRun run = CliRun.of("run", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.errorLine().startsWith("neuromsk: " + dir.resolve("loads.xml") + ":2: DOCTYPE"), run.err());
        assertFalse(Files.exists(dir.resolve("out")), "the output folder the run created is left behind");
    }
}

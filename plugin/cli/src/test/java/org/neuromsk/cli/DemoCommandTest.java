package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * {@code neuromsk demo}, the README's main job, end to end (one ensemble member to keep it short:
 * the forward simulation is driven by the first member's excitations either way). The closed-loop
 * target of the demo is checked here from its output files, independently of the demo's own
 * summary: the forward simulation driven by the estimated controls alone must follow the input
 * elbow angle within 5° RMS.
 */
class DemoCommandTest {

    /** Closed-loop target: RMS difference between simulated and input elbow angle (deg). */
    private static final double ELBOW_RMS_LIMIT_DEG = 5.0;

    @TempDir
    Path dir;

    @Test
    void drivesThePersonalisedModelWithinFiveDegreesOfTheInputMotion() {
        Path out = dir.resolve("demo");
        CliRun run = CliRun.of("demo", "--ensemble", "1", "--seed", "1", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        for (String file : new String[] {"report.html", "summary.txt", "controls.sto", "controls.xml",
                "personalised.osim", "excitations.sto", "forward_coordinates.mot"}) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " missing");
        }

        Storage input = StorageReader.read(out.resolve("virtual_subject/subject01/2kg/trial01_coordinates.sto"));
        Storage simulated = StorageReader.read(out.resolve("forward_coordinates.mot"));
        assertTrue(input.inDegrees() && simulated.inDegrees(), "both angle files in degrees");
        assertArrayEquals(input.time(), simulated.time(), 1e-9, "the simulation reports on the input's time base");

        double[] wanted = input.column("r_elbow_flex");
        double[] got = simulated.column("r_elbow_flex");
        double sum = 0;
        for (int i = 0; i < wanted.length; i++) {
            double d = got[i] - wanted[i];
            sum += d * d;
        }
        double rms = Math.sqrt(sum / wanted.length);
        assertTrue(rms < ELBOW_RMS_LIMIT_DEG, "elbow RMS " + rms + "° ≥ " + ELBOW_RMS_LIMIT_DEG + "°");
    }
}

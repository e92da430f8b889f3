package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

class ImuCommandTest {

    private static final String ARM26 = "opensim-4.5.2/arm26/";

    @TempDir
    Path dir;

    /**
     * An IMU on the arm26 forearm during the tutorial's elbow flexion: six channels named
     * {@code forearm_acc_x} … {@code forearm_gyr_z}, one row per frame; at the first frame the arm is
     * nearly still, so the accelerometer reads about g (9.81 m/s²).
     */
    @Test
    void synthesizesAccelerometerAndGyroscopeChannels() throws IOException {
        Path placements = dir.resolve("imu.json");
        Files.writeString(placements, """
                [{"name": "forearm", "frame": "r_ulna_radius_hand", "translation": [0, -0.15, 0],
                  "orientation": [0, 0, 0]}]
                """);
        Path out = dir.resolve("imu.sto");
        CliRun run = CliRun.of("imu", "synthesize", "--model", TestData.require(ARM26 + "arm26.osim").toString(),
                "--coordinates", TestData.require(ARM26 + "arm26_InverseKinematics.mot").toString(), "--placements",
                placements.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Storage imu = StorageReader.read(out);
        assertEquals(java.util.List.of("forearm_acc_x", "forearm_acc_y", "forearm_acc_z", "forearm_gyr_x",
                "forearm_gyr_y", "forearm_gyr_z"), imu.labels());
        assertEquals(121, imu.rowCount());
        double ax = imu.column("forearm_acc_x")[0];
        double ay = imu.column("forearm_acc_y")[0];
        double az = imu.column("forearm_acc_z")[0];
        assertEquals(9.81, Math.sqrt(ax * ax + ay * ay + az * az), 0.5);
    }

    @Test
    void unknownFrameIsNamedAndNothingIsWritten() throws IOException {
        Path placements = dir.resolve("imu.json");
        Files.writeString(placements, "[{\"name\": \"thigh\", \"frame\": \"femur_r\"}]\n");
        Path out = dir.resolve("imu.sto");
        CliRun run = CliRun.of("imu", "synthesize", "--model", TestData.require(ARM26 + "arm26.osim").toString(),
                "--coordinates", TestData.require(ARM26 + "arm26_InverseKinematics.mot").toString(), "--placements",
                placements.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("femur_r"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnwritableOpenSimPrefixLeavesNoOutput() throws IOException {
        Path placements = dir.resolve("imu.json");
        Files.writeString(placements, "[{\"name\": \"forearm\", \"frame\": \"r_ulna_radius_hand\"}]\n");
        Path out = dir.resolve("imu.sto");
        // a prefix inside a regular file: its folder cannot be created
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        CliRun run = CliRun.of("imu", "synthesize", "--model", TestData.require(ARM26 + "arm26.osim").toString(),
                "--coordinates", TestData.require(ARM26 + "arm26_InverseKinematics.mot").toString(), "--placements",
                placements.toString(), "--out", out.toString(), "--opensim-prefix", notAFolder.resolve("imu").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.errorLine().startsWith("neuromsk: " + notAFolder.resolve("imu_linear_accelerations.sto")
                + ": cannot write"), run.err());
        // the main table, written first, is removed again: a failed run leaves no output
        assertFalse(Files.exists(out), "imu.sto left behind");
        assertFalse(run.out().contains("wrote"), run.out());
    }
}

package org.neuromsk.engine.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/** Reading recordings from .sto, CSV and OpenSim's Vec3 pair; writing them back exactly. */
class ImuRecordingIoTest {

    @TempDir
    Path dir;

    private ImuRecording synthesized() {
        double[] t = ImuFixtures.times(101, 100);
        Storage motion = ImuFixtures.writeMotion(dir.resolve("m.sto"), false, List.of("q", "s"), t,
                ImuFixtures.sample(t, x -> 0.5 * Math.sin(5 * x)), ImuFixtures.sample(t, x -> 0.1 * x * x));
        return new ImuSynthesizer(ImuFixtures.rig(), ImuFixtures.rigPlacements()).synthesize(motion, null,
                ImuSynthesizer.Settings.defaults().withNoise(ImuNoise.white(0.1, 0.01, 3)), w -> { });
    }

    @Test
    void storageTablesUseTheDocumentedColumnsAndReadBackExactly() {
        ImuRecording rec = synthesized();
        Path file = dir.resolve("imu.sto");
        ImuRecordingWriter.write(rec, file);
        Storage table = StorageReader.read(file);
        assertEquals(List.of("rod_imu_acc_x", "rod_imu_acc_y", "rod_imu_acc_z", "rod_imu_gyr_x", "rod_imu_gyr_y",
                "rod_imu_gyr_z"), table.labels().subList(0, 6));
        assertEquals(24, table.columnCount());
        assertTrue(table.textLines().contains(ImuRecording.UNITS_LINE));
        assertEqual(rec, ImuRecordingReader.read(file));
    }

    @Test
    void csvAndOpenSimVec3FilesReadBackExactly() throws Exception {
        ImuRecording rec = synthesized();
        Path csv = dir.resolve("imu.csv");
        ImuRecordingWriter.write(rec, csv);
        assertTrue(Files.readAllLines(csv).get(0).startsWith("time,rod_imu_acc_x,rod_imu_acc_y"));
        assertEqual(rec, ImuRecordingReader.read(csv));

        Path acc = dir.resolve("trial" + ImuRecordingWriter.OPENSIM_ACCELERATIONS_SUFFIX);
        Path gyr = dir.resolve("trial" + ImuRecordingWriter.OPENSIM_ANGULAR_VELOCITY_SUFFIX);
        ImuRecordingWriter.writeOpenSimVec3(rec, acc, gyr);
        List<String> lines = Files.readAllLines(acc);
        assertEquals(List.of("DataRate=100", "DataType=Vec3", "version=3", "OpenSimVersion=4.5", "endheader",
                "time\trod_imu\trod_imu_turned\tmount_imu\tcart_imu"), lines.subList(0, 6));
        Vec3 first = rec.accelerometerAt(0, 0);
        assertTrue(lines.get(6).startsWith("0\t" + first.x() + "," + first.y() + "," + first.z() + "\t"), lines.get(6));
        assertEqual(rec, ImuRecordingReader.readOpenSimVec3(acc, gyr));
    }

    /** The authored CSV: columns shuffled, one written as Gyro_Z, and a temperature column passed over. */
    @Test
    void authoredCsvIsRead() {
        ImuRecording rec = ImuRecordingReader.read(ImuFixtures.resource("recording.csv"));
        assertEquals(List.of("imu_a"), rec.names());
        assertArrayEquals(new double[] {0.0, 0.01}, rec.time(), 0);
        assertEquals(new Vec3(0.1, 9.8, -0.2), rec.accelerometerAt(0, 0));
        assertEquals(new Vec3(0.03, 0.04, 0.4), rec.gyroscopeAt(0, 1));
    }

    @Test
    void badRecordingsNameTheFile() {
        Path incomplete = ImuFixtures.resource("recording_incomplete.csv");
        FileFormatException e = assertThrows(FileFormatException.class, () -> ImuRecordingReader.read(incomplete));
        assertEquals(incomplete + ": IMU 'imu_a' lacks column(s) imu_a_gyr_z", e.getMessage());
        Path badRow = ImuFixtures.resource("recording_bad_row.csv");
        e = assertThrows(FileFormatException.class, () -> ImuRecordingReader.read(badRow));
        assertEquals(badRow + ":3: column 'imu_a_acc_y' is NaN", e.getMessage());
    }

    @Test
    void vec3PairsMustAgree() throws Exception {
        ImuRecording rec = synthesized();
        Path acc = dir.resolve("a.sto");
        Path gyr = dir.resolve("g.sto");
        ImuRecordingWriter.writeOpenSimVec3(rec, acc, gyr);
        Path scalar = dir.resolve("scalar.sto");
        ImuRecordingWriter.write(rec, scalar);
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> ImuRecordingReader.readOpenSimVec3(acc, scalar));
        assertTrue(e.getMessage().startsWith(scalar + ":"), e.getMessage());
        List<String> lines = Files.readAllLines(gyr);
        lines.set(7, lines.get(7).replaceFirst("\t([^,\t]*),", "\t$1;"));
        Files.write(gyr, lines);
        e = assertThrows(FileFormatException.class, () -> ImuRecordingReader.readOpenSimVec3(acc, gyr));
        assertTrue(e.getMessage().startsWith(gyr + ":8: column 'rod_imu': expected x,y,z"), e.getMessage());
    }

    private static void assertEqual(ImuRecording expected, ImuRecording actual) {
        assertEquals(expected.names(), actual.names());
        assertArrayEquals(expected.time(), actual.time(), 0);
        for (int i = 0; i < expected.imuCount(); i++) {
            for (int a = 0; a < 3; a++) {
                assertArrayEquals(expected.accelerometer(i, a), actual.accelerometer(i, a), 0);
                assertArrayEquals(expected.gyroscope(i, a), actual.gyroscope(i, a), 0);
            }
        }
    }
}

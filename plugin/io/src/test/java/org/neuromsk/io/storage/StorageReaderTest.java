package org.neuromsk.io.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.testing.FileErrors;
import org.neuromsk.io.testing.TestData;

/** Reading real OpenSim files; expected numbers are copied from the files themselves. */
class StorageReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsArm26InverseKinematicsMotion() {
        Storage ik = StorageReader.read(TestData.require("opensim-4.5.2/arm26/arm26_InverseKinematics.mot"));
        assertEquals("Coordinates", ik.name());
        assertTrue(ik.inDegrees());
        assertEquals("time", ik.timeLabel());
        assertEquals(List.of("r_shoulder_elev", "r_elbow_flex"), ik.labels());
        assertEquals(121, ik.rowCount());
        assertEquals(0.0, ik.startTime());
        assertEquals(1.0, ik.endTime());
        assertEquals(0.00833333, ik.time(1));
        assertEquals(-0.03394423, ik.column("r_shoulder_elev")[0]);
        assertEquals(90.17066638, ik.column("r_elbow_flex")[120]);
        assertEquals(List.of("Units are S.I. units (second, meters, Newtons, ...)", "Angles are in degrees."),
                ik.textLines());
        assertTrue(ik.metadata().isEmpty());
        // 121 rows from 0 to 1 s: mean step 1/120 s, 120 Hz
        assertEquals(120.0, ik.sampleRate(), 1e-9);
        // times are printed with 8 decimals, so each step is 1/120 s within 1e-8 s
        assertTrue(ik.isUniformlySampled(1e-8));
    }

    @Test
    void readsVersion3FileWhoseColumnCountKeyIsStale() {
        // STOFileAdapter output: nColumns=40 in the header, 32 labels in the file
        Storage q = StorageReader.read(TestData.require("opensim-4.5.2/rajagopal-walk/coordinates.sto"));
        assertEquals("Coordinates", q.name());
        assertFalse(q.inDegrees());
        assertEquals(31, q.columnCount());
        assertEquals(1350, q.rowCount());
        assertEquals(0.45, q.startTime());
        assertEquals(1.799, q.endTime());
        assertEquals(0.001606593553352076, q.column("pelvis_tilt")[0]);
        assertEquals(0.02856125553936049, q.column("pelvis_list")[1349]);
        assertTrue(q.metadata().isEmpty(), q.metadata().toString());
    }

    @Test
    void readsVersion0FileWithPaddedLabelsAndTrailingTabs() {
        Storage emg = StorageReader.read(TestData.require("ceinms-rt-lowerlimb/data/walk36/emgFilt.sto"));
        assertEquals("Normalized EMG Linear Envelopes", emg.name());
        assertFalse(emg.inDegrees());
        assertEquals(List.of("soleus_r", "med_gas_r", "lat_gas_r", "tib_ant_r", "semimem_r", "bifemlh_r",
                "vas_lat_r", "rect_fem_r", "vas_med_r"), emg.labels());
        assertEquals(6097, emg.rowCount());
        assertEquals(0.070021, emg.column("soleus_r")[0]);
        assertEquals(60.96, emg.endTime());
        assertEquals(0.006349, emg.column("vas_med_r")[6096]);
    }

    @Test
    void readsSimmMotionHeader() {
        Storage states = StorageReader.read(TestData.require("opensim-4.5.2/arm26/forward/expected/arm26_states_degrees.mot"));
        assertEquals("arm26_states", states.name());
        assertTrue(states.inDegrees());
        assertEquals(310, states.rowCount());
        assertEquals(16, states.columnCount());
        // datarows/datacolumns/name are header keys; the other SIMM lines are kept as text
        assertEquals(List.of("# SIMM Motion File Header:", "otherdata 1", "range 0.000000 1.000000"),
                states.textLines());
        assertEquals(-12.61892355, states.column("/jointset/r_shoulder/r_shoulder_elev/value")[309]);
    }

    @Test
    void readsGroundReactionMotionWithTrailingTabsEverywhere() {
        Storage grf = StorageReader.read(TestData.require(
                "opensim-models/Pipelines/Gait10dof18musc/OutputReference/ExperimentalData/subject01_walk_grf.mot"));
        assertEquals("subject01_walk1_grf.mot", grf.name());
        assertTrue(grf.inDegrees());
        assertEquals(18, grf.columnCount());
        assertEquals(1501, grf.rowCount());
        assertEquals(101.5119767, grf.column("ground_force_vx")[0]);
        assertEquals(2.5, grf.endTime());
        assertEquals(121.2435375, grf.column("ground_force_vx")[1500]);
        assertTrue(grf.hasColumn("1_ground_force_vx"));
    }

    @Test
    void toleratesCrlfCommasSpacesBlankLinesAndTrailingSeparators() throws IOException {
        Path file = dir.resolve("mixed.sto");
        String text = "Demo\r\nversion=1\r\n\r\nnRows=2\r\nnColumns=3\r\ninDegrees=no\r\nendheader\r\n\r\n"
                + "time, a, b,\r\n0.0, 1, 2,\r\n  0.5\t 3   4\t\t\r\n\r\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Storage s = StorageReader.read(file);
        assertEquals("Demo", s.name());
        assertEquals(List.of("a", "b"), s.labels());
        assertArrayEquals(new double[] {0.0, 0.5}, s.time());
        assertArrayEquals(new double[] {1, 3}, s.column("a"));
        assertArrayEquals(new double[] {2, 4}, s.column("b"));
    }

    @Test
    void keepsMetadataAndTextAndHonoursVersion0AngleText() {
        Path file = FileErrors.writeLines(dir.resolve("v0.mot"),
                "Old motion", "nRows=1", "nColumns=2", "units=m", "Angles are in degrees.", "endheader",
                "time\tknee", "0\t45");
        Storage s = StorageReader.read(file);
        assertTrue(s.inDegrees());
        assertEquals(Map.of("units", "m"), s.metadata());
        assertEquals(List.of("Angles are in degrees."), s.textLines());

        Path v1 = FileErrors.writeLines(dir.resolve("v1.mot"),
                "Motion", "version=1", "nRows=1", "nColumns=2", "Angles are in degrees.", "endheader",
                "time\tknee", "0\t45");
        // from version 1 on only the inDegrees key counts in OpenSim, which would read these angles as radians:
        // the contradiction is refused, naming the line of the text
        FileFormatException e = assertThrows(FileFormatException.class, () -> StorageReader.read(v1));
        assertTrue(e.getMessage().startsWith(v1 + ":5: "), e.getMessage());
        assertTrue(e.getMessage().contains("no inDegrees=yes line"), e.getMessage());

        Path v1Key = FileErrors.writeLines(dir.resolve("v1key.mot"),
                "Motion", "version=1", "nRows=1", "nColumns=2", "inDegrees=no", "Angles are in degrees.", "endheader",
                "time\tknee", "0\t45");
        // an explicit key decides, as in OpenSim
        assertFalse(StorageReader.read(v1Key).inDegrees());
    }

    @Test
    void readsLatin1HeaderText() throws IOException {
        Path file = dir.resolve("latin1.sto");
        String text = "Angles\nversion=1\nnRows=1\nnColumns=2\ninDegrees=yes\nunits in \u00b0\nendheader\ntime\tq\n0\t1\n";
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("units in \u00b0"), StorageReader.read(file).textLines());
    }
}

package org.neuromsk.io.trc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.io.testing.FileErrors.assertFormatError;
import static org.neuromsk.io.testing.FileErrors.writeLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.testing.TestData;

class TrcReaderTest {

    private static final String KEYS =
            "DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames";

    @TempDir
    Path dir;

    @Test
    void readsArm26ElbowFlexionMarkers() {
        TrcFile trc = TrcReader.read(TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/InverseKinematics/arm26_elbow_flex.trc"));
        assertEquals(List.of("r_acromion", "r_humerus_epicondyle", "r_radius_styloid"), trc.markerNames());
        assertEquals(121, trc.frameCount());
        assertEquals("mm", trc.units());
        assertEquals(0.001, trc.metersPerUnit());
        assertEquals(120.0, trc.dataRate());
        assertEquals("1", trc.metadata().get(TrcFile.ORIG_DATA_START_FRAME));
        assertEquals(1, trc.frameNumbers()[0]);
        assertEquals(121, trc.frameNumbers()[120]);
        assertEquals(0.9916666669999999, trc.time(119));
        assertEquals(1.0, trc.time(120));
        assertArrayEquals(new double[] {-13.05452443, 839.50547557, 169.5054756}, trc.position(0, 0));
        assertEquals(230.9769121, trc.coordinate(2, 2, 120));
        assertEquals(840.5931047300001, trc.component("r_acromion", 1)[119]);
        assertFalse(trc.isMissing(1, 60));
    }

    /** Two markers A and B, three frames; B is missing in frame 2 (empty cells). */
    private Path withMissingMarker() {
        return writeLines(dir.resolve("gap.trc"),
                "PathFileType\t4\t(X/Y/Z)\tgap.trc",
                KEYS,
                "100\t100\t3\t2\tmm\t100\t1\t3",
                "Frame#\tTime\tA\t\t\tB\t\t",
                "\t\tX1\tY1\tZ1\tX2\tY2\tZ2",
                "",
                "1\t0\t1\t2\t3\t4\t5\t6",
                "2\t0.01\t1.5\t2.5\t3.5\t\t\t",
                "3\t0.02\t2\t3\t4\t5\t6\t7\t");
    }

    @Test
    void emptyCellsAreMissingMarkers() {
        TrcFile trc = TrcReader.read(withMissingMarker());
        assertTrue(trc.isMissing(1, 1));
        assertTrue(Double.isNaN(trc.coordinate(1, 0, 1)));
        assertFalse(trc.isMissing(0, 1));
        assertEquals(3.5, trc.coordinate(0, 2, 1));
        assertEquals(7.0, trc.coordinate(1, 2, 2));
    }

    @Test
    void missingMarkersSurviveARoundTrip() throws IOException {
        TrcFile trc = TrcReader.read(withMissingMarker());
        Path copy = dir.resolve("copy.trc");
        TrcWriter.write(trc, copy);
        List<String> lines = Files.readAllLines(copy);
        assertEquals("PathFileType\t4\t(X/Y/Z)\tcopy.trc", lines.get(0));
        assertEquals("2\t0.01\t1.5\t2.5\t3.5\t\t\t", lines.get(7));
        TrcFile back = TrcReader.read(copy);
        assertTrue(back.isMissing(1, 1));
        assertArrayEquals(trc.component("A", 0), back.component("A", 0));
        assertEquals(trc.metadata(), back.metadata());
    }

    @Test
    void partlyEmptyMarkerIsWhollyMissing() {
        // as in OpenSim: if any of X, Y, Z is empty, the marker is missing in that frame
        Path f = writeLines(dir.resolve("partial.trc"), "PathFileType\t4\t(X/Y/Z)\tp.trc", KEYS,
                "100\t100\t1\t1\tmm\t100\t1\t1", "Frame#\tTime\tA\t\t", "\t\tX1\tY1\tZ1", "1\t0\t1\t\t3");
        TrcFile trc = TrcReader.read(f);
        assertTrue(Double.isNaN(trc.coordinate(0, 0, 0)));
        assertTrue(Double.isNaN(trc.coordinate(0, 2, 0)));
    }

    @Test
    void ofBuildsTheStandardHeader() {
        TrcFile trc = TrcFile.of("m", 50, List.of("M"), new double[] {0, 0.02}, new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertEquals(List.of("DataRate", "CameraRate", "NumFrames", "NumMarkers", "Units", "OrigDataRate",
                "OrigDataStartFrame", "OrigNumFrames"), List.copyOf(trc.metadata().keySet()));
        assertEquals("2", trc.metadata().get("NumFrames"));
        assertArrayEquals(new int[] {1, 2}, trc.frameNumbers());
        assertThrows(NeuroMskException.class, () -> TrcFile.of("m", 50, List.of("M"), new double[] {0, 0.02},
                new double[][] {{1, Double.POSITIVE_INFINITY}, {3, 4}, {5, 6}}));
    }

    private Path bad(String... dataLines) {
        String[] lines = new String[6 + dataLines.length];
        lines[0] = "PathFileType\t4\t(X/Y/Z)\tbad.trc";
        lines[1] = KEYS;
        lines[2] = "100\t100\t" + dataLines.length + "\t2\tmm\t100\t1\t3";
        lines[3] = "Frame#\tTime\tA\t\t\tB\t\t";
        lines[4] = "\t\tX1\tY1\tZ1\tX2\tY2\tZ2";
        lines[5] = "";
        System.arraycopy(dataLines, 0, lines, 6, dataLines.length);
        return writeLines(dir.resolve("bad.trc"), lines);
    }

    @Test
    void raggedRow() {
        Path f = bad("1\t0\t1\t2\t3\t4\t5\t6", "2\t0.01\t1\t2\t3\t4\t5");
        // the last row has 7 cells: a missing marker needs all three cells, possibly empty
        assertFormatError(() -> TrcReader.read(f), f, 8, "expected 8 values", "found 7");
    }

    @Test
    void nonNumericCell() {
        Path f = bad("1\t0\t1\t2\t3\t4\t5\t6", "2\t0.01\t1\t2\t3\t4\tfive\t6");
        assertFormatError(() -> TrcReader.read(f), f, 8, "marker 'B' Y", "\"five\"");
    }

    @Test
    void infiniteCell() {
        Path f = bad("1\t0\t1\t2\tinf\t4\t5\t6");
        assertFormatError(() -> TrcReader.read(f), f, 7, "marker 'A' Z", "infinite");
    }

    @Test
    void timeGoingBack() {
        Path f = bad("1\t0.02\t1\t2\t3\t4\t5\t6", "2\t0.01\t1\t2\t3\t4\t5\t6");
        assertFormatError(() -> TrcReader.read(f), f, 8, "time 0.01", "previous time 0.02");
    }

    @Test
    void nanTime() {
        Path f = bad("1\tNaN\t1\t2\t3\t4\t5\t6");
        assertFormatError(() -> TrcReader.read(f), f, 7, "'Time'", "finite");
    }

    @Test
    void frameCountDisagreesWithHeader() {
        Path f = writeLines(dir.resolve("frames.trc"), "PathFileType\t4\t(X/Y/Z)\tf.trc", KEYS,
                "100\t100\t5\t1\tmm\t100\t1\t5", "Frame#\tTime\tA", "\t\tX1\tY1\tZ1", "1\t0\t1\t2\t3");
        assertFormatError(() -> TrcReader.read(f), f, 3, "NumFrames=5", "1 data rows");
    }

    @Test
    void markerCountDisagreesWithHeader() {
        Path f = writeLines(dir.resolve("markers.trc"), "PathFileType\t4\t(X/Y/Z)\tm.trc", KEYS,
                "100\t100\t1\t3\tmm\t100\t1\t1", "Frame#\tTime\tA\t\t\tB", "\t\tX1\tY1\tZ1\tX2\tY2\tZ2",
                "1\t0\t1\t2\t3\t4\t5\t6");
        assertFormatError(() -> TrcReader.read(f), f, 4, "NumMarkers=3", "2 markers");
    }

    @Test
    void wrongCoordinateLabel() {
        Path f = writeLines(dir.resolve("axes.trc"), "PathFileType\t4\t(X/Y/Z)\ta.trc", KEYS,
                "100\t100\t1\t1\tmm\t100\t1\t1", "Frame#\tTime\tA", "\t\tX1\tZ1\tY1", "1\t0\t1\t2\t3");
        assertFormatError(() -> TrcReader.read(f), f, 5, "'Y1'", "'Z1'");
    }

    @Test
    void notATrcFile() {
        Path f = writeLines(dir.resolve("other.trc"), "Coordinates", "version=1", "nRows=1", "nColumns=2",
                "endheader", "time\tq", "0\t1");
        assertFormatError(() -> TrcReader.read(f), f, 1, "PathFileType");
    }

    @Test
    void duplicateMarkerName() {
        Path f = writeLines(dir.resolve("dup.trc"), "PathFileType\t4\t(X/Y/Z)\td.trc", KEYS,
                "100\t100\t1\t2\tmm\t100\t1\t1", "Frame#\tTime\tA\t\t\tA", "\t\tX1\tY1\tZ1\tX2\tY2\tZ2",
                "1\t0\t1\t2\t3\t4\t5\t6");
        assertFormatError(() -> TrcReader.read(f), f, 4, "duplicate marker name 'A'");
    }
}

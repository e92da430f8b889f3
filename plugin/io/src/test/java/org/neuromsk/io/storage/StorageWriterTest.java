package org.neuromsk.io.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;

class StorageWriterTest {

    @TempDir
    Path dir;

    /** time 0 and 0.0005 s; knee = 1.5, -2; hip = 1e-17, 2000. */
    private static Storage demo() {
        return new Storage("Demo", Map.of("units", "m"), List.of("Units are S.I. units"), true, "time",
                List.of("knee", "hip"), new double[] {0, 0.0005}, new double[][] {{1.5, -2}, {1e-17, 2000}});
    }

    private static String text(Storage s, StorageWriter.Options options) throws IOException {
        StringWriter out = new StringWriter();
        StorageWriter.write(s, out, options);
        return out.toString();
    }

    @Test
    void writesVersion1Layout() throws IOException {
        String expected = String.join("\n", "Demo", "version=1", "nRows=2", "nColumns=3", "inDegrees=yes", "units=m",
                "Units are S.I. units", "endheader", "time\tknee\thip", "0\t1.5\t1e-17", "0.0005\t-2\t2000", "");
        assertEquals(expected, text(demo(), StorageWriter.Options.version1()));
    }

    @Test
    void writesVersion3Layout() throws IOException {
        String expected = String.join("\n", "Demo", "inDegrees=yes", "nColumns=3", "nRows=2", "units=m",
                "Units are S.I. units", "DataType=double", "version=3", "OpenSimVersion=4.5", "endheader",
                "time\tknee\thip", "0\t1.5\t1e-17", "0.0005\t-2\t2000", "");
        assertEquals(expected, text(demo(), StorageWriter.Options.version3()));
    }

    @Test
    void writesOpenSimFixedPrecision() throws IOException {
        // %16.8f: 8 decimals right-aligned in 16 characters; 1e-17 prints as 0.00000000
        String rows = text(demo(), StorageWriter.Options.version1().withPrecision(8)).split("endheader\n")[1];
        assertEquals("time\tknee\thip\n"
                + "      0.00000000\t      1.50000000\t      0.00000000\n"
                + "      0.00050000\t     -2.00000000\t   2000.00000000\n", rows);
    }

    @Test
    void writtenFileReadsBackIdentically() {
        for (StorageWriter.Options options : List.of(StorageWriter.Options.version1(), StorageWriter.Options.version3())) {
            Path target = dir.resolve("demo_v" + options.version() + ".sto");
            StorageWriter.write(demo(), target, options);
            Storage back = StorageReader.read(target);
            assertEquals("Demo", back.name());
            assertEquals(Map.of("units", "m"), back.metadata());
            assertEquals(List.of("Units are S.I. units"), back.textLines());
            assertTrue(back.inDegrees());
            assertEquals(List.of("knee", "hip"), back.labels());
            assertArrayEquals(new double[] {0, 0.0005}, back.time());
            assertArrayEquals(new double[] {1.5, -2}, back.column("knee"));
            assertArrayEquals(new double[] {1e-17, 2000}, back.column("hip"));
        }
    }

    @Test
    void staticEntryPointWritesVersion1() throws IOException {
        Path target = dir.resolve("default.sto");
        StorageWriter.write(demo(), target);
        assertEquals("version=1", Files.readAllLines(target).get(1));
    }

    @Test
    void failureMidwayLeavesExistingTargetUntouchedAndNoTemporaryFile() throws IOException {
        // 3000 rows; row 2500 holds a NaN, so tens of kilobytes are written before the writer fails
        int n = 3000;
        double[] time = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i * 0.01;
            values[i] = Math.sin(i);
        }
        values[2499] = Double.NaN;
        Storage bad = Storage.of("bad", false, List.of("q"), time, new double[][] {values});
        Path target = dir.resolve("out.sto");
        Files.writeString(target, "previous content", StandardCharsets.UTF_8);

        NeuroMskException e = assertThrows(NeuroMskException.class, () -> StorageWriter.write(bad, target));
        assertTrue(e.getMessage().contains("'q'") && e.getMessage().contains("row 2500"), e.getMessage());
        assertEquals("previous content", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void failureMidwayCreatesNoTarget() throws IOException {
        Storage bad = Storage.of("bad", false, List.of("q"), new double[] {0, 1},
                new double[][] {{1, Double.POSITIVE_INFINITY}});
        Path target = dir.resolve("new.sto");
        assertThrows(NeuroMskException.class, () -> StorageWriter.write(bad, target, StorageWriter.Options.version3()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void refusesEmptyTables() {
        Storage empty = Storage.of("empty", false, List.of("q"), new double[0], new double[][] {{}});
        Path target = dir.resolve("empty.sto");
        assertThrows(NeuroMskException.class, () -> StorageWriter.write(empty, target));
        assertFalse(Files.exists(target));
    }

    @Test
    void rejectsUnknownVersionAndPrecision() {
        assertThrows(IllegalArgumentException.class, () -> new StorageWriter.Options(2, -1));
        assertThrows(IllegalArgumentException.class, () -> StorageWriter.Options.version1().withPrecision(18));
    }
}

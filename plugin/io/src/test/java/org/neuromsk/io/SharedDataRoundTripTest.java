package org.neuromsk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.anc.AncFile;
import org.neuromsk.io.anc.AncReader;
import org.neuromsk.io.anc.AncWriter;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.trc.TrcFile;
import org.neuromsk.io.trc.TrcReader;
import org.neuromsk.io.trc.TrcWriter;

/**
 * Every .sto, .mot, .trc and .anc file of the shared reference data is read, written to a temporary
 * folder, read again and compared value by value: |a − b| ≤ 1e-12 · max(1, |a|).
 */
class SharedDataRoundTripTest {

    private static final double RELATIVE = 1e-12;

    @TempDir
    Path tmp;

    private static List<Path> find(String... extensions) throws IOException {
        Path root = TestData.require(".");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                for (String ext : extensions) {
                    if (name.endsWith(ext)) {
                        return true;
                    }
                }
                return false;
            }).sorted().toList();
        }
    }

    @Test
    void everyStorageFileRoundTripsThroughVersions1And3() throws IOException {
        List<Path> files = find(".sto", ".mot");
        assertFalse(files.isEmpty(), "no .sto/.mot files under " + SharedData.directory());
        long values = 0;
        int index = 0;
        for (Path file : files) {
            Storage original = StorageReader.read(file);
            for (StorageWriter.Options options : List.of(StorageWriter.Options.version1(),
                    StorageWriter.Options.version3())) {
                Path copy = tmp.resolve(index + "_v" + options.version() + "_" + file.getFileName());
                StorageWriter.write(original, copy, options);
                Storage back = StorageReader.read(copy);
                String what = file + " (version " + options.version() + ")";
                assertEquals(original.name(), back.name(), what);
                assertEquals(original.inDegrees(), back.inDegrees(), what);
                assertEquals(original.metadata(), back.metadata(), what);
                assertEquals(original.textLines(), back.textLines(), what);
                assertEquals(original.timeLabel(), back.timeLabel(), what);
                assertEquals(original.labels(), back.labels(), what);
                assertClose(original.time(), back.time(), what + " time");
                for (int c = 0; c < original.columnCount(); c++) {
                    assertClose(original.column(c), back.column(c), what + " " + original.labels().get(c));
                }
                values += (long) original.rowCount() * (original.columnCount() + 1);
            }
            index++;
        }
        System.out.printf("Storage round trip: %d .sto/.mot files checked, versions 1 and 3, %d values%n",
                files.size(), values);
    }

    @Test
    void everyTrcFileRoundTrips() throws IOException {
        List<Path> files = find(".trc");
        assertFalse(files.isEmpty(), "no .trc files under " + SharedData.directory());
        int index = 0;
        for (Path file : files) {
            TrcFile original = TrcReader.read(file);
            Path copy = tmp.resolve(index++ + "_" + file.getFileName());
            TrcWriter.write(original, copy);
            TrcFile back = TrcReader.read(copy);
            String what = file.toString();
            assertEquals(original.metadata(), back.metadata(), what);
            assertEquals(original.markerNames(), back.markerNames(), what);
            assertArrayEquals(original.frameNumbers(), back.frameNumbers(), what);
            assertClose(original.time(), back.time(), what + " time");
            for (String marker : original.markerNames()) {
                for (int axis = 0; axis < 3; axis++) {
                    assertClose(original.component(marker, axis), back.component(marker, axis), what + " " + marker);
                }
            }
        }
        System.out.printf("TRC round trip: %d .trc files checked%n", files.size());
    }

    @Test
    void everyAncFileRoundTrips() throws IOException {
        List<Path> files = find(".anc");
        assertFalse(files.isEmpty(), "no .anc files under " + SharedData.directory());
        int index = 0;
        for (Path file : files) {
            AncFile original = AncReader.read(file);
            Path copy = tmp.resolve(index++ + "_" + file.getFileName());
            AncWriter.write(original, copy);
            AncFile back = AncReader.read(copy);
            String what = file.toString();
            assertEquals(original.metadata(), back.metadata(), what);
            assertEquals(original.channelNames(), back.channelNames(), what);
            assertClose(original.rates(), back.rates(), what + " rates");
            assertClose(original.ranges(), back.ranges(), what + " ranges");
            assertClose(original.time(), back.time(), what + " time");
            for (String channel : original.channelNames()) {
                assertClose(original.counts(channel), back.counts(channel), what + " " + channel);
            }
        }
        System.out.printf("ANC round trip: %d .anc files checked%n", files.size());
    }

    /** Equal within 1e-12 relative; NaN (a missing marker) must stay NaN. */
    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double a = expected[i];
            double b = actual[i];
            if (Double.isNaN(a) || Double.isNaN(b)) {
                assertTrue(Double.isNaN(a) && Double.isNaN(b), what + " row " + (i + 1) + ": " + a + " vs " + b);
            } else if (!(Math.abs(a - b) <= RELATIVE * Math.max(1, Math.abs(a)))) {
                fail(what + " row " + (i + 1) + ": " + a + " read back as " + b);
            }
        }
    }
}

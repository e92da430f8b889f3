package org.neuromsk.io.anc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neuromsk.io.testing.FileErrors.assertFormatError;
import static org.neuromsk.io.testing.FileErrors.writeLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.testing.TestData;

class AncReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsRajagopalRawEmg() {
        AncFile anc = AncReader.read(TestData.require("opensim-models/Pipelines/Rajagopal/ExpData/emg_walk_raw.anc"));
        assertEquals(28, anc.channelCount());
        assertEquals("F1X", anc.channelNames().get(0));
        assertEquals(18, anc.indexOf("SOL"));
        assertEquals(4780, anc.rowCount());
        assertEquals(0.0, anc.time()[0]);
        assertEquals(2.3895, anc.time()[4779]);
        assertEquals("Analog R/C ASCII", anc.metadata().get("File_Type"));
        assertEquals("Trimmed_100_", anc.metadata().get("Trial_Name"));
        assertEquals("2.389500", anc.metadata().get("Duration(Sec.)"));
        assertEquals("28", anc.metadata().get("#Channels"));
        assertEquals(16, anc.bitDepth());
        assertEquals(2000.0, anc.rates()[18]);
        assertEquals(5000.0, anc.ranges()[0]);
        assertEquals(2500.0, anc.ranges()[18]);
        assertEquals(1000.0, anc.ranges()[anc.indexOf("MH")]);
        assertEquals(-197.0, anc.counts("SOL")[0]);
        assertEquals(-38.0, anc.counts("GMED")[4779]);
    }

    @Test
    void convertsCountsToMillivoltsAndVolts() {
        AncFile anc = AncReader.read(TestData.require("opensim-models/Pipelines/Rajagopal/ExpData/emg_walk_raw.anc"));
        // SOL, first sample: -197 counts · 2500 mV / 2^15 = -492500 / 32768 = -15.0299072265625 mV (exact in binary)
        assertEquals(-15.0299072265625, anc.millivolts("SOL")[0]);
        // MH, first sample: 463 counts · 1000 mV / 2^15 = 14.129638671875 mV
        assertEquals(14.129638671875, anc.millivolts("MH")[0]);
        assertEquals(-0.0150299072265625, anc.volts("SOL")[0], 1e-18);
    }

    @Test
    void conversionNeedsBipolarPolarityAndBitDepth() {
        AncFile unipolar = new AncFile(Map.of("Polarity", "Unipolar", "BitDepth", "12"), List.of("E"),
                new double[] {1000}, new double[] {5000}, new double[] {0}, new double[][] {{1}});
        assertThrows(NeuroMskException.class, () -> unipolar.millivolts("E"));
        AncFile noDepth = new AncFile(Map.of(), List.of("E"), new double[] {1000}, new double[] {5000},
                new double[] {0}, new double[][] {{1}});
        assertThrows(NeuroMskException.class, () -> noDepth.millivolts("E"));
    }

    /**
     * <pre>
     * 1 File_Type: Analog R/C ASCII  Generation#: 2
     * 2 BitDepth: 16  PreciseRate: 1000.000000  #Channels: 2
     * 3
     * 4 Name  EMG1 EMG2
     * 5 Rate  1000 1000
     * 6 Range 2500 2500
     * 7 0.000 1 -2
     * 8 0.001 3 4
     * 9 0.002 5 6
     * </pre>
     */
    private Path file(String... replacements) {
        String[] lines = {"File_Type:\tAnalog R/C ASCII\tGeneration#:\t2",
            "BitDepth:\t16\tPreciseRate:\t1000.000000\t#Channels:\t2", "", "Name\tEMG1\tEMG2\t",
            "Rate\t1000\t1000\t", "Range\t2500\t2500\t", "0.000\t1\t-2", "0.001\t3\t4", "0.002\t5\t6"};
        for (int i = 0; i < replacements.length; i += 2) {
            lines[Integer.parseInt(replacements[i]) - 1] = replacements[i + 1];
        }
        return writeLines(dir.resolve("small.anc"), lines);
    }

    @Test
    void smallFileRoundTripsWithHeaderLayout() throws IOException {
        AncFile anc = AncReader.read(file());
        assertArrayEquals(new double[] {0, 0.001, 0.002}, anc.time());
        Path copy = dir.resolve("copy.anc");
        AncWriter.write(anc, copy);
        List<String> lines = Files.readAllLines(copy);
        assertEquals("File_Type:\tAnalog R/C ASCII\tGeneration#:\t2", lines.get(0));
        assertEquals("#Channels:\t2", lines.get(1));
        assertEquals("BitDepth:\t16\tPreciseRate:\t1000.000000", lines.get(2));
        assertEquals("Name\tEMG1\tEMG2", lines.get(7));
        assertEquals("0.001\t3\t4", lines.get(11));
        AncFile back = AncReader.read(copy);
        assertEquals(anc.metadata(), back.metadata());
        assertArrayEquals(anc.counts("EMG2"), back.counts("EMG2"));
    }

    @Test
    void raggedRow() {
        Path f = file("8", "0.001\t3");
        assertFormatError(() -> AncReader.read(f), f, 8, "expected 3 values", "found 2");
    }

    @Test
    void nonNumericCell() {
        Path f = file("8", "0.001\t3\tx4");
        assertFormatError(() -> AncReader.read(f), f, 8, "'EMG2'", "\"x4\"", "not a number");
    }

    @Test
    void nanCell() {
        Path f = file("7", "0.000\tNaN\t-2");
        assertFormatError(() -> AncReader.read(f), f, 7, "'EMG1'", "finite");
    }

    @Test
    void timeGoingBack() {
        Path f = file("9", "0.001\t5\t6");
        assertFormatError(() -> AncReader.read(f), f, 9, "time 0.001", "previous time 0.001", "line 8");
    }

    @Test
    void channelCountDisagreesWithHeader() {
        Path f = file("2", "BitDepth:\t16\tPreciseRate:\t1000.000000\t#Channels:\t3");
        assertFormatError(() -> AncReader.read(f), f, 2, "#Channels=3", "2 channels");
    }

    @Test
    void rateRowTooShort() {
        Path f = file("5", "Rate\t1000");
        assertFormatError(() -> AncReader.read(f), f, 5, "expected 2 Rate values", "found 1");
    }

    @Test
    void missingRangeRow() {
        Path f = file("6", "0.0\t0\t0");
        assertFormatError(() -> AncReader.read(f), f, 6, "'Range'");
    }

    @Test
    void headerCellThatIsNotAKey() {
        Path f = file("1", "File_Type\tAnalog R/C ASCII");
        assertFormatError(() -> AncReader.read(f), f, 1, "key", "\"File_Type\"");
    }

    @Test
    void duplicateChannelName() {
        Path f = file("4", "Name\tEMG1\tEMG1");
        assertFormatError(() -> AncReader.read(f), f, 4, "duplicate channel name 'EMG1'");
    }

    @Test
    void noNameRow() {
        Path f = writeLines(dir.resolve("noname.anc"), "File_Type:\tAnalog R/C ASCII", "BitDepth:\t16");
        assertFormatError(() -> AncReader.read(f), f, 2, "'Name'");
    }
}

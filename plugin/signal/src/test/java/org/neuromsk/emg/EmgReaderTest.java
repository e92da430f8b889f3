package org.neuromsk.emg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.TestData;

class EmgReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsCsvWithHeaderChoosesAndRenamesChannels() throws IOException {
        Path csv = write("raw.csv", "time,TA,SOL,GAS\n0,1,2,3\n0.001,-1,-2,-3\n0.002,0.5,0.25,4\n");
        EmgSignals all = EmgReader.read(csv);
        assertEquals(List.of("TA", "SOL", "GAS"), all.channels());
        assertArrayEquals(new double[] {0, 0.001, 0.002}, all.time(), 0);
        assertArrayEquals(new double[] {2, -2, 0.25}, all.channel("SOL"), 0);
        assertEquals(1000, all.rate(), 1e-9);

        EmgSignals some = EmgReader.read(csv, List.of("GAS", "TA"), Map.of("TA", "tib_ant_r"));
        assertEquals(List.of("GAS", "tib_ant_r"), some.channels());
        assertArrayEquals(new double[] {1, -1, 0.5}, some.channel("tib_ant_r"), 0);
    }

    @Test
    void readsTabSeparatedTextAndStorage() throws IOException {
        Path txt = write("raw.txt", "# exported\ntime\tA\tB\n0\t1\t2\n0.5\t3\t4\n");
        assertArrayEquals(new double[] {2, 4}, EmgReader.read(txt).channel("B"), 0);

        Path sto = dir.resolve("raw.sto");
        StorageWriter.write(Storage.of("emg", false, List.of("A", "B"), new double[] {0, 0.5},
                new double[][] {{1, 3}, {2, 4}}), sto);
        assertArrayEquals(new double[] {1, 3}, EmgReader.read(sto).channel("A"), 0);
    }

    @Test
    void ancCountsBecomeVolts() {
        Path anc = TestData.require("opensim-models/Pipelines/Rajagopal/ExpData/emg_walk_raw.anc");
        EmgSignals emg = EmgReader.read(anc, List.of("SOL", "MH"), Map.of());
        // first row: SOL −197 counts, Range 2500 mV; MH 463 counts, Range 1000 mV; BitDepth 16:
        // V = counts · Range / 2^15 / 1000 → −197·2500/32768/1000 = −0.0150299072265625,
        // 463·1000/32768/1000 = 0.014129638671875
        assertEquals(-0.0150299072265625, emg.channel("SOL")[0], 1e-15);
        assertEquals(0.014129638671875, emg.channel("MH")[0], 1e-15);
        assertEquals(2000, emg.rate(), 1e-6);
    }

    @Test
    void unknownChannelsAreOneLineErrorsNamingTheFile() throws IOException {
        Path csv = write("raw.csv", "time,TA\n0,1\n0.001,2\n");
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> EmgReader.read(csv, List.of("TA", "XX"), Map.of()));
        assertTrue(e.getMessage().startsWith(csv + ": no channel 'XX'; channels are TA"), e.getMessage());
        e = assertThrows(FileFormatException.class, () -> EmgReader.read(csv, List.of(), Map.of("YY", "y")));
        assertTrue(e.getMessage().contains("no channel 'YY'"), e.getMessage());

        Path anc = TestData.require("opensim-models/Pipelines/Rajagopal/ExpData/emg_walk_raw.anc");
        e = assertThrows(FileFormatException.class, () -> EmgReader.read(anc, List.of("SOLEUS"), Map.of()));
        assertTrue(e.getMessage().startsWith(anc + ": no channel 'SOLEUS'; channels are F1X"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void nanAndNonIncreasingTimesAreErrorsWithFileAndLine() throws IOException {
        Path nan = write("nan.csv", "time,TA\n0,1\n0.001,NaN\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> EmgReader.read(nan));
        assertTrue(e.getMessage().startsWith(nan + ":3: column 'TA'"), e.getMessage());
        assertTrue(e.getMessage().contains("not a finite number"), e.getMessage());

        Path back = write("back.csv", "time,TA\n0,1\n0.002,2\n0.001,3\n");
        e = assertThrows(FileFormatException.class, () -> EmgReader.read(back));
        assertTrue(e.getMessage().startsWith(back + ":4: time 0.001 does not increase"), e.getMessage());

        Path empty = write("empty.csv", "time,TA\n0,1\n0.001,\n");
        e = assertThrows(FileFormatException.class, () -> EmgReader.read(empty));
        assertTrue(e.getMessage().startsWith(empty + ":3: "), e.getMessage());

        Path nanSto = write("nan.sto", "emg\nendheader\ntime\tTA\n0\t1\n0.001\tnan\n");
        e = assertThrows(FileFormatException.class, () -> EmgReader.read(nanSto));
        assertTrue(e.getMessage().startsWith(nanSto + ":5: "), e.getMessage());
    }

    @Test
    void refusesUnknownFileTypes() throws IOException {
        Path xls = write("raw.xlsx", "");
        FileFormatException e = assertThrows(FileFormatException.class, () -> EmgReader.read(xls));
        assertTrue(e.getMessage().startsWith(xls + ": unknown EMG file type"), e.getMessage());
    }
}

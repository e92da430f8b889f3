package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

class EmgCommandTest {

    @TempDir
    Path dir;

    /**
     * The chain of the Moco walking example's README, given as options, reproduces its
     * electromyography.sto with r ≥ 0.99 per muscle (the check).
     */
    @Test
    void mocoChainFromTheCommandLine() {
        Path out = dir.resolve("env.sto");
        CliRun run = CliRun.of("emg", "process", "--in",
                TestData.require("opensim-models/Pipelines/Rajagopal/ExpData/emg_walk_raw.anc").toString(),
                "--channels", "SOL,GAS,TA,MH,BF,VL,VM,RF,GMAX,GMED",
                "--rename", "SOL=soleus,GAS=gastrocnemius,TA=tibialis_anterior,MH=medial_hamstrings,"
                        + "BF=biceps_femoris,VL=vastus_lateralis,VM=vastus_medius,RF=rectus_femoris,"
                        + "GMAX=gluteus_maximus,GMED=gluteus_medius",
                "--bandpass", "50,500", "--bandpass-order", "6", "--lowpass", "7.5", "--lowpass-order", "4",
                "--critically-damped", "15", "--critically-damped-order", "4", "--normalize", "max",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Storage ours = StorageReader.read(out);
        Storage ref = StorageReader.read(TestData.require("opensim-moco-walk/electromyography.sto"));
        for (String muscle : ref.labels()) {
            double r = new PearsonsCorrelation().correlation(ref.column(muscle), ours.column(muscle));
            assertTrue(r >= 0.99, muscle + ": r = " + r);
        }
    }

    @Test
    void unknownChannelIsNamedAndNothingIsWritten() {
        Path out = dir.resolve("env.sto");
        CliRun run = CliRun.of("emg", "process", "--in",
                TestData.require("opensim-models/Pipelines/Rajagopal/ExpData/emg_walk_raw.anc").toString(),
                "--channels", "SOL,XYZ", "--lowpass", "6", "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("XYZ"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void nanInEmgIsRefusedWithTheLine() throws IOException {
        Path raw = dir.resolve("raw.sto");
        Files.writeString(raw, "emg\nversion=1\nendheader\ntime\tm1\n0\t0.1\n0.001\tNaN\n0.002\t0.3\n");
        CliRun run = CliRun.of("emg", "process", "--in", raw.toString(), "--lowpass", "6", "--out",
                dir.resolve("env.sto").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("raw.sto:6"), run.err());
    }
}

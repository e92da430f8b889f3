package org.neuromsk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

class GaitTrialReaderTest {

    @TempDir
    Path dir;

    @Test
    void joinsTheFolderOnTheKinematicsTimeBaseAndFindsItsCycles() {
        SyntheticGait.write(dir, 1.0, 6.0, 100);
        GaitTrial trial = GaitTrialReader.folder(dir).muscles(List.of("soleus_r", "tib_ant_r")).read();
        assertEquals(601, trial.frames());
        assertEquals(dir.getFileName().toString(), trial.tag("trial"));
        assertEquals(List.of("soleus_r", "tib_ant_r"), trial.emg().orElseThrow().labels());
        assertTrue(trial.torques().isPresent() && trial.groundForces().isPresent());
        // heel strikes: the force 600·sin(πφ/0.6) rises through 20 N just after each whole second;
        // the first cycle starts at ~0.0106 s and the sixth heel strike at ~5.0106 s ends the fifth cycle
        GaitCycles cycles = Segmentation.defaults().segment(trial);
        assertEquals(5, cycles.size());
        assertEquals(0.6 * Math.asin(20.0 / 600) / Math.PI, cycles.cycles().get(0).start(), 1e-3);
        // without force plates the knee angle gives the heel strikes: fully extended at 1, 2, … 5 s after
        // each swing (t = 0 follows no swing, t = 6 is the last frame): 4 cycles
        GaitTrial noForces = GaitTrialReader.folder(dir).groundForces(null).read();
        GaitCycles fromKnee = Segmentation.defaults().segment(noForces);
        assertEquals(4, fromKnee.size());
        assertEquals(1.0, fromKnee.cycles().get(0).start(), 1e-12);
    }

    @Test
    void anglesInRadiansAreReadInDegrees() {
        double[] t = {0, 0.01, 0.02};
        Path q = dir.resolve("q.sto");
        StorageWriter.write(Storage.of("Coordinates", false, List.of("/jointset/knee_r/knee_angle_r/value"), t,
                new double[][] {{0, Math.PI / 2, -Math.PI}}), q);
        GaitTrial trial = GaitTrialReader.kinematics(q).read();
        double[] knee = trial.anglesDegrees(List.of("knee_angle_r"))[0];
        assertEquals(90, knee[1], 1e-12);
        assertEquals(-180, knee[2], 1e-12);
    }

    @Test
    void tablesAtAnotherRateAreInterpolatedOntoTheKinematicsTimes() {
        SyntheticGait.write(dir, 1.0, 2.0, 100);
        // EMG at 50 Hz, linear in time: interpolation onto 100 Hz is exact
        double[] t = new double[101];
        double[] v = new double[101];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / 50.0;
            v[i] = 3 * t[i];
        }
        StorageWriter.write(Storage.of("EMG", false, List.of("soleus_r"), t, new double[][] {v}),
                dir.resolve(GaitTrialReader.EMG));
        GaitTrial trial = GaitTrialReader.folder(dir).read();
        assertEquals(3 * 0.37, trial.emg(List.of("soleus_r"))[0][37], 1e-12);
    }

    @Test
    void anEmgFileThatDoesNotCoverTheKinematicsIsRefusedByName() {
        SyntheticGait.write(dir, 1.0, 2.0, 100);
        StorageWriter.write(Storage.of("EMG", false, List.of("soleus_r"), new double[] {0, 0.5, 1.0},
                new double[][] {{1, 2, 3}}), dir.resolve(GaitTrialReader.EMG));
        FileFormatException e = assertThrows(FileFormatException.class, () -> GaitTrialReader.folder(dir).read());
        assertTrue(e.getMessage().startsWith(dir.resolve(GaitTrialReader.EMG).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("time base does not match"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void nanInTheEmgIsRefusedWithFileAndLine() throws Exception {
        SyntheticGait.write(dir, 1.0, 2.0, 100);
        Path emg = dir.resolve(GaitTrialReader.EMG);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(emg));
        int row = lines.size() - 3;
        lines.set(row, lines.get(row).replaceFirst("\\t[^\\t]+", "\tNaN"));
        Files.write(emg, lines);
        FileFormatException e = assertThrows(FileFormatException.class, () -> GaitTrialReader.folder(dir).read());
        assertEquals(row + 1, e.line());
        assertTrue(e.getMessage().startsWith(emg + ":" + (row + 1) + ":"), e.getMessage());
    }

    @Test
    void aMuscleMissingFromTheEmgFileIsNamed() {
        SyntheticGait.write(dir, 1.0, 2.0, 100);
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> GaitTrialReader.folder(dir).muscles(List.of("soleus_r", "gaslat_r")).read());
        assertTrue(e.getMessage().contains(GaitTrialReader.EMG) && e.getMessage().contains("gaslat_r"), e.getMessage());
    }

    @Test
    void trialsSplitByTagAndCyclesInterleave() {
        SyntheticGait.write(dir, 1.0, 2.0, 100);
        GaitTrial a = GaitTrialReader.folder(dir).name("a").tag("speed", "3.6").read();
        GaitTrial b = a.withTags(java.util.Map.of("trial", "b", "speed", "4.5"));
        TrialSplit bySpeed = TrialSplit.bySpeed(List.of(a, b), java.util.Set.of("4.5"));
        assertEquals(List.of(a), bySpeed.train());
        assertEquals(List.of(b), bySpeed.test());
        assertEquals(java.util.Set.of(2, 7, 12), TrialSplit.interleavedCycles(15, 5, 2));
    }
}

package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code neuromsk train}: an output folder that cannot be written is refused before any trial is read
 * or network trained (it used to be found when the model was saved, after all the training). The
 * trial and subject folders here do not exist, so any error about them would mean the command got
 * further than the output check.
 */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void aGaitEmgModelFolderThatCannotBeReplacedIsRefusedBeforeTraining() throws Exception {
        Path exp = Files.writeString(dir.resolve("exp.json"),
                "{\"type\": \"gait-emg-baseline\", \"train\": [\"walk\"]}");
        assertRefusedToReplace(exp, "a gait EMG model folder (no gait-emg.json)");
    }

    @Test
    void anNmmStudyFolderThatCannotBeReplacedIsRefusedBeforeTraining() throws Exception {
        // the NMM used to write into any existing folder (only a file was refused), mixing its outputs
        // with whatever was there; now it is refused like the gait types
        Path exp = Files.writeString(dir.resolve("nmm.json"),
                "{\"type\": \"nmm\", \"subjects\": [\"virtual/subject01\"]}");
        assertRefusedToReplace(exp, "an NMM study folder (no study.txt)");
    }

    /**
     * {@code train EXP --out X} for X a file, X a non-empty folder and X below a file: one line, exit 1,
     * nothing touched.
     *
     * @param kind what X is not, as the message names it
     */
    private void assertRefusedToReplace(Path exp, String kind) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "not a folder");
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("keep.txt"), "x");
        for (Path out : new Path[] {file, folder}) {
            CliRun r = CliRun.of("train", exp.toString(), "--out", out.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertEquals("neuromsk: " + out + ": exists and is not " + kind + "; refusing to replace it",
                    r.err().strip());
        }
        // a file where a parent folder of X would have to be: refused before training too
        Path under = file.resolve("model");
        CliRun r = CliRun.of("train", exp.toString(), "--out", under.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("neuromsk: " + under + ": cannot write: " + file + " is a file, not a folder", r.err().strip());
        // a folder that takes no new file (/proc refuses even root, who may write anywhere else): refused
        // before training too, where it used to be found when the model was saved
        Path unwritable = Path.of("/proc/neuromsk-train-test/model");
        r = CliRun.of("train", exp.toString(), "--out", unwritable.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().strip().startsWith("neuromsk: " + unwritable + ": cannot write: /proc does not accept new "
                + "files ("), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("not a folder", Files.readString(file));
        assertEquals("x", Files.readString(folder.resolve("keep.txt")));
        try (var entries = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("keep.txt")), entries.toList());
        }
    }
}

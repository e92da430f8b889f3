package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

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
        Path exp = dir.resolve("exp.json");
        Files.writeString(exp, "{\"type\": \"gait-emg-baseline\", \"train\": [\"walk\"]}");
        Path file = Files.writeString(dir.resolve("taken"), "not a model");
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(folder.resolve("keep.txt"), "x");
        for (Path out : new Path[] {file, folder}) {
            CliRun r = CliRun.of("train", exp.toString(), "--out", out.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertEquals("neuromsk: " + out + ": exists and is not a gait EMG model folder (no gait-emg.json); "
                    + "refusing to replace it", r.err().strip());
        }
        assertEquals("not a model", Files.readString(file));
        assertEquals("x", Files.readString(folder.resolve("keep.txt")));
    }

    @Test
    void anNmmOutputThatIsAFileIsRefusedBeforeTraining() throws Exception {
        Path exp = dir.resolve("nmm.json");
        Files.writeString(exp, "{\"type\": \"nmm\", \"subjects\": [\"virtual/subject01\"]}");
        Path file = Files.writeString(dir.resolve("taken"), "not a folder");
        CliRun r = CliRun.of("train", exp.toString(), "--out", file.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("neuromsk: " + file + ": exists and is not a folder", r.err().strip());
    }
}

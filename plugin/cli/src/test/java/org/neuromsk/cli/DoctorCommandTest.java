package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.SharedData;

/** {@code neuromsk doctor}'s data line says what is wrong with the configured data folder. */
class DoctorCommandTest {

    @TempDir
    Path dir;

    private String saved;

    @BeforeEach
    void remember() {
        saved = System.getProperty(SharedData.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(SharedData.PROPERTY);
        } else {
            System.setProperty(SharedData.PROPERTY, saved);
        }
    }

    /** @return doctor's "Data:" line with the data folder set to {@code data} */
    private static String dataLine(Path data) {
        System.setProperty(SharedData.PROPERTY, data.toString());
        CliRun run = CliRun.of("doctor", "--opensim-home", data.resolveSibling("no-opensim").toString());
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().filter(l -> l.startsWith("Data:     ")).findFirst().orElseThrow();
    }

    @Test
    void aFileIsNotAFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("data.txt"), "not a folder");
        assertEquals("Data:     " + file + " (from system property neuromsk.data.dir) - not a folder: " + file
                + " is a file; set -Dneuromsk.data.dir or NEUROMSK_DATA to the reference data folder", dataLine(file));
    }

    @Test
    void aMissingFolderIsMissing() {
        Path none = dir.resolve("none");
        assertEquals("Data:     " + none + " (from system property neuromsk.data.dir) - missing: no such folder; "
                + "set -Dneuromsk.data.dir or NEUROMSK_DATA", dataLine(none));
    }

    @Test
    void aFolderLackingTheDataNamesWhatItLacks() throws Exception {
        Files.createDirectories(dir.resolve("opensim-4.5.2"));
        Files.createDirectories(dir.resolve("ceinms-rt-lowerlimb"));
        assertEquals("Data:     " + dir + " (from system property neuromsk.data.dir) - incomplete: lacks "
                + "opensim-models/, opensim-moco-walk/ of the reference data (opensim-4.5.2/, opensim-models/, "
                + "opensim-moco-walk/, ceinms-rt-lowerlimb/)", dataLine(dir));
        Files.createDirectories(dir.resolve("opensim-models"));
        Files.createDirectories(dir.resolve("opensim-moco-walk"));
        assertEquals("Data:     " + dir + " (from system property neuromsk.data.dir)", dataLine(dir));
    }

    @Test
    void theSharedDataAreComplete() {
        Path shared = SharedData.directory();
        if (Files.isDirectory(shared)) {
            assertTrue(dataLine(shared).endsWith("(from system property neuromsk.data.dir)"), dataLine(shared));
        }
    }
}

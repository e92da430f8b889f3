package org.neuromsk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;

/** Writes that cannot happen say why, and leave nothing behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhereAFolderShouldBeIsNamedAsSuch() throws IOException {
        Path plain = Files.writeString(dir.resolve("model.osim"), "x");
        Path target = plain.resolve("id.sto");
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> AtomicFiles.writeText(target, out -> out.write("t")));
        // the file system names only the path here (it was "cannot write: .../model.osim")
        assertEquals(target + ": cannot write: " + plain + " is a file, not a folder", e.getMessage());

        Path deeper = plain.resolve("out/id.sto");
        e = assertThrows(NeuroMskException.class, () -> AtomicFiles.writeText(deeper, out -> out.write("t")));
        // here it gives its own reason (worded by the system), which is kept
        assertTrue(e.getMessage().startsWith(deeper + ": cannot write: " + plain.resolve("out") + ": "),
                e.getMessage());
    }

    @Test
    void aFolderWhereTheFileShouldBeLeavesNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("id.sto"));
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> AtomicFiles.writeText(folder, out -> out.write("t")));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the folder itself remains");
        }
    }
}

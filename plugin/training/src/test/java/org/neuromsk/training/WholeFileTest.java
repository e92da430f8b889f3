package org.neuromsk.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.neuromsk.io.FileFormatException;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void readsBytesAndUtf8Text() throws IOException {
        Path bin = Files.write(dir.resolve("a.bin"), new byte[] {1, -2, 3});
        assertArrayEquals(new byte[] {1, -2, 3}, WholeFile.bytes(bin));
        // "1 µs" in UTF-8: µ is the two bytes C2 B5
        Path txt = Files.write(dir.resolve("a.txt"), new byte[] {'1', ' ', (byte) 0xC2, (byte) 0xB5, 's'});
        assertEquals("1 µs", WholeFile.text(txt));
    }

    @Test
    void missingFileIsNamedAsNotFound() {
        Path missing = dir.resolve("nowhere.params");
        for (FileFormatException e : new FileFormatException[] {
            assertThrows(FileFormatException.class, () -> WholeFile.bytes(missing)),
            assertThrows(FileFormatException.class, () -> WholeFile.text(missing))}) {
            assertEquals(missing, e.file());
            assertTrue(e.getMessage().startsWith(missing.toString()), e.getMessage());
            assertTrue(e.getMessage().endsWith(": file not found"), e.getMessage());
        }
    }

    @Test
    void unreadableFileSaysWhy() throws IOException {
        // a folder exists but cannot be read as a file; bytes that are not UTF-8 cannot be read as text
        FileFormatException folder = assertThrows(FileFormatException.class, () -> WholeFile.bytes(dir));
        assertTrue(folder.getMessage().contains(": cannot read: "), folder.getMessage());
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "µ".getBytes(StandardCharsets.ISO_8859_1));
        FileFormatException text = assertThrows(FileFormatException.class, () -> WholeFile.text(latin1));
        assertTrue(text.getMessage().contains(": cannot read: "), text.getMessage());
    }
}

package org.neuromsk.io.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.function.Executable;
import org.neuromsk.io.FileFormatException;

/** Assertions for the errors readers report on malformed files. */
public final class FileErrors {

    private FileErrors() {
    }

    /**
     * Writes a small test file.
     *
     * @param file where
     * @param lines its lines, joined with LF and ended by LF
     * @return the file
     */
    public static Path writeLines(Path file, String... lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Asserts that reading fails with a one-line {@link FileFormatException} that names the file and
     * the line, and mentions each fragment.
     *
     * @param read the failing read
     * @param file the file being read
     * @param line the expected 1-based line number (0: not tied to a line)
     * @param fragments texts the message must contain
     * @return the exception, for further checks
     */
    public static FileFormatException assertFormatError(Executable read, Path file, int line, String... fragments) {
        FileFormatException e = assertThrows(FileFormatException.class, read);
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "message must be one line: " + message);
        assertTrue(message.contains(file.getFileName().toString()), "message must name the file: " + message);
        assertEquals(line, e.line(), "line number in: " + message);
        if (line > 0) {
            assertTrue(message.contains(file.getFileName() + ":" + line + ":"), "message must give the line: " + message);
        }
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), "message must mention '" + fragment + "': " + message);
        }
        return e;
    }
}

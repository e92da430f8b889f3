package org.neuromsk.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.neuromsk.io.FileFormatException;

/** Reads a whole file at once, turning a missing or unreadable file into a one-line {@link FileFormatException}. */
public final class WholeFile {

    private WholeFile() {
    }

    /**
     * @param file any file
     * @return its content
     * @throws FileFormatException naming the file: "file not found", or "cannot read: " and the reason
     */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw notFound(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * @param file a UTF-8 text file
     * @return its text
     * @throws FileFormatException naming the file: "file not found", or "cannot read: " and the reason
     *     (also for bytes that are not UTF-8)
     */
    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw notFound(file);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static FileFormatException notFound(Path file) {
        return new FileFormatException(file, 0, "file not found");
    }

    private static FileFormatException cannotRead(Path file, IOException e) {
        return new FileFormatException(file, 0, "cannot read: " + e.getMessage(), e);
    }
}

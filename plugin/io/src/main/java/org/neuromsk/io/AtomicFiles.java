package org.neuromsk.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neuromsk.error.NeuroMskException;

/**
 * Writes output files so that a failure never leaves a half-written file behind: the content goes to
 * a temporary file in the same folder, which is moved over the target only once it is complete.
 */
public final class AtomicFiles {

    /** Something that writes a whole file's text. */
    @FunctionalInterface
    public interface TextContent {
        /**
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes a text file (UTF-8) atomically; creates missing parent folders.
     *
     * @param target the file to create or replace
     * @param content writes the text
     * @throws NeuroMskException if the file cannot be written (the target is then untouched)
     */
    public static void writeText(Path target, TextContent content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            move(tmp, absolute);
            tmp = null;
        } catch (IOException e) {
            throw new NeuroMskException(target + ": cannot write: " + reason(e), e);
        } catch (UncheckedIOException e) {
            throw new NeuroMskException(target + ": cannot write: " + reason(e.getCause()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
        }
    }

    /**
     * Checks, before long work, that files can later be written into {@code folder}: the nearest folder that
     * exists (the folder itself or an ancestor) must be a folder and take a new file, which is created and
     * deleted again; nothing else is created.
     *
     * @param folder the output folder, existing or not
     * @throws NeuroMskException naming the folder and what is wrong
     */
    public static void checkWritableFolder(Path folder) {
        checkWritableFolder(folder, folder);
    }

    /**
     * As {@link #checkWritableFolder(Path)}, for an output that will be written in {@code folder}.
     *
     * @param folder the folder the output will be written in, existing or not
     * @param output the output, as the message names it
     * @throws NeuroMskException naming {@code output} and what is wrong
     */
    public static void checkWritableFolder(Path folder, Path output) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new NeuroMskException(output + ": cannot write: " + existing + " is a file, not a folder");
        }
        try {
            Files.delete(Files.createTempFile(existing, ".neuromsk-write-check", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new NeuroMskException(output + ": cannot write: " + existing + " does not accept new files ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /**
     * Deletes a file, or a folder and everything in it, as far as it can: for cleaning up temporary folders
     * and the output of a failed run, where a leftover does less harm than hiding the failure being reported.
     *
     * @param path the file or folder (null or missing: nothing to do)
     */
    public static void deleteTreeQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // see above: the rest is still deleted
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // a folder that cannot be listed is left as it is
        }
    }

    /**
     * @param e why a write failed
     * @return what is wrong, for people: the file-system exceptions name only the path when the cause is a
     *     missing folder or a file in the way of one
     */
    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f && f.getReason() == null) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof NoSuchFileException f && f.getReason() == null) {
            return "folder " + f.getFile() + " does not exist and cannot be created";
        }
        if (e instanceof AccessDeniedException f && f.getReason() == null) {
            return "permission denied: " + f.getFile();
        }
        return e.getMessage();
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

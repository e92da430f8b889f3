package org.neuromsk.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;

/**
 * Writes a whole folder (a model or a checkpoint) beside its target and moves it into place once it
 * is complete, so that readers never see a half-written one; the files inside are written plainly. An existing target is replaced only if
 * it holds the marker file, so a wrong path cannot wipe an unrelated folder.
 */
public final class AtomicDirectory {

    /** Fills a folder. */
    @FunctionalInterface
    public interface Content {
        void writeInto(Path folder) throws IOException;
    }

    private AtomicDirectory() {
    }

    /**
     * @param target the folder to create or replace
     * @param marker a file name every folder written this way contains
     * @param content writes the files
     */
    static void replace(Path target, String marker, Content content) {
        replace(target, marker, "a model folder", content);
    }

    /**
     * @param target the folder to create or replace
     * @param marker a file name every folder written this way contains
     * @param kind what such a folder is, for the message ("an NMM study folder")
     * @param content writes the files
     * @throws NeuroMskException if the target exists and is neither empty nor holds the marker
     */
    public static void replace(Path target, String marker, String kind, Content content) {
        checkTarget(target, marker, kind);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path tmp = null;
        Path old = null;
        try {
            Files.createDirectories(parent);
            // created like any folder (the umask applies), unlike createTempDirectory's owner-only mode
            tmp = Files.createDirectory(parent.resolve("." + name + ".tmp" + System.nanoTime()));
            content.writeInto(tmp);
            if (Files.exists(absolute)) {
                old = parent.resolve("." + name + ".old" + System.nanoTime());
                Files.move(absolute, old);
            }
            Files.move(tmp, absolute);
            tmp = null;
        } catch (IOException e) {
            throw new NeuroMskException(target + ": cannot write: " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTreeQuietly(tmp);
            AtomicFiles.deleteTreeQuietly(old);
        }
    }

    /**
     * Refuses a target that {@link #replace} would refuse, so that a caller can check before long work.
     *
     * @param target the folder to create or replace
     * @param marker a file name every folder written this way contains
     * @param kind what such a folder is, for the message ("an NMM study folder")
     * @throws NeuroMskException if the target exists and is neither an empty folder nor holds the marker, a
     *     file stands where one of its parent folders would have to be, or the nearest existing folder takes
     *     no new file
     */
    public static void checkTarget(Path target, String marker, String kind) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !isReplaceable(absolute, marker)) {
            throw new NeuroMskException(target + ": exists and is not " + kind + " (no " + marker
                    + "); refusing to replace it");
        }
        // the folder is written beside the target: its parent (or the nearest existing ancestor) must be a
        // folder that takes files
        if (absolute.getParent() != null) {
            AtomicFiles.checkWritableFolder(absolute.getParent(), target);
        }
    }

    private static boolean isReplaceable(Path folder, String marker) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.exists(folder.resolve(marker))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

}

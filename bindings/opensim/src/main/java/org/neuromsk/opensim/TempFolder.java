package org.neuromsk.opensim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neuromsk.error.NeuroMskException;

/** A scratch folder for OpenSim's tools, which read and write files; removed with everything in it on close. */
final class TempFolder implements AutoCloseable {

    private final Path path;

    private TempFolder(Path path) {
        this.path = path;
    }

    /**
     * @param prefix folder name prefix
     * @return a new empty folder under the system's temporary folder
     */
    static TempFolder create(String prefix) {
        try {
            return new TempFolder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new NeuroMskException("cannot create a temporary folder for OpenSim: " + e.getMessage(), e);
        }
    }

    /** @param name a file name @return that file inside the folder */
    Path resolve(String name) {
        return path.resolve(name);
    }

    /** @return the folder */
    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // leftovers in the temporary folder do not affect results; the OS cleans them
        }
    }
}

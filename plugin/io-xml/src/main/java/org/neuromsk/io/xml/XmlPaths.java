package org.neuromsk.io.xml;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import org.neuromsk.error.NeuroMskException;

/**
 * File names inside OpenSim documents: OpenSim resolves a relative name against the folder of the
 * document that contains it, and treats a blank name or {@code Unassigned} as "no file".
 */
public final class XmlPaths {

    private XmlPaths() {
    }

    /**
     * @param value a file name as written, possibly null
     * @return true unless it is null, blank or {@code Unassigned}
     */
    public static boolean isGiven(String value) {
        return value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("Unassigned");
    }

    /**
     * @param documentFile the XML file that names the file
     * @param value the file name as written (Windows separators are accepted)
     * @return the file, relative names resolved against the document's folder; empty when not given
     * @throws NeuroMskException if the name is not a valid path
     */
    public static Optional<Path> resolve(Path documentFile, String value) {
        if (!isGiven(value)) {
            return Optional.empty();
        }
        String name = value.strip();
        if (File.separatorChar == '/') {
            name = name.replace('\\', '/');
        }
        try {
            Path p = Path.of(name);
            return Optional.of(p.isAbsolute() ? p.normalize() : folderOf(documentFile).resolve(p).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            throw new NeuroMskException(documentFile + ": invalid file name '" + name + "'", e);
        }
    }

    /**
     * @param file a file
     * @return its absolute parent folder
     */
    public static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }
}

package org.neuromsk.backend.tool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.xml.OsimDocument;

/**
 * The input-file checks every tool-setup reader makes: a property naming an input file must be given
 * (when required) and name an existing regular file. Failures are {@link FileFormatException}s naming
 * the setup file and the property's line (the root element's when the property is missing).
 */
public final class SetupFiles {

    private final OsimDocument<?> doc;
    private final String tool;

    /**
     * @param doc the setup document
     * @param tool its tool's OpenSim class name, for messages (e.g. "InverseDynamicsTool")
     */
    public SetupFiles(OsimDocument<?> doc, String tool) {
        this.doc = doc;
        this.tool = tool;
    }

    /**
     * @param property the setup property, for messages (e.g. "model_file")
     * @param path its resolved path, empty when the setup leaves it blank
     * @return the path
     * @throws FileFormatException if the path is empty or names no existing file
     */
    public Path require(String property, Optional<Path> path) {
        Path p = path.orElseThrow(() -> doc.error(doc.root(), tool + " has no <" + property + ">"));
        if (!Files.isRegularFile(p)) {
            throw doc.error(doc.root(), property, "<" + property + "> names " + p + ", which does not exist");
        }
        return p;
    }

    /**
     * @param property the setup property, for messages
     * @param path its resolved path, empty when the setup leaves it blank (allowed)
     * @return {@code path}
     * @throws FileFormatException if the path is given but names no existing file
     */
    public Optional<Path> checkIfGiven(String property, Optional<Path> path) {
        if (path.isPresent()) {
            require(property, path);
        }
        return path;
    }

    /**
     * @param property the setup property, for messages (e.g. "force_set_files")
     * @param paths its resolved paths
     * @return the paths, in order
     * @throws FileFormatException if one names no existing file
     */
    public List<Path> requireEach(String property, List<Path> paths) {
        List<Path> checked = new ArrayList<>(paths.size());
        for (Path p : paths) {
            checked.add(require(property, Optional.of(p)));
        }
        return checked;
    }
}

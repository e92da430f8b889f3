package org.neuromsk.io.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neuromsk.io.testing.TestData;

/** The OpenSim XML files of the shared reference data, for tests. */
final class SharedDocuments {

    /**
     * Files under the data folder that end in .xml but are not OpenSim documents, with the reason.
     */
    static final Map<String, String> NOT_OPENSIM = Map.of(
            "ceinms-rt-lowerlimb/data/subjectCalibrated.xml",
            "CEINMS calibrated-subject file (root <subject>), not an OpenSim document");

    private SharedDocuments() {
    }

    /** @return the data folder (test skipped outside CI when missing) */
    static Path root() {
        return TestData.require(".").toAbsolutePath().normalize();
    }

    /** @return every .osim and .xml file of the data folder except {@link #NOT_OPENSIM}, sorted */
    static List<Path> all() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".osim") || p.toString().endsWith(".xml"))
                    .filter(p -> !NOT_OPENSIM.containsKey(root.relativize(p).toString().replace('\\', '/')))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param path a file of the data folder
     * @return its path relative to the data folder
     */
    static String relative(Path path) {
        return root().relativize(path).toString().replace('\\', '/');
    }
}

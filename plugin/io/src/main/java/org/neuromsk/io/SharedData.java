package org.neuromsk.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Locates the folder of reference data (OpenSim outputs and recordings) that tests and validation
 * read. It is never written to.
 *
 * <p>Order of precedence: the system property {@value #PROPERTY}, the environment variable
 * {@value #ENVIRONMENT}, the system property {@value #DEFAULT_PROPERTY} (set by the build to
 * {@code ../shared/data} beside the repository), then {@code ../shared/data} relative to the working
 * directory.
 */
public final class SharedData {

    /** System property that names the data folder. */
    public static final String PROPERTY = "neuromsk.data.dir";
    /** Environment variable that names the data folder. */
    public static final String ENVIRONMENT = "NEUROMSK_DATA";
    /** System property with the build's default location. */
    public static final String DEFAULT_PROPERTY = "neuromsk.default.data.dir";
    /** The top-level folders of the reference data (its README.md describes them). */
    public static final List<String> FOLDERS = List.of("opensim-4.5.2", "opensim-models", "opensim-moco-walk",
            "ceinms-rt-lowerlimb");

    private SharedData() {
    }

    /** @return the configured data folder (it may not exist) */
    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (isBlank(configured)) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (isBlank(configured)) {
            configured = System.getProperty(DEFAULT_PROPERTY);
        }
        if (isBlank(configured)) {
            configured = "../shared/data";
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** @return where the setting came from, for diagnostics */
    public static String source() {
        if (!isBlank(System.getProperty(PROPERTY))) {
            return "system property " + PROPERTY;
        }
        if (!isBlank(System.getenv(ENVIRONMENT))) {
            return "environment variable " + ENVIRONMENT;
        }
        if (!isBlank(System.getProperty(DEFAULT_PROPERTY))) {
            return "build default";
        }
        return "default ../shared/data";
    }

    /**
     * @param relative a path inside the data folder
     * @return the file or folder, if it exists
     */
    public static Optional<Path> find(String relative) {
        Path p = directory().resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

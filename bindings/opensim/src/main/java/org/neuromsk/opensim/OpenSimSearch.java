package org.neuromsk.opensim;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to look for OpenSim, in order: an explicit home ({@code --opensim-home}), the
 * {@value #ENVIRONMENT} environment variable, OpenSim's jar on the class path, OpenSim's native library
 * on {@code java.library.path}. Values only: searching is {@link OpenSimDiscovery}'s job.
 *
 * @param home the folder given on the command line, if any
 * @param environmentHome the value of {@value #ENVIRONMENT}, if set and not blank
 * @param classPath the class loader whose class path may hold {@code org-opensim-modeling.jar}
 * @param libraryPath the folders of {@code java.library.path}, in order
 */
public record OpenSimSearch(Optional<Path> home, Optional<Path> environmentHome, ClassLoader classPath,
        List<Path> libraryPath) {

    /** Environment variable naming the OpenSim install folder. */
    public static final String ENVIRONMENT = "OPENSIM_HOME";

    /** Checks the fields and freezes the list. */
    public OpenSimSearch {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(environmentHome, "environmentHome");
        Objects.requireNonNull(classPath, "classPath");
        libraryPath = List.copyOf(libraryPath);
    }

    /**
     * @param home the folder given on the command line, if any
     * @return the search this process would make: {@value #ENVIRONMENT}, the application class path
     *     and {@code java.library.path}
     */
    public static OpenSimSearch fromEnvironment(Optional<Path> home) {
        String env = System.getenv(ENVIRONMENT);
        Optional<Path> environmentHome = env == null || env.isBlank() ? Optional.empty() : Optional.of(Path.of(env.strip()));
        ClassLoader loader = OpenSimSearch.class.getClassLoader();
        return new OpenSimSearch(home, environmentHome, loader == null ? ClassLoader.getSystemClassLoader() : loader,
                splitPath(System.getProperty("java.library.path", "")));
    }

    /** @return a search that only looks in one folder (for tools and tests) */
    static OpenSimSearch inHome(Path home) {
        return new OpenSimSearch(Optional.of(home), Optional.empty(), ClassLoader.getPlatformClassLoader(), List.of());
    }

    private static List<Path> splitPath(String path) {
        List<Path> out = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.add(Path.of(entry.strip()));
            }
        }
        return out;
    }
}

package org.neuromsk.opensim;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.neuromsk.backend.BackendUnavailableException;

/**
 * Finds an OpenSim install without loading anything: file-system checks and the first bytes of the
 * native library only, so it is cheap and has no side effects.
 *
 * <p>Order (the first source that is configured decides; an explicit choice that is broken is reported,
 * never silently replaced by another install):
 * <ol>
 * <li>{@code --opensim-home DIR} ({@link OpenSimSearch#home()});</li>
 * <li>the {@value OpenSimSearch#ENVIRONMENT} environment variable;</li>
 * <li>{@value #JAR} (or its classes) on the class path, with the native library on {@code java.library.path};</li>
 * <li>the native library on {@code java.library.path}, with the jar in the install it belongs to.</li>
 * </ol>
 * An install folder may have either layout: GUI/SDK ({@code sdk/Java/} for the jar, {@code bin/} on
 * Windows or {@code lib/} elsewhere for the library) or a Linux install prefix ({@code share/java/},
 * {@code lib/}). A macOS application bundle ({@code OpenSim 4.5.app}) is looked into as well.
 */
public final class OpenSimDiscovery {

    /** File name of OpenSim's Java bindings. */
    public static final String JAR = "org-opensim-modeling.jar";
    /** Base name of the JNI library of OpenSim's Java bindings. */
    public static final String LIBRARY = "osimJavaJNI";
    /** A class every OpenSim Java binding has; its presence identifies the jar. */
    static final String PROBE = "org/opensim/modeling/opensimCommon.class";

    private static final List<String> JAR_FOLDERS = List.of("sdk/Java", "share/java", ".");
    private static final List<String> LIBRARY_FOLDERS = List.of("lib", "bin", "sdk/lib", "lib64", "sdk/Java");

    private OpenSimDiscovery() {
    }

    /** @return the platform's file name of the native library, e.g. {@code libosimJavaJNI.so} */
    public static String libraryFileName() {
        return System.mapLibraryName(LIBRARY);
    }

    /**
     * @param search where to look
     * @return the install found
     * @throws BackendUnavailableException with one line naming what is missing and where it was looked for
     */
    public static OpenSimLocation locate(OpenSimSearch search) {
        if (search.home().isPresent()) {
            return inHome(search.home().get(), "--opensim-home");
        }
        if (search.environmentHome().isPresent()) {
            return inHome(search.environmentHome().get(), OpenSimSearch.ENVIRONMENT);
        }
        URL probe = search.classPath().getResource(PROBE);
        Optional<Path> library = onLibraryPath(search.libraryPath());
        if (probe != null) {
            Path bindings = bindingsOf(probe);
            Path lib = library.orElseThrow(() -> new BackendUnavailableException("OpenSim's " + JAR + " is on the class "
                    + "path (" + bindings + ") but its native library " + libraryFileName() + " is not on "
                    + "java.library.path " + search.libraryPath() + "; add OpenSim's " + nativeFolderName()
                    + " folder to it, or set " + OpenSimSearch.ENVIRONMENT));
            checkArchitecture(lib);
            return new OpenSimLocation("class path", Optional.empty(), bindings, lib);
        }
        if (library.isPresent()) {
            Path dir = library.get().getParent();
            Path home = dir.getParent() == null ? dir : dir.getParent();
            Optional<Path> jar = findJar(home);
            if (jar.isEmpty()) {
                throw new BackendUnavailableException("OpenSim's native library " + library.get() + " is on "
                        + "java.library.path but " + JAR + " is neither on the class path nor in " + jarFolders(home)
                        + "; set " + OpenSimSearch.ENVIRONMENT + " or use --opensim-home");
            }
            checkArchitecture(library.get());
            return new OpenSimLocation("java.library.path", Optional.of(home), jar.get(), library.get());
        }
        throw new BackendUnavailableException("OpenSim not found: no --opensim-home, " + OpenSimSearch.ENVIRONMENT
                + " is not set, " + JAR + " is not on the class path and " + libraryFileName()
                + " is not on java.library.path");
    }

    /**
     * @param given an install folder
     * @param source how it was given, for messages
     * @return the install in it
     * @throws BackendUnavailableException naming the missing piece
     */
    static OpenSimLocation inHome(Path given, String source) {
        Path home = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(home)) {
            throw new BackendUnavailableException("OpenSim home " + home + " (from " + source + ") is not a folder");
        }
        Path bundle = home.resolve("Contents/Resources/OpenSim");
        if (Files.isDirectory(bundle)) {
            home = bundle;
        }
        Optional<Path> jar = findJar(home);
        Optional<Path> lib = findLibrary(home);
        String where = "OpenSim home " + home + " (from " + source + ")";
        if (jar.isEmpty() && lib.isEmpty()) {
            throw new BackendUnavailableException(where + " has neither " + JAR + " (looked in " + jarFolders(home)
                    + ") nor " + libraryFileName() + " (looked in " + libraryFolders(home)
                    + "): is it an OpenSim 4.5 install?");
        }
        if (jar.isEmpty()) {
            throw new BackendUnavailableException(where + " has its native library but not its Java bindings: " + JAR
                    + " is in none of " + jarFolders(home) + " (install OpenSim with its Java bindings)");
        }
        if (lib.isEmpty()) {
            throw new BackendUnavailableException(where + " has " + JAR + " but not its native library "
                    + libraryFileName() + " (looked in " + libraryFolders(home) + ")");
        }
        checkArchitecture(lib.get());
        return new OpenSimLocation(source, Optional.of(home), jar.get(), lib.get());
    }

    /**
     * Refuses a library built for another processor than this JVM's.
     *
     * @param library the native library
     * @throws BackendUnavailableException if its header names other architectures only, or it cannot be read
     */
    static void checkArchitecture(Path library) {
        Optional<Set<String>> archs;
        try {
            archs = NativeLibraryHeader.architectures(library);
        } catch (IOException e) {
            throw new BackendUnavailableException("OpenSim's native library " + library + " cannot be read: " + e, e);
        }
        String jvm = NativeLibraryHeader.normalize(System.getProperty("os.arch", ""));
        if (archs.isPresent() && !archs.get().contains(jvm)) {
            throw new BackendUnavailableException("OpenSim's native library " + library + " is built for "
                    + String.join("/", archs.get().stream().sorted().toList()) + " but this Java runs on " + jvm
                    + " (wrong architecture: use an OpenSim build for " + jvm + ", or a Java for the library's)");
        }
    }

    private static Optional<Path> findJar(Path home) {
        return JAR_FOLDERS.stream().map(f -> home.resolve(f).resolve(JAR).normalize()).filter(Files::isRegularFile)
                .findFirst();
    }

    private static Optional<Path> findLibrary(Path home) {
        return LIBRARY_FOLDERS.stream().map(f -> home.resolve(f).resolve(libraryFileName()).normalize())
                .filter(Files::isRegularFile).findFirst();
    }

    private static Optional<Path> onLibraryPath(List<Path> folders) {
        return folders.stream().map(f -> f.resolve(libraryFileName())).filter(Files::isRegularFile)
                .map(p -> p.toAbsolutePath().normalize()).findFirst();
    }

    /** @return the jar (or classes folder) that holds the probe class */
    private static Path bindingsOf(URL probe) {
        try {
            if ("jar".equals(probe.getProtocol())) {
                String spec = probe.getPath();
                return Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
            }
            Path classFile = Path.of(probe.toURI());
            return classFile.getParent().getParent().getParent().getParent();
        } catch (URISyntaxException | java.net.MalformedURLException | IllegalArgumentException e) {
            throw new BackendUnavailableException("OpenSim's Java bindings on the class path are at " + probe
                    + ", which is not a local file", e);
        }
    }

    private static String nativeFolderName() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows") ? "bin" : "lib";
    }

    private static String jarFolders(Path home) {
        return JAR_FOLDERS.stream().map(f -> home.resolve(f).normalize().toString()).collect(Collectors.joining(", "));
    }

    private static String libraryFolders(Path home) {
        return LIBRARY_FOLDERS.stream().map(f -> home.resolve(f).normalize().toString())
                .collect(Collectors.joining(", "));
    }
}

package org.neuromsk.opensim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Builds fake OpenSim installs for tests: a jar of the fake {@code org.opensim.modeling} classes (compiled
 * by the build into {@code target/fake-opensim-classes}) and a native library file. A "loadable"
 * library is a copy of a small library of the running JDK ({@code syslookup}, which has no
 * {@code JNI_OnLoad}), so that {@code System.loadLibrary} really succeeds; an "unloadable" one has a
 * valid header for this processor and nothing else, so that the real loader rejects it.
 */
final class FakeInstall {

    private FakeInstall() {
    }

    static boolean windows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    /** @return the compiled fake classes */
    static Path fakeClasses() {
        String dir = System.getProperty("neuromsk.fake.opensim.classes");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "fake OpenSim classes not built (run through Maven)");
        return Path.of(dir);
    }

    /**
     * @param jar target jar file
     * @param version what the fake GetVersion() returns, or null for its default 4.5.2
     * @return the jar
     */
    static Path jar(Path jar, String version) throws IOException {
        Path classes = fakeClasses();
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            if (version != null) {
                out.putNextEntry(new JarEntry("org/opensim/modeling/fake-version.txt"));
                out.write(version.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** @return a jar named like OpenSim's that holds something else */
    static Path foreignJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("readme.txt"));
            out.write("not OpenSim".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** @return a real, loadable shared library copied to {@code dir/<platform name of osimJavaJNI>} */
    static Path loadableLibrary(Path dir) throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        String name = System.mapLibraryName("syslookup");
        Path source = Stream.of(home.resolve("lib").resolve(name), home.resolve("bin").resolve(name))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        Assumptions.assumeTrue(source != null, "this JDK has no " + name + " to stand in for OpenSim's library");
        Files.createDirectories(dir);
        return Files.copy(source, dir.resolve(OpenSimDiscovery.libraryFileName()));
    }

    /** @return a library file with a valid ELF header for {@code machine} and no content */
    static Path elfLibrary(Path dir, int machine) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(OpenSimDiscovery.libraryFileName());
        Files.write(file, elfHeader(machine));
        return file;
    }

    /** @return a file named like the native library that the dynamic loader rejects (not a library) */
    static Path unloadableLibrary(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(OpenSimDiscovery.libraryFileName());
        Files.writeString(file, "this is not a shared library\n");
        return file;
    }

    /** 64 bytes of a 64-bit little-endian ELF shared-object header for a machine. */
    static byte[] elfHeader(int machine) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        b.position(16);
        b.putShort((short) 3);
        b.putShort((short) machine);
        return b.array();
    }

    /** @return an SDK (GUI) layout: {@code sdk/Java/} and {@code bin/} (Windows) or {@code lib/} */
    static Path sdk(Path root, String version) throws IOException {
        jar(root.resolve("sdk/Java").resolve(OpenSimDiscovery.JAR), version);
        loadableLibrary(root.resolve(windows() ? "bin" : "lib"));
        return root;
    }

    /** @return a Linux install prefix: {@code share/java/} and {@code lib/} */
    static Path linux(Path root, String version) throws IOException {
        jar(root.resolve("share/java").resolve(OpenSimDiscovery.JAR), version);
        loadableLibrary(root.resolve("lib"));
        return root;
    }

    /** Writes a fake model file (properties; see the fake Model). */
    static Path model(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}

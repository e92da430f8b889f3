package org.neuromsk.opensim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.Availability;
import org.neuromsk.backend.BackendUnavailableException;

/** Discovery only looks at files: every misconfiguration gives one line naming the missing piece. */
class OpenSimDiscoveryTest {

    private static final String LIB = OpenSimDiscovery.libraryFileName();

    @TempDir
    Path dir;

    private static String failure(OpenSimSearch search) {
        String message = assertThrows(BackendUnavailableException.class, () -> OpenSimDiscovery.locate(search))
                .getMessage();
        assertFalse(message.contains("\n"), message);
        return message;
    }

    private static OpenSimSearch nothing() {
        return new OpenSimSearch(Optional.empty(), Optional.empty(), ClassLoader.getPlatformClassLoader(), List.of());
    }

    @Test
    void homeThatIsNotAFolder() {
        String m = failure(OpenSimSearch.inHome(dir.resolve("OpenSim 4.5")));
        assertTrue(m.contains("OpenSim 4.5") && m.contains("(from --opensim-home) is not a folder"), m);
    }

    @Test
    void emptyHome() {
        String m = failure(OpenSimSearch.inHome(dir));
        assertTrue(m.contains("has neither org-opensim-modeling.jar") && m.contains(LIB), m);
    }

    @Test
    void jarWithoutNativeLibrary() throws IOException {
        FakeInstall.jar(dir.resolve("sdk/Java").resolve(OpenSimDiscovery.JAR), null);
        String m = failure(OpenSimSearch.inHome(dir));
        assertTrue(m.contains("has org-opensim-modeling.jar but not its native library " + LIB), m);
        assertTrue(m.contains(dir.resolve("lib").toString()) && m.contains(dir.resolve("bin").toString()), m);
    }

    @Test
    void nativeLibraryWithoutJar() throws IOException {
        FakeInstall.loadableLibrary(dir.resolve("lib"));
        String m = failure(OpenSimSearch.inHome(dir));
        assertTrue(m.contains("has its native library but not its Java bindings: org-opensim-modeling.jar is in none of "
                + dir.resolve("sdk/Java")), m);
    }

    @Test
    void sdkLayout() throws IOException {
        FakeInstall.sdk(dir, null);
        OpenSimLocation l = OpenSimDiscovery.locate(OpenSimSearch.inHome(dir));
        assertEquals(dir.resolve("sdk/Java").resolve(OpenSimDiscovery.JAR), l.bindings());
        assertEquals(dir.resolve(FakeInstall.windows() ? "bin" : "lib").resolve(LIB), l.nativeLibrary());
        assertEquals(Optional.of(dir), l.home());
        assertEquals("--opensim-home", l.source());
    }

    @Test
    void linuxInstallLayout() throws IOException {
        FakeInstall.linux(dir, null);
        OpenSimLocation l = OpenSimDiscovery.locate(OpenSimSearch.inHome(dir));
        assertEquals(dir.resolve("share/java").resolve(OpenSimDiscovery.JAR), l.bindings());
        assertEquals(dir.resolve("lib").resolve(LIB), l.nativeLibrary());
    }

    @Test
    void macApplicationBundle() throws IOException {
        Path app = dir.resolve("OpenSim 4.5.app");
        FakeInstall.sdk(app.resolve("Contents/Resources/OpenSim"), null);
        OpenSimLocation l = OpenSimDiscovery.locate(OpenSimSearch.inHome(app));
        assertEquals(app.resolve("Contents/Resources/OpenSim/sdk/Java").resolve(OpenSimDiscovery.JAR), l.bindings());
    }

    @Test
    void wrongArchitectureIsReportedWithoutLoading() throws IOException {
        String jvm = NativeLibraryHeader.normalize(System.getProperty("os.arch"));
        // EM_AARCH64 = 0xB7, EM_X86_64 = 0x3E: pick the one this JVM is not
        int other = "aarch64".equals(jvm) ? 0x3E : 0xB7;
        String otherName = other == 0xB7 ? "aarch64" : "x86_64";
        FakeInstall.jar(dir.resolve("share/java").resolve(OpenSimDiscovery.JAR), null);
        FakeInstall.elfLibrary(dir.resolve("lib"), other);
        String m = failure(OpenSimSearch.inHome(dir));
        assertTrue(m.contains("is built for " + otherName + " but this Java runs on " + jvm + " (wrong architecture"), m);
        Availability a = new OpenSimBackendProvider(OpenSimSearch.inHome(dir)).availability();
        assertFalse(a.available());
        assertEquals(m, a.detail());
    }

    @Test
    void nothingConfigured() {
        String m = failure(nothing());
        assertTrue(m.startsWith("OpenSim not found: no --opensim-home, OPENSIM_HOME is not set, org-opensim-modeling.jar"
                + " is not on the class path and " + LIB + " is not on java.library.path"), m);
    }

    @Test
    void explicitHomeWinsOverEnvironment() throws IOException {
        FakeInstall.linux(dir.resolve("env"), null);
        OpenSimSearch both = new OpenSimSearch(Optional.of(dir.resolve("missing")), Optional.of(dir.resolve("env")),
                ClassLoader.getPlatformClassLoader(), List.of());
        assertTrue(failure(both).contains("(from --opensim-home) is not a folder"));
        OpenSimSearch env = new OpenSimSearch(Optional.empty(), Optional.of(dir.resolve("env")),
                ClassLoader.getPlatformClassLoader(), List.of());
        assertEquals("OPENSIM_HOME", OpenSimDiscovery.locate(env).source());
    }

    @Test
    void jarOnClassPathNeedsTheLibraryOnLibraryPath() throws IOException {
        Path jar = FakeInstall.jar(dir.resolve("classpath").resolve(OpenSimDiscovery.JAR), null);
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            OpenSimSearch without = new OpenSimSearch(Optional.empty(), Optional.empty(), classPath, List.of(dir));
            String m = failure(without);
            assertTrue(m.contains("org-opensim-modeling.jar is on the class path (" + jar + ") but its native library "
                    + LIB + " is not on java.library.path"), m);
            Path lib = FakeInstall.loadableLibrary(dir.resolve("natives"));
            OpenSimSearch with = new OpenSimSearch(Optional.empty(), Optional.empty(), classPath,
                    List.of(dir, lib.getParent()));
            OpenSimLocation l = OpenSimDiscovery.locate(with);
            assertEquals("class path", l.source());
            assertEquals(jar, l.bindings());
            assertEquals(lib, l.nativeLibrary());
        }
    }

    @Test
    void libraryOnLibraryPathLeadsToItsInstall() throws IOException {
        FakeInstall.linux(dir, null);
        OpenSimSearch search = new OpenSimSearch(Optional.empty(), Optional.empty(),
                ClassLoader.getPlatformClassLoader(), List.of(dir.resolve("lib")));
        OpenSimLocation l = OpenSimDiscovery.locate(search);
        assertEquals("java.library.path", l.source());
        assertEquals(dir.resolve("share/java").resolve(OpenSimDiscovery.JAR), l.bindings());
        Files.delete(l.bindings());
        String m = failure(search);
        assertTrue(m.contains("is on java.library.path but org-opensim-modeling.jar is neither on the class path nor in"),
                m);
    }

    @Test
    void availabilityNamesWhereItWasFound() throws IOException {
        FakeInstall.sdk(dir, null);
        Availability a = new OpenSimBackendProvider(OpenSimSearch.inHome(dir)).availability();
        assertTrue(a.available());
        assertTrue(a.detail().startsWith("OpenSim at " + dir + " (from --opensim-home)"), a.detail());
    }
}

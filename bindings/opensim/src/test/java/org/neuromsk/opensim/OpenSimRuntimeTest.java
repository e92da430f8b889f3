package org.neuromsk.opensim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.backend.Capability;
import org.neuromsk.backend.MskBackend;

/**
 * Loading: the fake bindings really go through a class loader of their own and {@code System.loadLibrary};
 * every failure is one line and nothing leaks to the console.
 */
class OpenSimRuntimeTest {

    @TempDir
    Path dir;

    /** Runs create() with the console captured; returns the exception's message and checks nothing was printed. */
    private static String createFails(Path home) {
        PrintStream out = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(console, true));
        BackendUnavailableException e;
        try {
            e = assertThrows(BackendUnavailableException.class,
                    () -> new OpenSimBackendProvider(OpenSimSearch.inHome(home)).create());
        } finally {
            System.setOut(out);
        }
        assertEquals("", console.toString(), "OpenSim's print must not reach the console");
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void loadsThroughItsOwnClassLoaderAndConfirmsWithGetVersion() throws IOException {
        FakeInstall.sdk(dir, null);
        MskBackend b = new OpenSimBackendProvider(OpenSimSearch.inHome(dir)).create();
        assertEquals("opensim", b.name());
        assertTrue(b.version().startsWith("OpenSim 4.5.2 (OpenSim at " + dir), b.version());
        assertTrue(b.hasCapability(Capability.FORWARD_SIMULATION));
        assertEquals("true", System.getProperty("java.awt.headless"));
        OpenSimRuntime rt = OpenSimRuntime.load(OpenSimDiscovery.locate(OpenSimSearch.inHome(dir)));
        assertTrue(rt.type("Model").getClassLoader() instanceof OpenSimClassLoader);
        // the runtime turned off OpenSim's log file and info lines (the fake Logger remembers)
        assertEquals(Boolean.TRUE, readStatic(rt, "fileSinkRemoved"));
        assertEquals("Warn", readStatic(rt, "level"));
    }

    private static Object readStatic(OpenSimRuntime rt, String field) {
        try {
            return rt.type("Logger").getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tooOldAVersionIsRefused() throws IOException {
        FakeInstall.linux(dir, "4.4.1");
        String m = createFails(dir);
        assertTrue(m.startsWith("OpenSim 4.4.1 found (OpenSim at " + dir), m);
        assertTrue(m.endsWith("is too old: NeuroMSK needs OpenSim 4.5 or later"), m);
    }

    @Test
    void aVersionThatIsNoNumber() throws IOException {
        FakeInstall.linux(dir, "unknown-build");
        assertTrue(createFails(dir).contains("reports version 'unknown-build', which is not a version number"));
    }

    @Test
    void newerVersionsAreAccepted() throws IOException {
        FakeInstall.linux(dir, "4.6.0-2025-01-01");
        assertTrue(new OpenSimBackendProvider(OpenSimSearch.inHome(dir)).create().version().startsWith("OpenSim 4.6.0"));
    }

    @Test
    void nativeLibraryThatDoesNotLoad() throws IOException {
        FakeInstall.jar(dir.resolve("share/java").resolve(OpenSimDiscovery.JAR), null);
        Path lib = FakeInstall.unloadableLibrary(dir.resolve("lib"));
        String m = createFails(dir);
        // the loader's own reason comes from what SWIG's static initialiser printed
        assertTrue(m.startsWith("OpenSim's native library " + lib + " could not be loaded: "), m);
        assertTrue(m.contains(lib.getFileName().toString()), m);
        assertFalse(m.contains("GetVersion()"), "the printed cause, not the later missing native method: " + m);
        assertEquals(m, createFails(dir), "a second attempt reports the first cause");
    }

    @Test
    void aJarThatIsNotOpenSim() throws IOException {
        FakeInstall.foreignJar(dir.resolve("sdk/Java").resolve(OpenSimDiscovery.JAR));
        FakeInstall.loadableLibrary(dir.resolve(FakeInstall.windows() ? "bin" : "lib"));
        assertTrue(createFails(dir).endsWith("is not OpenSim's Java bindings (no org.opensim.modeling.opensimCommon.GetVersion)"));
    }

    @Test
    void printedLinkErrorIsFound() {
        String printed = "Failed to load one or more dynamic libraries for OpenSim.\n"
                + "java.lang.UnsatisfiedLinkError: /x/libosimJavaJNI.so: libosimTools.so: cannot open shared object file:"
                + " No such file or directory\nMake sure OpenSim's bin directory is on your PATH.";
        assertEquals("/x/libosimJavaJNI.so: libosimTools.so: cannot open shared object file: No such file or directory",
                OpenSimRuntime.linkDetail(printed).orElseThrow());
    }
}

package org.neuromsk.opensim;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * Loads OpenSim's Java bindings from their jar and tells the JVM where their native library is, so
 * that neither needs to be on the class path or {@code java.library.path}. OpenSim's other native
 * libraries are then found next to it (RPATH on Linux and macOS; on Windows, OpenSim's {@code bin}
 * must be on {@code PATH}). Its parent is the platform class loader, so a different OpenSim jar on
 * the application class path cannot shadow the chosen one.
 */
final class OpenSimClassLoader extends URLClassLoader {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final Path nativeLibrary;

    /**
     * @param bindings the jar (or classes folder) of {@code org.opensim.modeling}
     * @param nativeLibrary the {@code osimJavaJNI} library file
     */
    OpenSimClassLoader(Path bindings, Path nativeLibrary) {
        super("opensim", new URL[] {url(bindings)}, ClassLoader.getPlatformClassLoader());
        this.nativeLibrary = nativeLibrary.toAbsolutePath();
    }

    @Override
    protected String findLibrary(String libname) {
        return OpenSimDiscovery.LIBRARY.equals(libname) ? nativeLibrary.toString() : super.findLibrary(libname);
    }

    private static URL url(Path bindings) {
        try {
            return bindings.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(bindings + " cannot be used as a class path entry", e);
        }
    }
}

package org.neuromsk.opensim;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenSim install found on this machine: its Java bindings and their native library. Finding it
 * loads nothing; {@link OpenSimRuntime#load(OpenSimLocation)} does.
 *
 * @param source how it was found: {@code --opensim-home}, {@code OPENSIM_HOME}, {@code class path} or
 *     {@code java.library.path}
 * @param home the install folder, if known
 * @param bindings {@code org-opensim-modeling.jar} (or a folder of its classes)
 * @param nativeLibrary the {@code osimJavaJNI} library file
 */
public record OpenSimLocation(String source, Optional<Path> home, Path bindings, Path nativeLibrary) {

    /** Checks the fields. */
    public OpenSimLocation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(bindings, "bindings");
        Objects.requireNonNull(nativeLibrary, "nativeLibrary");
    }

    /** @return one line saying where OpenSim is and how it was found */
    public String describe() {
        return home.map(h -> "OpenSim at " + h).orElse("OpenSim") + " (from " + source + "): " + bindings.getFileName()
                + " + " + nativeLibrary;
    }
}

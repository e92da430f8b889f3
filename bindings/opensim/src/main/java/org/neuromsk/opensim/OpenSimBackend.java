package org.neuromsk.opensim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.backend.Capability;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.error.NeuroMskException;

/** The user's OpenSim, through its Java bindings. Every capability is OpenSim's own computation. */
final class OpenSimBackend implements MskBackend {

    private final OpenSimRuntime runtime;

    /** @param runtime the loaded bindings */
    OpenSimBackend(OpenSimRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public String name() {
        return OpenSimBackendProvider.NAME;
    }

    @Override
    public String version() {
        return "OpenSim " + runtime.version() + " (" + runtime.location().describe() + ")";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    public MskModel loadModel(Path osimFile, Consumer<String> warnings) {
        if (!Files.isRegularFile(osimFile)) {
            throw new NeuroMskException(osimFile + ": no such model file");
        }
        return OpenSimModel.load(runtime, osimFile.toAbsolutePath(), warnings);
    }
}

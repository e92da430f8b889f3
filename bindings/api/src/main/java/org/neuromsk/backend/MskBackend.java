package org.neuromsk.backend;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/** A musculoskeletal backend: something that loads OpenSim models and computes with them. */
public interface MskBackend {

    /** @return short name used on the command line ({@code embedded}, {@code opensim}) */
    String name();

    /** @return human-readable version, e.g. the OpenSim version wrapped */
    String version();

    /** @return what this backend can compute */
    Set<Capability> capabilities();

    /**
     * @param capability a capability
     * @return whether this backend has it
     */
    default boolean hasCapability(Capability capability) {
        return capabilities().contains(capability);
    }

    /**
     * @param osimFile the model file
     * @param warnings receives one-line notes about the model and later computations with it (e.g.
     *     coordinates a motion does not give); never errors, which are thrown
     * @return the loaded model
     * @throws org.neuromsk.error.NeuroMskException if the file cannot be loaded (message names file and problem)
     */
    MskModel loadModel(Path osimFile, Consumer<String> warnings);

    /**
     * Loads a model whose warnings go to standard error as {@code neuromsk: warning: ...}.
     *
     * @param osimFile the model file
     * @return the loaded model
     */
    default MskModel loadModel(Path osimFile) {
        return loadModel(osimFile, message -> System.err.println("neuromsk: warning: " + message));
    }
}

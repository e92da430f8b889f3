package org.neuromsk.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A forward simulation driven by controls, as OpenSim's ForwardTool runs it.
 *
 * @param controls a ControlSet XML file or a controls {@code .sto} (columns named by actuator)
 * @param initialStates a states table giving the initial state (row at the last time ≤ start), if any
 * @param externalLoads ExternalLoads XML file, if any
 * @param start initial time (s)
 * @param end final time (s)
 * @param accuracy integrator error tolerance (OpenSim's default 1e-5)
 * @param equilibrateMuscles whether fibre lengths are put in equilibrium at the start
 * @param forceSetFiles ForceSet XML files whose forces (typically reserve and residual actuators) are
 *     added to the model's, in order, as ForwardTool's {@code force_set_files}
 * @param replaceForceSet whether those forces replace the model's own forces instead
 *     (ForwardTool's {@code replace_force_set}); ignored when there are no force set files
 */
public record ForwardRequest(Path controls, Optional<Path> initialStates, Optional<Path> externalLoads,
        double start, double end, double accuracy, boolean equilibrateMuscles, List<Path> forceSetFiles,
        boolean replaceForceSet) {

    /** Checks the fields and freezes the list. */
    public ForwardRequest {
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(initialStates, "initialStates");
        Objects.requireNonNull(externalLoads, "externalLoads");
        forceSetFiles = List.copyOf(forceSetFiles);
        new TimeRange(start, end);
        if (!(accuracy > 0)) {
            throw new org.neuromsk.error.NeuroMskException("integrator accuracy must be positive, got " + accuracy);
        }
    }

    /**
     * A request with the model's own forces only.
     *
     * @param controls a ControlSet XML file or a controls {@code .sto}
     * @param initialStates a states table giving the initial state, if any
     * @param externalLoads ExternalLoads XML file, if any
     * @param start initial time (s)
     * @param end final time (s)
     * @param accuracy integrator error tolerance
     * @param equilibrateMuscles whether fibre lengths are put in equilibrium at the start
     */
    public ForwardRequest(Path controls, Optional<Path> initialStates, Optional<Path> externalLoads,
            double start, double end, double accuracy, boolean equilibrateMuscles) {
        this(controls, initialStates, externalLoads, start, end, accuracy, equilibrateMuscles, List.of(), false);
    }

    /**
     * @param files ForceSet XML files (reserve and residual actuators, for example)
     * @param replace whether their forces replace the model's instead of being added
     * @return this request with those force set files
     */
    public ForwardRequest withForceSetFiles(List<Path> files, boolean replace) {
        return new ForwardRequest(controls, initialStates, externalLoads, start, end, accuracy, equilibrateMuscles,
                files, replace);
    }
}

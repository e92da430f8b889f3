package org.neuromsk.backend;

import java.nio.file.Path;
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
 */
public record ForwardRequest(Path controls, Optional<Path> initialStates, Optional<Path> externalLoads,
        double start, double end, double accuracy, boolean equilibrateMuscles) {

    /** Checks the fields. */
    public ForwardRequest {
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(initialStates, "initialStates");
        Objects.requireNonNull(externalLoads, "externalLoads");
        new TimeRange(start, end);
        if (!(accuracy > 0)) {
            throw new org.neuromsk.error.NeuroMskException("integrator accuracy must be positive, got " + accuracy);
        }
    }
}

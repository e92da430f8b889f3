package org.neuromsk.backend;

import java.util.Objects;

import org.neuromsk.io.storage.Storage;

/**
 * Muscle forces for a motion and given activations, with fibre and tendon in equilibrium at every
 * frame (OpenSim's {@code equilibrateMuscles} at each state).
 *
 * @param coordinates coordinate values over time
 * @param activations activation (0–1) per muscle over time, columns named by muscle; muscles not
 *     listed take their default activation
 */
public record MuscleForceRequest(Storage coordinates, Storage activations) {

    /** Checks the fields. */
    public MuscleForceRequest {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(activations, "activations");
    }
}

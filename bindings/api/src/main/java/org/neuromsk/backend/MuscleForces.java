package org.neuromsk.backend;

import java.util.Objects;

import org.neuromsk.io.storage.Storage;

/**
 * Muscle forces over a motion, one column per muscle.
 *
 * @param tendonForce tendon force, i.e. the force the muscle applies along its path (N)
 * @param activeFiberForce active fibre force (N)
 * @param passiveFiberForce passive fibre force (N)
 * @param fiberLength fibre length (m)
 */
public record MuscleForces(Storage tendonForce, Storage activeFiberForce, Storage passiveFiberForce,
        Storage fiberLength) {

    /** Checks the fields. */
    public MuscleForces {
        Objects.requireNonNull(tendonForce, "tendonForce");
        Objects.requireNonNull(activeFiberForce, "activeFiberForce");
        Objects.requireNonNull(passiveFiberForce, "passiveFiberForce");
        Objects.requireNonNull(fiberLength, "fiberLength");
    }
}

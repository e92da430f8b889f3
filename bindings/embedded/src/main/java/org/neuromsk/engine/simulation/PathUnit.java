package org.neuromsk.engine.simulation;

import java.util.Objects;

import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.path.GeometryPath;

/**
 * An actuator that pulls along a geometry path: a muscle (Thelen2003Muscle or
 * Millard2012EquilibriumMuscle) or a plain PathActuator (tension control × optimal force).
 *
 * @param name the actuator's name
 * @param path its geometry path
 * @param muscle the muscle model, or null for a plain PathActuator
 * @param optimalForce tension per unit control of a plain PathActuator (N); unused for muscles
 * @param enabled whether the force is applied ({@code appliesForce}); a disabled muscle keeps its
 *     states, frozen
 * @param actuator index of the actuator among the model's actuators (its control slot)
 * @param activationState index of its activation in the state vector, or -1
 * @param fiberLengthState index of its fibre length in the state vector, or -1
 * @param defaultActivation {@code default_activation}
 * @param defaultFiberLength {@code default_fiber_length} (m)
 */
record PathUnit(String name, GeometryPath path, Muscle muscle, double optimalForce, boolean enabled, int actuator,
        int activationState, int fiberLengthState, double defaultActivation, double defaultFiberLength) {

    /** Checks the fields. */
    PathUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    /** @return whether it is a muscle */
    boolean isMuscle() {
        return muscle != null;
    }
}

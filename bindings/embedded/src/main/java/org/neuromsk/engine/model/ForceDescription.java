package org.neuromsk.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * What the engine knows of one element of a model's ForceSet.
 *
 * @param name the force's name
 * @param type its OpenSim class, e.g. {@code Millard2012EquilibriumMuscle}, {@code CoordinateActuator}
 * @param muscle whether it is a muscle
 * @param actuator whether it is an actuator (muscles are actuators too)
 * @param appliesForce whether it is enabled in the model file
 * @param groups the ForceSet groups that list it
 */
public record ForceDescription(String name, String type, boolean muscle, boolean actuator, boolean appliesForce,
        List<String> groups) {

    /** Checks the fields and freezes the list. */
    public ForceDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        groups = List.copyOf(groups);
    }
}

package org.neuromsk.backend;

import java.util.Objects;

/**
 * A generalized coordinate of a model.
 *
 * @param name coordinate name, unique in the model
 * @param joint name of the joint that owns it
 * @param motionType rotational, translational or coupled
 * @param rangeMin lower bound of the range (rad or m)
 * @param rangeMax upper bound of the range (rad or m)
 * @param defaultValue value used when a motion does not give it (rad or m)
 * @param locked whether forward simulation holds it fixed
 * @param clamped whether set values are clamped into the range
 */
public record CoordinateInfo(String name, String joint, MotionType motionType, double rangeMin,
        double rangeMax, double defaultValue, boolean locked, boolean clamped) {

    /** Checks the fields. */
    public CoordinateInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(joint, "joint");
        Objects.requireNonNull(motionType, "motionType");
    }

    /** @return the label OpenSim's inverse dynamics gives this coordinate's generalized force */
    public String generalizedForceLabel() {
        return name + (motionType == MotionType.ROTATIONAL ? "_moment" : "_force");
    }
}

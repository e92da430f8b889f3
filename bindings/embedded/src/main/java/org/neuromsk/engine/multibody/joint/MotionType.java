package org.neuromsk.engine.multibody.joint;

/**
 * OpenSim's classification of a coordinate. It decides whether a motion file column is converted
 * from degrees and whether an inverse-dynamics column is labelled {@code _moment} or {@code _force}.
 */
public enum MotionType {
    /** A pure rotation (rad); generalized force in N·m. */
    ROTATIONAL,
    /** A pure translation (m); generalized force in N. */
    TRANSLATIONAL,
    /** Used only through scaled or non-linear functions; no degree conversion; labelled "_force". */
    COUPLED,
    /** Not used by any axis of its CustomJoint. */
    UNDEFINED
}

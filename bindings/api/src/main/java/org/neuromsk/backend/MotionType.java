package org.neuromsk.backend;

/**
 * How a coordinate moves its joint, as OpenSim classifies it. It decides degree conversion (only
 * {@link #ROTATIONAL} columns are converted) and inverse-dynamics labels ({@code _moment} for
 * rotational, {@code _force} otherwise).
 */
public enum MotionType {
    /** Enters a rotation linearly with unit slope; value in rad. */
    ROTATIONAL,
    /** Enters a translation linearly with unit slope; value in m. */
    TRANSLATIONAL,
    /** Enters the joint only through non-linear or scaled functions; unit depends on the model. */
    COUPLED
}

package org.neuromsk.backend;

/** What a backend can compute; callers ask instead of casting to an implementation. */
public enum Capability {
    /** {@link MskModel#inverseDynamics(InverseDynamicsRequest)} */
    INVERSE_DYNAMICS,
    /** {@link MskModel#muscleGeometry(MuscleGeometryRequest)} */
    MUSCLE_GEOMETRY,
    /** {@link MskModel#muscleForces(MuscleForceRequest)} */
    MUSCLE_FORCES,
    /** {@link MskModel#forward(ForwardRequest)} */
    FORWARD_SIMULATION
}

package org.neuromsk.engine.muscle;

/**
 * A Hill-type muscle–tendon unit with OpenSim's semantics. The caller supplies activation (the
 * activation state, clamped inside to [a_min, 1]), the muscle–tendon path length l_MT (m) and
 * lengthening speed l̇_MT (m/s), and, for models with a compliant tendon, the fibre length state
 * (m). Implementations are immutable and thread-safe.
 */
public interface Muscle {

    /** @return the muscle's name, used in error messages */
    String name();

    /** @return F_iso (N) */
    double maxIsometricForce();

    /** @return l_opt (m) */
    double optimalFiberLength();

    /** @return l_Ts (m) */
    double tendonSlackLength();

    /** @return v_max in optimal fibre lengths per second (1/s) */
    double maxContractionVelocity();

    /** @return the fixed-width pennation geometry */
    PennationModel pennationModel();

    /** @return the first-order activation dynamics */
    ActivationDynamics activationDynamics();

    /** @return the length below which the fibre length is clamped (m) */
    double minimumFiberLength();

    /** @return true when the fibre length is a state (compliant tendon) */
    boolean hasFiberLengthState();

    /**
     * @param activation the activation state
     * @param muscleTendonLength l_MT (m)
     * @param muscleTendonVelocity l̇_MT (m/s), positive when lengthening
     * @param fiberLength the fibre length state (m); ignored when {@link #hasFiberLengthState()} is false
     * @return all derived lengths, velocities, multipliers and forces
     * @throws org.neuromsk.error.NeuroMskException naming the muscle when the fibre velocity
     *         cannot be computed
     */
    MuscleEvaluation evaluate(double activation, double muscleTendonLength, double muscleTendonVelocity,
            double fiberLength);

    /**
     * @return l̇_ce (m/s), the derivative of the fibre length state (see {@link #evaluate})
     */
    default double fiberVelocity(double activation, double muscleTendonLength, double muscleTendonVelocity,
            double fiberLength) {
        return evaluate(activation, muscleTendonLength, muscleTendonVelocity, fiberLength).fiberVelocity();
    }

    /**
     * @param activation the activation state
     * @param excitation the control u (not clamped)
     * @return ȧ (1/s)
     */
    default double activationDerivative(double activation, double excitation) {
        return activationDynamics().derivative(activation, excitation);
    }

    /**
     * The fibre length at which fibre and tendon forces balance, with OpenSim's
     * computeInitialFiberEquilibrium semantics (start, tolerances, iteration limits, velocity
     * assumption) for this model.
     *
     * @param activation the activation state (clamped inside)
     * @param muscleTendonLength l_MT (m)
     * @param muscleTendonVelocity l̇_MT (m/s)
     * @return the solution
     * @throws org.neuromsk.error.NeuroMskException naming the muscle when the solve does not converge
     */
    FiberEquilibrium equilibrium(double activation, double muscleTendonLength, double muscleTendonVelocity);
}

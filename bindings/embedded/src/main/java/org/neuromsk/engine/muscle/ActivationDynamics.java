package org.neuromsk.engine.muscle;

import org.neuromsk.engine.muscle.curve.Precision;
import org.neuromsk.error.NeuroMskException;

/**
 * First-order activation dynamics shared by Thelen2003Muscle and Millard2012EquilibriumMuscle
 * (OpenSim's MuscleFirstOrderActivationDynamicModel): with a_c = clamp(a, a_min, 1),
 * τ = τ_act·(0.5 + 1.5·a_c) when u &gt; a_c and τ = τ_deact/(0.5 + 1.5·a_c) otherwise, and
 * ȧ = (u − a_c)/τ. The excitation u is used as given (OpenSim does not clamp controls). Immutable.
 *
 * @param activationTimeConstant τ_act (s)
 * @param deactivationTimeConstant τ_deact (s)
 * @param minimumActivation a_min, lower bound of the activation used in forces
 */
public record ActivationDynamics(double activationTimeConstant, double deactivationTimeConstant,
        double minimumActivation) {

    /** @throws NeuroMskException for values OpenSim rejects */
    public ActivationDynamics {
        if (!(activationTimeConstant >= Precision.SIGNIFICANT_REAL)) {
            throw new NeuroMskException("activation_time_constant must be > 0, got " + activationTimeConstant);
        }
        if (!(deactivationTimeConstant >= Precision.SIGNIFICANT_REAL)) {
            throw new NeuroMskException("deactivation_time_constant must be > 0, got " + deactivationTimeConstant);
        }
        if (!(minimumActivation >= 0 && minimumActivation <= 1.0 - Precision.SIGNIFICANT_REAL)) {
            throw new NeuroMskException("minimum_activation must lie in [0, 1), got " + minimumActivation);
        }
    }

    /**
     * @param activation a
     * @return a_c = clamp(a, a_min, 1)
     */
    public double clamp(double activation) {
        return Math.min(1.0, Math.max(minimumActivation, activation));
    }

    /**
     * @param activation a (clamped internally)
     * @param excitation u
     * @return τ (s), the activation constant scaled up with a_c when u &gt; a_c, else the deactivation
     *         constant scaled down
     */
    public double timeConstant(double activation, double excitation) {
        double a = clamp(activation);
        return excitation > a ? activationTimeConstant * (0.5 + 1.5 * a)
                : deactivationTimeConstant / (0.5 + 1.5 * a);
    }

    /**
     * @param activation a (clamped internally)
     * @param excitation u
     * @return ȧ = (u − a_c)/τ (1/s)
     */
    public double derivative(double activation, double excitation) {
        double a = clamp(activation);
        return (excitation - a) / timeConstant(a, excitation);
    }
}

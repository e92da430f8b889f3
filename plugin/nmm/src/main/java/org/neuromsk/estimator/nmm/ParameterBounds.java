package org.neuromsk.estimator.nmm;

import org.neuromsk.error.NeuroMskException;

/**
 * Bounds of the personalised parameters. Muscle forces and lengths are bounded relative to the
 * generic model's values (factors); the EMG scale, time constants and delay absolutely, with the
 * starting value the optimisation begins from. docs/nmm.md lists the defaults.
 *
 * @param forceLower F_iso lower bound as a factor of the generic value
 * @param forceUpper F_iso upper bound factor
 * @param fiberLower l_opt lower bound factor
 * @param fiberUpper l_opt upper bound factor
 * @param tendonLower l_Ts lower bound factor
 * @param tendonUpper l_Ts upper bound factor
 * @param scaleStart EMG-to-excitation scale at the start
 * @param scaleLower its lower bound
 * @param scaleUpper its upper bound
 * @param activationTauLower τ_act lower bound (s); the start is the model's value
 * @param activationTauUpper τ_act upper bound (s)
 * @param deactivationTauLower τ_deact lower bound (s); the start is the model's value
 * @param deactivationTauUpper τ_deact upper bound (s)
 * @param delayStart electromechanical delay at the start (s)
 * @param delayLower its lower bound (s, ≥ 0)
 * @param delayUpper its upper bound (s)
 */
public record ParameterBounds(double forceLower, double forceUpper, double fiberLower, double fiberUpper,
        double tendonLower, double tendonUpper, double scaleStart, double scaleLower, double scaleUpper,
        double activationTauLower, double activationTauUpper, double deactivationTauLower,
        double deactivationTauUpper, double delayStart, double delayLower, double delayUpper) {

    /** Checks that relative bounds bracket 1 (the generic value). */
    public ParameterBounds {
        factor("max_isometric_force", forceLower, forceUpper);
        factor("optimal_fiber_length", fiberLower, fiberUpper);
        factor("tendon_slack_length", tendonLower, tendonUpper);
        if (!(delayLower >= 0)) {
            throw new NeuroMskException("bounds: the delay cannot be negative, got lower bound " + delayLower);
        }
    }

    /**
     * @return F_iso ×[0.5, 1.6], l_opt ×[0.8, 1.2], l_Ts ×[0.85, 1.15], EMG scale 1 in [0.4, 2],
     *     τ_act in [5, 40] ms, τ_deact in [20, 120] ms, delay 25 ms in [0, 80] ms
     */
    public static ParameterBounds defaults() {
        return new ParameterBounds(0.5, 1.6, 0.8, 1.2, 0.85, 1.15, 1.0, 0.4, 2.0, 0.005, 0.04, 0.02, 0.12, 0.025, 0,
                0.08);
    }

    private static void factor(String name, double lower, double upper) {
        if (!(lower > 0 && lower < 1 && upper > 1 && Double.isFinite(upper))) {
            throw new NeuroMskException("bounds of " + name + ": factors must satisfy 0 < lower < 1 < upper, got ["
                    + lower + ", " + upper + "]");
        }
    }
}

package org.neuromsk.backend;

import org.neuromsk.error.NeuroMskException;

/**
 * The Hill-type parameters every OpenSim muscle has.
 *
 * @param maxIsometricForce maximum isometric force (N)
 * @param optimalFiberLength optimal fibre length (m)
 * @param tendonSlackLength tendon slack length (m)
 * @param pennationAngleAtOptimal pennation angle at optimal fibre length (rad)
 * @param maxContractionVelocity maximum contraction velocity (optimal fibre lengths per s)
 */
public record MuscleParameters(double maxIsometricForce, double optimalFiberLength, double tendonSlackLength,
        double pennationAngleAtOptimal, double maxContractionVelocity) {

    /** Refuses values that no muscle can have. */
    public MuscleParameters {
        positive("max_isometric_force", maxIsometricForce);
        positive("optimal_fiber_length", optimalFiberLength);
        positive("tendon_slack_length", tendonSlackLength);
        positive("max_contraction_velocity", maxContractionVelocity);
        if (!(pennationAngleAtOptimal >= 0 && pennationAngleAtOptimal < Math.PI / 2)) {
            throw new NeuroMskException("pennation_angle_at_optimal must be in [0, pi/2) rad, got "
                    + pennationAngleAtOptimal);
        }
    }

    /** @param value new maximum isometric force (N) @return a copy with it */
    public MuscleParameters withMaxIsometricForce(double value) {
        return new MuscleParameters(value, optimalFiberLength, tendonSlackLength, pennationAngleAtOptimal,
                maxContractionVelocity);
    }

    /** @param value new optimal fibre length (m) @return a copy with it */
    public MuscleParameters withOptimalFiberLength(double value) {
        return new MuscleParameters(maxIsometricForce, value, tendonSlackLength, pennationAngleAtOptimal,
                maxContractionVelocity);
    }

    /** @param value new tendon slack length (m) @return a copy with it */
    public MuscleParameters withTendonSlackLength(double value) {
        return new MuscleParameters(maxIsometricForce, optimalFiberLength, value, pennationAngleAtOptimal,
                maxContractionVelocity);
    }

    private static void positive(String name, double v) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw new NeuroMskException(name + " must be a positive finite number, got " + v);
        }
    }
}

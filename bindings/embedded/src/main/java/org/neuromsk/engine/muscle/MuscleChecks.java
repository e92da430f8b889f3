package org.neuromsk.engine.muscle;

import org.neuromsk.error.NeuroMskException;

/** Property checks shared by the muscle models. */
final class MuscleChecks {

    private MuscleChecks() {
    }

    /**
     * @throws NeuroMskException naming the model and muscle when an input is NaN or infinite
     */
    static void requireFinite(String model, String muscle, double activation, double muscleTendonLength,
            double muscleTendonVelocity) {
        if (!Double.isFinite(activation) || !Double.isFinite(muscleTendonLength)
                || !Double.isFinite(muscleTendonVelocity)) {
            throw new NeuroMskException(String.format("%s '%s': activation %s, muscle-tendon length %s m and "
                    + "speed %s m/s must be finite", model, muscle, activation, muscleTendonLength,
                    muscleTendonVelocity));
        }
    }

    /** SimTK's sign: 1, −1, or 0 for zero and NaN (unlike Math.signum, which passes NaN on). */
    static int sign(double x) {
        return x > 0 ? 1 : (x < 0 ? -1 : 0);
    }

    static void requireBasics(double maxIsometricForce, double tendonSlackLength, double maxContractionVelocity) {
        if (!(maxIsometricForce > 0)) {
            throw new NeuroMskException("max_isometric_force must be > 0, got " + maxIsometricForce);
        }
        if (!(tendonSlackLength > 0)) {
            throw new NeuroMskException("tendon_slack_length must be > 0, got " + tendonSlackLength);
        }
        if (!(maxContractionVelocity > 0)) {
            throw new NeuroMskException("max_contraction_velocity must be > 0, got " + maxContractionVelocity);
        }
    }
}

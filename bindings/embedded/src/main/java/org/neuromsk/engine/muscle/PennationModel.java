package org.neuromsk.engine.muscle;

import org.neuromsk.engine.muscle.curve.Precision;
import org.neuromsk.error.NeuroMskException;

/**
 * Fixed-width pennation model (OpenSim's MuscleFixedWidthPennationModel): the fibre spans a
 * parallelogram of constant height h = l_opt·sin φ_opt, so φ = asin(h/l_ce), and the fibre's
 * projection l_ce·cos φ plus the tendon make up the muscle–tendon length. Lengths in (m),
 * velocities in (m/s), angles in (rad). Immutable.
 */
public final class PennationModel {

    private final double optimalFiberLength;
    private final double pennationAngleAtOptimal;
    private final double maximumPennationAngle;
    private final double height;
    private final double maximumSinPennation;
    private final double minimumFiberLength;
    private final double minimumFiberLengthAlongTendon;

    /**
     * @param optimalFiberLength l_opt (m), &gt; 0
     * @param pennationAngleAtOptimal φ_opt (rad) in [0, π/2)
     * @param maximumPennationAngle φ_max (rad) in [0, π/2] (OpenSim default acos(0.1))
     * @throws NeuroMskException for values OpenSim rejects
     */
    public PennationModel(double optimalFiberLength, double pennationAngleAtOptimal, double maximumPennationAngle) {
        if (!(optimalFiberLength > 0)) {
            throw new NeuroMskException("optimal_fiber_length must be > 0, got " + optimalFiberLength);
        }
        if (!(pennationAngleAtOptimal >= 0 && pennationAngleAtOptimal <= Math.PI / 2 - Precision.SIGNIFICANT_REAL)) {
            throw new NeuroMskException("pennation_angle_at_optimal must lie in [0, pi/2), got "
                    + pennationAngleAtOptimal);
        }
        if (!(maximumPennationAngle >= 0 && maximumPennationAngle <= Math.PI / 2)) {
            throw new NeuroMskException("maximum_pennation_angle must lie in [0, pi/2], got " + maximumPennationAngle);
        }
        this.optimalFiberLength = optimalFiberLength;
        this.pennationAngleAtOptimal = pennationAngleAtOptimal;
        this.maximumPennationAngle = maximumPennationAngle;
        this.height = optimalFiberLength * Math.sin(pennationAngleAtOptimal);
        this.maximumSinPennation = Math.sin(maximumPennationAngle);
        // Pennate fibres cannot be shorter than at the maximum angle; for φ_max = 0 OpenSim uses 1 % of l_opt.
        this.minimumFiberLength = maximumPennationAngle > Precision.SIGNIFICANT_REAL
                ? height / maximumSinPennation : 0.01 * optimalFiberLength;
        this.minimumFiberLengthAlongTendon = minimumFiberLength * Math.cos(maximumPennationAngle);
    }

    /** @return l_opt (m) */
    public double optimalFiberLength() {
        return optimalFiberLength;
    }

    /** @return φ_opt (rad) */
    public double pennationAngleAtOptimal() {
        return pennationAngleAtOptimal;
    }

    /** @return φ_max (rad) */
    public double maximumPennationAngle() {
        return maximumPennationAngle;
    }

    /** @return h = l_opt·sin φ_opt (m) */
    public double parallelogramHeight() {
        return height;
    }

    /** @return h/sin φ_max, or 0.01·l_opt when φ_max = 0 (m); zero for a non-pennate muscle */
    public double minimumFiberLength() {
        return minimumFiberLength;
    }

    /** @return minimum fibre length times cos φ_max (m) */
    public double minimumFiberLengthAlongTendon() {
        return minimumFiberLengthAlongTendon;
    }

    /**
     * @param fiberLength l_ce (m)
     * @return max(l_ce, minimum fibre length) (m)
     */
    public double clampFiberLength(double fiberLength) {
        return Math.max(minimumFiberLength, fiberLength);
    }

    /**
     * @param fiberLength l_ce (m)
     * @return φ (rad): 0 for a non-pennate muscle (φ_opt ≤ Eps), φ_max at or below the minimum
     *         length or when h/l_ce ≥ sin φ_max, else asin(h/l_ce)
     */
    public double pennationAngle(double fiberLength) {
        if (!(pennationAngleAtOptimal > Precision.EPS)) {
            return 0;
        }
        if (fiberLength > minimumFiberLength) {
            double sinPhi = height / fiberLength;
            return sinPhi < maximumSinPennation ? Math.asin(sinPhi) : maximumPennationAngle;
        }
        return maximumPennationAngle;
    }

    /**
     * @param fiberLength l_ce (m), must exceed h
     * @return dφ/dl_ce = −(h/l_ce²)/sqrt(1 − (h/l_ce)²) (rad/m) of φ = asin(h/l_ce)
     */
    public double pennationAngleDerivative(double fiberLength) {
        if (!(fiberLength > height)) {
            throw new NeuroMskException("fibre length " + fiberLength + " m is not above the parallelogram height "
                    + height + " m");
        }
        double hOverL = height / fiberLength;
        return (-hOverL / fiberLength) / Math.sqrt(1.0 - hOverL * hOverL);
    }

    /**
     * @param cosPennation cos φ
     * @param fiberLength l_ce (m)
     * @param muscleTendonLength l_MT (m)
     * @return l_T = l_MT − l_ce·cos φ (m)
     */
    public double tendonLength(double cosPennation, double fiberLength, double muscleTendonLength) {
        return muscleTendonLength - fiberLength * cosPennation;
    }

    /**
     * @param fiberLength l_ce (m)
     * @param cosPennation cos φ
     * @return l_ce·cos φ (m)
     */
    public double fiberLengthAlongTendon(double fiberLength, double cosPennation) {
        return fiberLength * cosPennation;
    }

    /**
     * Fibre length for a given tendon length (the rigid-tendon fibre length when l_T = l_Ts).
     *
     * @param muscleTendonLength l_MT (m)
     * @param tendonLength l_T (m)
     * @return sqrt(h² + (l_MT − l_T)²) when l_MT − l_T ≥ the minimum length along the tendon,
     *         else the minimum fibre length (m)
     */
    public double fiberLength(double muscleTendonLength, double tendonLength) {
        double alongTendon = muscleTendonLength - tendonLength;
        if (alongTendon >= minimumFiberLengthAlongTendon) {
            return Math.sqrt(height * height + alongTendon * alongTendon);
        }
        return minimumFiberLength;
    }

    /**
     * @param tanPennation tan φ
     * @param fiberLength l_ce (m), &gt; 0
     * @param fiberVelocity l̇_ce (m/s)
     * @return φ̇ = −(l̇_ce/l_ce)·tan φ (rad/s), 0 for a non-pennate muscle
     */
    public double pennationAngularVelocity(double tanPennation, double fiberLength, double fiberVelocity) {
        if (!(pennationAngleAtOptimal > Precision.EPS)) {
            return 0;
        }
        if (!(fiberLength > 0)) {
            throw new NeuroMskException("fibre length must be > 0 to compute the pennation angular velocity");
        }
        return -(fiberVelocity / fiberLength) * tanPennation;
    }

    /**
     * @return l̇_T = l̇_MT − l̇_ce·cos φ + l_ce·sin φ·φ̇ (m/s)
     */
    public double tendonVelocity(double cosPennation, double sinPennation, double pennationAngularVelocity,
            double fiberLength, double fiberVelocity, double muscleTendonVelocity) {
        return muscleTendonVelocity - fiberVelocity * cosPennation
                + fiberLength * sinPennation * pennationAngularVelocity;
    }

    /**
     * @return d(l_ce cos φ)/dt = l̇_ce·cos φ − l_ce·sin φ·φ̇ (m/s)
     */
    public double fiberVelocityAlongTendon(double fiberLength, double fiberVelocity, double sinPennation,
            double cosPennation, double pennationAngularVelocity) {
        return fiberVelocity * cosPennation - fiberLength * sinPennation * pennationAngularVelocity;
    }

    /**
     * @param cosPennation cos φ
     * @param muscleTendonVelocity l̇_MT (m/s)
     * @param tendonVelocity l̇_T (m/s)
     * @return l̇_ce = (l̇_MT − l̇_T)·cos φ (m/s), from differentiating l_ce·cos φ + l_T = l_MT at fixed h
     */
    public double fiberVelocity(double cosPennation, double muscleTendonVelocity, double tendonVelocity) {
        return (muscleTendonVelocity - tendonVelocity) * cosPennation;
    }

    /**
     * @param fiberLength l_ce (m), must exceed h
     * @param sinPennation sin φ
     * @param cosPennation cos φ
     * @param pennationAngleDerivative dφ/dl_ce (rad/m)
     * @return ∂l_T/∂l_ce at fixed l_MT = l_ce·sin φ·dφ/dl_ce − cos φ
     */
    public double tendonLengthDerivative(double fiberLength, double sinPennation, double cosPennation,
            double pennationAngleDerivative) {
        if (!(fiberLength > height)) {
            throw new NeuroMskException("fibre length " + fiberLength + " m is not above the parallelogram height "
                    + height + " m");
        }
        return fiberLength * sinPennation * pennationAngleDerivative - cosPennation;
    }
}

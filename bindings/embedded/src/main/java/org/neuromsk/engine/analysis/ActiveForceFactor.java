package org.neuromsk.engine.analysis;

import org.neuromsk.engine.muscle.Millard2012EquilibriumMuscle;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.muscle.PennationModel;
import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.error.NeuroMskException;

/**
 * The muscle force per unit activation that OpenSim's static optimisation uses with
 * {@code use_muscle_physiology}: the model's {@code calcInextensibleTendonActiveFiberForce} at full
 * activation, i.e. F_iso·f_AL·f_V·cos φ of a fibre whose tendon stays at its slack length. Passive
 * fibre force does not enter (OpenSim overrides the muscles' actuation with x·factor). Lengths (m),
 * velocities (m/s), forces (N).
 *
 * <p>With a rigid tendon the fibre length is l_ce = sqrt(h² + (l_MT − l_Ts)²) (the pennation model's
 * minimum when l_MT − l_Ts is below its minimum along the tendon) and the fibre velocity
 * l̇_ce = l̇_MT·cos φ; the factor is 0 when l_ce is at or below the muscle's minimum fibre length.
 * <ul>
 * <li>Thelen2003Muscle: f_V by inverting the Thelen force–velocity relation at activation 1
 *     (tolerance 1e-6, at most 100 Newton steps, as OpenSim's calcfvInv), φ = asin(h/l_ce).</li>
 * <li>Millard2012EquilibriumMuscle: f_V from its force–velocity curve; the pennation angle of the
 *     final cos φ is evaluated, as OpenSim 4.5.2 does, at the <em>normalised</em> fibre length
 *     l_ce/l_opt taken as a length in metres (OpenSim's calcActiveFiberForceAlongTendon passes lceN to
 *     calcPennationAngle); reproduced on purpose for parity.</li>
 * </ul>
 */
public final class ActiveForceFactor {

    /** Tolerance of the Thelen force–velocity inversion (OpenSim's value). */
    public static final double THELEN_FV_TOLERANCE = 1e-6;
    /** Iteration limit of the Thelen force–velocity inversion (OpenSim's value). */
    public static final int THELEN_FV_MAX_ITERATIONS = 100;

    private ActiveForceFactor() {
    }

    /**
     * @param muscle the muscle
     * @param muscleTendonLength l_MT (m)
     * @param muscleTendonVelocity l̇_MT (m/s), positive when lengthening
     * @return the force along the tendon per unit activation (N)
     * @throws NeuroMskException naming the muscle for an unsupported muscle type or a failed
     *     force–velocity inversion
     */
    public static double of(Muscle muscle, double muscleTendonLength, double muscleTendonVelocity) {
        if (muscle instanceof Thelen2003Muscle t) {
            return thelen(t, muscleTendonLength, muscleTendonVelocity);
        }
        if (muscle instanceof Millard2012EquilibriumMuscle m) {
            return millard(m, muscleTendonLength, muscleTendonVelocity);
        }
        throw new NeuroMskException("muscle '" + muscle.name() + "' (" + muscle.getClass().getSimpleName()
                + ") has no force-length-velocity factor for static optimization");
    }

    /**
     * OpenSim's Thelen2003Muscle::calcInextensibleTendonActiveFiberForce(s, 1).
     *
     * @return the factor (N)
     */
    public static double thelen(Thelen2003Muscle muscle, double muscleTendonLength, double muscleTendonVelocity) {
        PennationModel pennation = muscle.pennationModel();
        double fiberLength = pennation.fiberLength(muscleTendonLength, muscle.tendonSlackLength());
        if (!(fiberLength > pennation.minimumFiberLength())) {
            return 0.0;
        }
        double phi = pennation.pennationAngle(fiberLength);
        double cosPhi = Math.cos(phi);
        double fiberVelocity = pennation.fiberVelocity(cosPhi, muscleTendonVelocity, 0.0);
        double activation = muscle.activationDynamics().clamp(1.0);
        double lopt = muscle.optimalFiberLength();
        double normLength = pennation.clampFiberLength(fiberLength) / lopt;
        double normVelocity = fiberVelocity / (lopt * muscle.maxContractionVelocity());
        double fal = muscle.activeForceLengthCurve().value(normLength);
        double fv;
        try {
            fv = muscle.forceVelocityInverse().forceVelocityMultiplier(activation, fal, normVelocity,
                    THELEN_FV_TOLERANCE, THELEN_FV_MAX_ITERATIONS);
        } catch (NeuroMskException e) {
            throw new NeuroMskException("Thelen2003Muscle '" + muscle.name() + "': " + e.getMessage(), e);
        }
        return muscle.maxIsometricForce() * activation * fal * fv * cosPhi;
    }

    /**
     * OpenSim's Millard2012EquilibriumMuscle::calcInextensibleTendonActiveFiberForce(s, 1).
     *
     * @return the factor (N)
     */
    public static double millard(Millard2012EquilibriumMuscle muscle, double muscleTendonLength,
            double muscleTendonVelocity) {
        PennationModel pennation = muscle.pennationModel();
        double fiberLength = pennation.fiberLength(muscleTendonLength, muscle.tendonSlackLength());
        double phi = pennation.pennationAngle(fiberLength);
        double fiberVelocity = pennation.fiberVelocity(Math.cos(phi), muscleTendonVelocity, 0.0);
        if (Double.isNaN(fiberVelocity) || !(fiberLength > muscle.minimumFiberLength())) {
            return 0.0;
        }
        double activation = muscle.activationDynamics().clamp(1.0);
        double lopt = muscle.optimalFiberLength();
        double normLength = fiberLength / lopt;
        double normVelocity = fiberVelocity / (lopt * muscle.maxContractionVelocity());
        double fal = muscle.activeForceLengthCurve().value(normLength);
        double fv = muscle.forceVelocityCurve().value(normVelocity);
        // OpenSim 4.5.2 evaluates this angle at the normalised length (see the class description).
        double phiAsEvaluated = pennation.pennationAngle(normLength);
        return muscle.maxIsometricForce() * activation * fal * fv * Math.cos(phiAsEvaluated);
    }
}

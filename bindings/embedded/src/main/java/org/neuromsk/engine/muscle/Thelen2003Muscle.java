package org.neuromsk.engine.muscle;

import org.neuromsk.engine.muscle.curve.Precision;
import org.neuromsk.engine.muscle.curve.ThelenActiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenForceVelocityInverse;
import org.neuromsk.engine.muscle.curve.ThelenPassiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenTendonForceLengthCurve;
import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim 4.5.2's Thelen2003Muscle: compliant tendon, fixed-width pennation, first-order activation,
 * fibre velocity from inverting the force–velocity relation at the force balance
 * F = f_SE/cos φ − f_PE. The tendon force F_iso·f_SE is the actuation. Immutable.
 */
public final class Thelen2003Muscle extends HillMuscle {

    /** Newton iteration limit of the equilibrium solve (as in OpenSim). */
    static final int EQUILIBRIUM_MAX_ITERATIONS = 20;

    /** Newton iteration limit of the force–velocity inversion inside the equilibrium solve. */
    static final int FV_INVERSE_MAX_ITERATIONS = 100;

    /**
     * The properties of a Thelen2003Muscle as named in an .osim file. Lengths (m), angles (rad),
     * force (N), time constants (s), velocity in optimal fibre lengths per second.
     *
     * @param name muscle name
     * @param maxIsometricForce F_iso (N)
     * @param optimalFiberLength l_opt (m)
     * @param tendonSlackLength l_Ts (m)
     * @param pennationAngleAtOptimal φ_opt (rad)
     * @param maxContractionVelocity v_max (l_opt/s), default 10
     * @param fmaxTendonStrain FmaxTendonStrain, default 0.04
     * @param fmaxMuscleStrain FmaxMuscleStrain, default 0.6
     * @param kShapeActive KshapeActive, default 0.45
     * @param kShapePassive KshapePassive, default 5
     * @param af Af, default 0.25
     * @param flen Flen, default 1.4
     * @param fvLinearExtrapThreshold fv_linear_extrap_threshold, default 0.95
     * @param maximumPennationAngle maximum_pennation_angle (rad), default acos(0.1)
     * @param activationTimeConstant activation_time_constant (s), default 0.015
     * @param deactivationTimeConstant deactivation_time_constant (s), default 0.05
     * @param minimumActivation minimum_activation, default 0.01 (must be ≥ 0.01)
     */
    public record Parameters(String name, double maxIsometricForce, double optimalFiberLength,
            double tendonSlackLength, double pennationAngleAtOptimal, double maxContractionVelocity,
            double fmaxTendonStrain, double fmaxMuscleStrain, double kShapeActive, double kShapePassive, double af,
            double flen, double fvLinearExtrapThreshold, double maximumPennationAngle, double activationTimeConstant,
            double deactivationTimeConstant, double minimumActivation) {

        /**
         * OpenSim's code defaults for everything but the four geometric properties.
         *
         * @return the parameters
         */
        public static Parameters defaults(String name, double maxIsometricForce, double optimalFiberLength,
                double tendonSlackLength, double pennationAngleAtOptimal) {
            return new Parameters(name, maxIsometricForce, optimalFiberLength, tendonSlackLength,
                    pennationAngleAtOptimal, 10, 0.04, 0.6, 0.45, 5.0, 0.25, 1.4, 0.95, Math.acos(0.1), 0.015, 0.050,
                    0.01);
        }

        /**
         * @return a copy with the given curve shape properties
         */
        public Parameters withCurveShape(double newFmaxTendonStrain, double newFmaxMuscleStrain,
                double newKShapeActive, double newKShapePassive, double newAf, double newFlen) {
            return new Parameters(name, maxIsometricForce, optimalFiberLength, tendonSlackLength,
                    pennationAngleAtOptimal, maxContractionVelocity, newFmaxTendonStrain, newFmaxMuscleStrain,
                    newKShapeActive, newKShapePassive, newAf, newFlen, fvLinearExtrapThreshold, maximumPennationAngle,
                    activationTimeConstant, deactivationTimeConstant, minimumActivation);
        }

        /**
         * @return a copy with the given activation and deactivation time constants (s)
         */
        public Parameters withTimeConstants(double activation, double deactivation) {
            return new Parameters(name, maxIsometricForce, optimalFiberLength, tendonSlackLength,
                    pennationAngleAtOptimal, maxContractionVelocity, fmaxTendonStrain, fmaxMuscleStrain, kShapeActive,
                    kShapePassive, af, flen, fvLinearExtrapThreshold, maximumPennationAngle, activation, deactivation,
                    minimumActivation);
        }
    }

    private static final String MODEL = "Thelen2003Muscle";

    private final Parameters parameters;
    private final ThelenActiveForceLengthCurve activeForceLength;
    private final ThelenPassiveForceLengthCurve passiveForceLength;
    private final ThelenTendonForceLengthCurve tendonForceLength;
    private final ThelenForceVelocityInverse forceVelocityInverse;

    /**
     * @param p the properties
     * @throws NeuroMskException naming the muscle for properties OpenSim rejects
     */
    public Thelen2003Muscle(Parameters p) {
        super(Core.of(MODEL, p.name(), p.maxIsometricForce(), p.optimalFiberLength(), p.tendonSlackLength(),
                p.maxContractionVelocity(), p.pennationAngleAtOptimal(), p.maximumPennationAngle(),
                () -> {
                    if (!(p.minimumActivation() >= 0.01)) {
                        throw new NeuroMskException("minimum_activation cannot be less than 0.01, got "
                                + p.minimumActivation());
                    }
                    return new ActivationDynamics(p.activationTimeConstant(), p.deactivationTimeConstant(),
                            p.minimumActivation());
                }));
        this.parameters = p;
        try {
            this.activeForceLength = new ThelenActiveForceLengthCurve(p.kShapeActive());
            this.passiveForceLength = new ThelenPassiveForceLengthCurve(p.fmaxMuscleStrain(), p.kShapePassive());
            this.tendonForceLength = new ThelenTendonForceLengthCurve(p.fmaxTendonStrain());
            this.forceVelocityInverse = new ThelenForceVelocityInverse(p.af(), p.flen(), p.fvLinearExtrapThreshold());
        } catch (NeuroMskException e) {
            throw named(MODEL, p.name(), e);
        }
    }

    /** @return the properties this muscle was built from */
    public Parameters parameters() {
        return parameters;
    }

    /** @return the active force–length curve */
    public ThelenActiveForceLengthCurve activeForceLengthCurve() {
        return activeForceLength;
    }

    /** @return the passive fibre force–length curve */
    public ThelenPassiveForceLengthCurve passiveForceLengthCurve() {
        return passiveForceLength;
    }

    /** @return the tendon force–length curve */
    public ThelenTendonForceLengthCurve tendonForceLengthCurve() {
        return tendonForceLength;
    }

    /** @return the force–velocity relation solved for velocity */
    public ThelenForceVelocityInverse forceVelocityInverse() {
        return forceVelocityInverse;
    }

    /** @return the pennation model's minimum fibre length (m); zero for a non-pennate muscle */
    @Override
    public double minimumFiberLength() {
        return pennationModel().minimumFiberLength();
    }

    @Override
    public boolean hasFiberLengthState() {
        return true;
    }

    @Override
    public MuscleEvaluation evaluate(double activation, double muscleTendonLength, double muscleTendonVelocity,
            double fiberLength) {
        MuscleChecks.requireFinite("Thelen2003Muscle", name(), activation, muscleTendonLength, muscleTendonVelocity);
        double fiso = maxIsometricForce();
        double lopt = optimalFiberLength();
        double a = activationDynamics().clamp(activation);
        double lce = pennationModel().clampFiberLength(fiberLength);
        double lceN = lce / lopt;
        double phi = pennationModel().pennationAngle(lce);
        double cosPhi = Math.cos(phi);
        double sinPhi = Math.sin(phi);
        double tl = pennationModel().tendonLength(cosPhi, lce, muscleTendonLength);
        double tlN = tl / tendonSlackLength();
        double fal = activeForceLength.value(lceN);
        double fpe = passiveForceLength.value(lceN);
        double fse = tendonForceLength.value(tlN);

        // Force balance gives the active force a·f_AL·f_V; invert the force-velocity relation.
        double activeForce = fse / cosPhi - fpe;
        double fv = activeForce / (a * fal);
        double dlceN = forceVelocityInverse.normFiberVelocity(a, fal, activeForce);
        double dlce = dlceN * maxContractionVelocity() * lopt;
        double dphi = pennationModel().pennationAngularVelocity(Math.tan(phi), lce, dlce);
        double dlceAT = pennationModel().fiberVelocityAlongTendon(lce, dlce, sinPhi, cosPhi, dphi);
        double dtl = pennationModel().tendonVelocity(cosPhi, sinPhi, dphi, lce, dlce, muscleTendonVelocity);

        // A fibre at its minimum length that would shorten further is held there.
        boolean clamped = fiberLength <= minimumFiberLength() && dlceN <= 0;
        if (clamped) {
            dlce = 0;
            dlceAT = 0;
            dlceN = 0;
            dphi = 0;
            dtl = muscleTendonVelocity;
            fv = 1.0;
        }
        double activeFiberForce = 0;
        double fiberForce = 0;
        if (!clamped) {
            activeFiberForce = (a * fal * fv) * fiso;
            fiberForce = (a * fal * fv + fpe) * fiso;
        }
        return new MuscleEvaluation(a, lce, lceN, phi, lce * cosPhi, tl, tlN, dlce, dlceN, dlceAT, dphi, dtl, fal,
                fpe, fv, fse, fiberForce, fiberForce * cosPhi, activeFiberForce, fpe * fiso, 0.0, fse * fiso,
                clamped);
    }

    /**
     * OpenSim's Thelen2003Muscle::computeInitialFiberEquilibrium: Newton iteration on l_ce from
     * l_T = 1.01·l_Ts, tolerance max(1e-8·F_iso, 10·SignificantReal) on the force error (N), at most
     * 20 iterations, step halving while the error does not decrease, l_ce kept ≥ the minimum length.
     * The muscle–tendon speed is shared between fibre and tendon in proportion to their stiffnesses
     * (tendon share k_M/(k_M + k_T)) and f_V follows from the implied fibre velocity.
     */
    @Override
    public FiberEquilibrium equilibrium(double activation, double muscleTendonLength, double muscleTendonVelocity) {
        MuscleChecks.requireFinite("Thelen2003Muscle", name(), activation, muscleTendonLength, muscleTendonVelocity);
        double a = activationDynamics().clamp(activation);
        return new ThelenEquilibrium(a, muscleTendonLength, muscleTendonVelocity, equilibriumTolerance())
                .solve(MODEL, EQUILIBRIUM_MAX_ITERATIONS);
    }

    @Override
    double tendonForceMultiplier(double normTendonLength) {
        return tendonForceLength.value(normTendonLength);
    }

    /** Thelen's multipliers, partials and velocity estimate inside OpenSim's equilibrium iteration. */
    private final class ThelenEquilibrium extends EquilibriumSolve {
        private final double vol = pennationModel().parallelogramHeight();

        ThelenEquilibrium(double activation, double muscleTendonLength, double muscleTendonVelocity, double tol) {
            super(activation, muscleTendonLength, muscleTendonVelocity, tol);
        }

        @Override
        void start() {
            position();
            multipliers();
            fv = 1.0;
            partials();
            velocity();
            forceError();
            partials();
        }

        @Override
        void position() {
            phi = pennationModel().pennationAngle(lce);
            cosphi = Math.cos(phi);
            tl = ml - lce * cosphi;
            lceN = lce / ofl;
            tlN = tl / tsl;
        }

        @Override
        void multipliers() {
            fse = tendonForceLength.value(tlN);
            fal = activeForceLength.value(lceN);
            fpe = passiveForceLength.value(lceN);
        }

        @Override
        void forceError() {
            fm = (ma * fal * fv + fpe) * fiso;
            ferr = fm * cosphi - fse * fiso;
        }

        @Override
        void partials() {
            double dFmdlce = ((ma * fv) * activeForceLength.firstDerivative(lceN)
                    + passiveForceLength.firstDerivative(lceN)) * fiso * (1 / ofl);
            // d(cos φ)/dl_ce for φ = asin(h/l_ce), written in h as OpenSim does
            double h2 = vol * vol;
            double l2 = lce * lce;
            double dcosphi = h2 / (l2 * lce * Math.sqrt(1 - h2 / l2));
            dFmATdlce = dFmdlce * cosphi + fm * dcosphi;
            dFmATdlceAT = dFmATdlce * cosphi;
            double dfse = tendonForceLength.firstDerivative(tlN);
            dFtdtl = dfse * (fiso / tsl);
            double hOverL = vol / lce;
            double dphidlce = -vol / (lce * lce * Math.sqrt(1 - hOverL * hOverL));
            double dtldlce = -Math.cos(phi) + lce * Math.sin(phi) * dphidlce;
            dFtdlce = dfse * dtldlce * (fiso / tsl);
        }

        @Override
        void velocity() {
            double dtl;
            if (Math.abs(dFmATdlceAT + dFtdtl) > Precision.SIGNIFICANT_REAL && tl > tsl) {
                dtl = (dFmATdlceAT / (dFmATdlceAT + dFtdtl)) * dml;
            } else {
                dtl = dml;
            }
            dlce = pennationModel().fiberVelocity(cosphi, dml, dtl);
            double dlceN = dlce / (vmax * ofl);
            fv = forceVelocityInverse.forceVelocityMultiplier(ma, fal, dlceN, tol, FV_INVERSE_MAX_ITERATIONS);
        }
    }
}

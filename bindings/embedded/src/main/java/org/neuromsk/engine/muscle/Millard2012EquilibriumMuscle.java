package org.neuromsk.engine.muscle;

import org.neuromsk.engine.muscle.curve.ActiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.FiberForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ForceVelocityCurve;
import org.neuromsk.engine.muscle.curve.ForceVelocityInverseCurve;
import org.neuromsk.engine.muscle.curve.ForceVelocityParameters;
import org.neuromsk.engine.muscle.curve.Precision;
import org.neuromsk.engine.muscle.curve.TendonForceLengthCurve;
import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim 4.5.2's Millard2012EquilibriumMuscle in its three configurations:
 * <ul>
 *   <li><b>damped, compliant tendon</b> (fiber_damping β ≥ 0.001, the default): each evaluation
 *       solves [a·f_AL·f_V(ṽ) + f_PE + β·ṽ]·cos φ = f_SE for ṽ by Newton's method;</li>
 *   <li><b>undamped, compliant tendon</b> (β &lt; 0.001, treated as 0): ṽ = f_V⁻¹((f_SE/cos φ − f_PE)/(a·f_AL))
 *       through the force–velocity inverse curve;</li>
 *   <li><b>rigid tendon</b> (ignore_tendon_compliance): the fibre length follows from the path
 *       length, there is no fibre state, and the tendon force is the fibre force along the tendon.</li>
 * </ul>
 * Like OpenSim, construction adjusts curve properties to the configuration: the damped and rigid
 * models force the active force–length minimum to 0 and the force–velocity slopes at v_max to 0;
 * the undamped model raises them to at least 0.1 and half the "near v_max" slopes. Immutable.
 */
public final class Millard2012EquilibriumMuscle extends HillMuscle {

    /** Damping coefficients below this switch to the undamped model. */
    public static final double MIN_NONZERO_DAMPING_COEFFICIENT = 0.001;

    /** Newton iteration limit of the equilibrium solve (OpenSim's computeFiberEquilibrium). */
    static final int EQUILIBRIUM_MAX_ITERATIONS = 200;

    /** Newton iteration limit of the damped fibre-velocity solve. */
    static final int VELOCITY_MAX_ITERATIONS = 20;

    /**
     * The properties of a Millard2012EquilibriumMuscle as named in an .osim file. Lengths (m), angles
     * (rad), force (N), time constants (s), velocity in optimal fibre lengths per second.
     *
     * @param name muscle name
     * @param maxIsometricForce F_iso (N)
     * @param optimalFiberLength l_opt (m)
     * @param tendonSlackLength l_Ts (m)
     * @param pennationAngleAtOptimal φ_opt (rad)
     * @param maxContractionVelocity v_max (l_opt/s), default 10
     * @param maximumPennationAngle maximum_pennation_angle (rad), default acos(0.1)
     * @param activationTimeConstant default 0.01 s
     * @param deactivationTimeConstant default 0.04 s
     * @param minimumActivation default 0.01
     * @param fiberDamping β, default 0.1
     * @param ignoreTendonCompliance rigid tendon when true, default false
     * @param ignoreActivationDynamics activation equals the excitation when true, default false
     * @param activeForceLength ActiveForceLengthCurve properties
     * @param forceVelocity ForceVelocityCurve properties
     * @param fiberForceLength FiberForceLengthCurve properties
     * @param tendonForceLength TendonForceLengthCurve properties
     */
    public record Parameters(String name, double maxIsometricForce, double optimalFiberLength,
            double tendonSlackLength, double pennationAngleAtOptimal, double maxContractionVelocity,
            double maximumPennationAngle, double activationTimeConstant, double deactivationTimeConstant,
            double minimumActivation, double fiberDamping, boolean ignoreTendonCompliance,
            boolean ignoreActivationDynamics, ActiveForceLengthCurve.Parameters activeForceLength,
            ForceVelocityParameters forceVelocity, FiberForceLengthCurve.Parameters fiberForceLength,
            TendonForceLengthCurve.Parameters tendonForceLength) {

        /**
         * OpenSim's defaults for everything but the four geometric properties.
         *
         * @return the parameters
         */
        public static Parameters defaults(String name, double maxIsometricForce, double optimalFiberLength,
                double tendonSlackLength, double pennationAngleAtOptimal) {
            return new Parameters(name, maxIsometricForce, optimalFiberLength, tendonSlackLength,
                    pennationAngleAtOptimal, 10, Math.acos(0.1), 0.010, 0.040, 0.01, 0.1, false, false,
                    ActiveForceLengthCurve.Parameters.defaults(), ForceVelocityParameters.defaults(),
                    FiberForceLengthCurve.Parameters.defaults(), TendonForceLengthCurve.Parameters.defaults());
        }

        /** @return a copy with the given fibre damping β */
        public Parameters withFiberDamping(double beta) {
            return new Parameters(name, maxIsometricForce, optimalFiberLength, tendonSlackLength,
                    pennationAngleAtOptimal, maxContractionVelocity, maximumPennationAngle, activationTimeConstant,
                    deactivationTimeConstant, minimumActivation, beta, ignoreTendonCompliance,
                    ignoreActivationDynamics, activeForceLength, forceVelocity, fiberForceLength, tendonForceLength);
        }

        /** @return a copy with the given ignore_tendon_compliance flag */
        public Parameters withIgnoreTendonCompliance(boolean rigid) {
            return new Parameters(name, maxIsometricForce, optimalFiberLength, tendonSlackLength,
                    pennationAngleAtOptimal, maxContractionVelocity, maximumPennationAngle, activationTimeConstant,
                    deactivationTimeConstant, minimumActivation, fiberDamping, rigid, ignoreActivationDynamics,
                    activeForceLength, forceVelocity, fiberForceLength, tendonForceLength);
        }

        /** @return a copy with the given curve properties */
        public Parameters withCurves(ActiveForceLengthCurve.Parameters afl, ForceVelocityParameters fv,
                FiberForceLengthCurve.Parameters fpe, TendonForceLengthCurve.Parameters fse) {
            return new Parameters(name, maxIsometricForce, optimalFiberLength, tendonSlackLength,
                    pennationAngleAtOptimal, maxContractionVelocity, maximumPennationAngle, activationTimeConstant,
                    deactivationTimeConstant, minimumActivation, fiberDamping, ignoreTendonCompliance,
                    ignoreActivationDynamics, afl, fv, fpe, fse);
        }
    }

    /** The three ways the model computes fibre velocity. */
    public enum Configuration {
        /** Compliant tendon with fibre damping (β ≥ 0.001). */
        DAMPED_COMPLIANT,
        /** Compliant tendon without damping (β &lt; 0.001). */
        UNDAMPED_COMPLIANT,
        /** Inextensible tendon (ignore_tendon_compliance). */
        RIGID_TENDON
    }

    private static final String MODEL = "Millard2012EquilibriumMuscle";

    private final Parameters parameters;
    private final Configuration configuration;
    private final double fiberDamping;
    private final ActiveForceLengthCurve activeForceLength;
    private final ForceVelocityCurve forceVelocity;
    private final ForceVelocityInverseCurve forceVelocityInverse;
    private final FiberForceLengthCurve fiberForceLength;
    private final TendonForceLengthCurve tendonForceLength;
    private final double minimumFiberLength;

    /**
     * @param p the properties as read from a model file
     * @throws NeuroMskException naming the muscle for properties OpenSim rejects
     */
    public Millard2012EquilibriumMuscle(Parameters p) {
        super(Core.of(MODEL, p.name(), p.maxIsometricForce(), p.optimalFiberLength(), p.tendonSlackLength(),
                p.maxContractionVelocity(), p.pennationAngleAtOptimal(), p.maximumPennationAngle(),
                () -> new ActivationDynamics(p.activationTimeConstant(), p.deactivationTimeConstant(),
                        minimumActivation(p, configuration(p)))));
        this.parameters = p;
        this.configuration = configuration(p);
        this.fiberDamping = p.fiberDamping() >= MIN_NONZERO_DAMPING_COEFFICIENT ? p.fiberDamping() : 0.0;
        try {
            ForceVelocityParameters fv = p.forceVelocity();
            if (fv.concentricSlopeNearVmax() < Precision.SQRT_EPS) {
                throw new NeuroMskException("concentric_slope_near_vmax cannot be less than 1.49e-8");
            }
            if (fv.eccentricSlopeNearVmax() < Precision.SQRT_EPS) {
                throw new NeuroMskException("eccentric_slope_near_vmax cannot be less than 1.49e-8");
            }
            ActiveForceLengthCurve.Parameters afl = p.activeForceLength();
            if (configuration == Configuration.UNDAMPED_COMPLIANT) {
                // The classic Hill model divides by a·f_AL and inverts f_V: keep both away from 0.
                if (afl.minimumValue() < 0.1) {
                    afl = afl.withMinimumValue(0.1);
                }
                double conAtVmax = Math.max(fv.concentricSlopeAtVmax(), 0.5 * fv.concentricSlopeNearVmax());
                double eccAtVmax = Math.max(fv.eccentricSlopeAtVmax(), 0.5 * fv.eccentricSlopeNearVmax());
                fv = fv.withSlopesAtVmax(conAtVmax, eccAtVmax);
            } else {
                if (afl.minimumValue() > 0.0) {
                    afl = afl.withMinimumValue(0.0);
                }
                fv = fv.withSlopesAtVmax(Math.min(fv.concentricSlopeAtVmax(), 0.0),
                        Math.min(fv.eccentricSlopeAtVmax(), 0.0));
            }
            this.activeForceLength = new ActiveForceLengthCurve(p.name() + "_ActiveForceLengthCurve", afl);
            this.forceVelocity = new ForceVelocityCurve(p.name() + "_ForceVelocityCurve", fv);
            // The inverse always gets finite end slopes, half the "near v_max" slopes.
            this.forceVelocityInverse = new ForceVelocityInverseCurve(p.name() + "_ForceVelocityInverseCurve",
                    fv.withSlopesAtVmax(0.5 * fv.concentricSlopeNearVmax(), 0.5 * fv.eccentricSlopeNearVmax()));
            this.fiberForceLength = new FiberForceLengthCurve(p.name() + "_FiberForceLengthCurve",
                    p.fiberForceLength());
            this.tendonForceLength = new TendonForceLengthCurve(p.name() + "_TendonForceLengthCurve",
                    p.tendonForceLength());
            this.minimumFiberLength = Math.max(Precision.SIGNIFICANT_REAL,
                    Math.max(afl.minNormActiveFiberLength() * p.optimalFiberLength(),
                            pennationModel().minimumFiberLength()));
        } catch (NeuroMskException e) {
            throw named(MODEL, p.name(), e);
        }
    }

    private static Configuration configuration(Parameters p) {
        boolean damped = p.fiberDamping() >= MIN_NONZERO_DAMPING_COEFFICIENT;
        return p.ignoreTendonCompliance() ? Configuration.RIGID_TENDON
                : damped ? Configuration.DAMPED_COMPLIANT : Configuration.UNDAMPED_COMPLIANT;
    }

    /** OpenSim's adjustment of minimum_activation to the configuration. */
    private static double minimumActivation(Parameters p, Configuration configuration) {
        double minimumActivation = p.minimumActivation();
        if (configuration == Configuration.UNDAMPED_COMPLIANT) {
            if (!(minimumActivation >= 0.01)) {
                throw new NeuroMskException("minimum_activation cannot be less than 0.01 for the undamped model "
                        + "with an elastic tendon, got " + minimumActivation);
            }
            return minimumActivation;
        }
        if (!(minimumActivation >= 0)) {
            throw new NeuroMskException("minimum_activation cannot be less than zero, got " + minimumActivation);
        }
        return Math.min(minimumActivation, 1);
    }

    /** @return the properties this muscle was built from (before the configuration adjustments) */
    public Parameters parameters() {
        return parameters;
    }

    /** @return which velocity model is in use */
    public Configuration configuration() {
        return configuration;
    }

    /** @return β in use (0 for the undamped model) */
    public double fiberDamping() {
        return fiberDamping;
    }

    /** @return the active force–length curve in use (after adjustment) */
    public ActiveForceLengthCurve activeForceLengthCurve() {
        return activeForceLength;
    }

    /** @return the force–velocity curve in use (after adjustment) */
    public ForceVelocityCurve forceVelocityCurve() {
        return forceVelocity;
    }

    /** @return the force–velocity inverse curve (end slopes half the "near v_max" slopes) */
    public ForceVelocityInverseCurve forceVelocityInverseCurve() {
        return forceVelocityInverse;
    }

    /** @return the passive fibre force–length curve */
    public FiberForceLengthCurve fiberForceLengthCurve() {
        return fiberForceLength;
    }

    /** @return the tendon force–length curve */
    public TendonForceLengthCurve tendonForceLengthCurve() {
        return tendonForceLength;
    }

    /** @return true when the activation is a state (ignore_activation_dynamics is false) */
    public boolean hasActivationState() {
        return !parameters.ignoreActivationDynamics();
    }

    /**
     * @return max(SignificantReal, x0·l_opt, pennation minimum) (m), x0 being the active
     *         force–length curve's minimum active length
     */
    @Override
    public double minimumFiberLength() {
        return minimumFiberLength;
    }

    @Override
    public boolean hasFiberLengthState() {
        return configuration != Configuration.RIGID_TENDON;
    }

    /**
     * @param fiberLength l_ce (m)
     * @return max(l_ce, minimum fibre length) (m)
     */
    public double clampFiberLength(double fiberLength) {
        return Math.max(fiberLength, minimumFiberLength);
    }

    /**
     * @param muscleTendonLength l_MT (m)
     * @return the rigid-tendon fibre length: sqrt(h² + (l_MT − l_Ts)²) clamped to the minimum (m)
     */
    public double rigidTendonFiberLength(double muscleTendonLength) {
        return clampFiberLength(pennationModel().fiberLength(muscleTendonLength, tendonSlackLength()));
    }

    @Override
    public MuscleEvaluation evaluate(double activation, double muscleTendonLength, double muscleTendonVelocity,
            double fiberLength) {
        MuscleChecks.requireFinite("Millard2012EquilibriumMuscle", name(), activation, muscleTendonLength, muscleTendonVelocity);
        double fiso = maxIsometricForce();
        double lopt = optimalFiberLength();
        double vmax = maxContractionVelocity();
        boolean rigid = configuration == Configuration.RIGID_TENDON;
        double a = activationDynamics().clamp(activation);
        double lce = rigid ? rigidTendonFiberLength(muscleTendonLength) : clampFiberLength(fiberLength);
        double lceN = lce / lopt;
        double phi = pennationModel().pennationAngle(lce);
        double cosPhi = Math.cos(phi);
        double sinPhi = Math.sin(phi);
        double tl = pennationModel().tendonLength(cosPhi, lce, muscleTendonLength);
        double tlN = tl / tendonSlackLength();
        double fpe = fiberForceLength.value(lceN);
        double fal = activeForceLength.value(lceN);
        double fse = rigid ? Double.NaN : tendonForceLength.value(tlN);

        double dlce;
        double dlceN;
        double fv;
        switch (configuration) {
            case RIGID_TENDON -> {
                if (tl < tendonSlackLength() - Precision.SIGNIFICANT_REAL) {
                    // slack (buckling) tendon: the fibre does not move
                    dlce = 0.0;
                    dlceN = 0.0;
                    fv = 1.0;
                } else {
                    dlce = pennationModel().fiberVelocity(cosPhi, muscleTendonVelocity, 0.0);
                    dlceN = dlce / (lopt * vmax);
                    fv = forceVelocity.value(dlceN);
                }
            }
            case UNDAMPED_COMPLIANT -> {
                requireNonSingular(cosPhi > Precision.SIGNIFICANT_REAL, "pennation angle is 90 degrees");
                requireNonSingular(a > Precision.SIGNIFICANT_REAL, "activation is 0");
                requireNonSingular(fal > Precision.SIGNIFICANT_REAL, "active force-length multiplier is 0");
                fv = (fse / cosPhi - fpe) / (a * fal);
                dlceN = forceVelocityInverse.value(fv);
                dlce = dlceN * vmax * lopt;
            }
            default -> {
                double[] solved = dampedNormFiberVelocity(a, fal, fpe, fse, cosPhi);
                dlceN = solved[0];
                fv = solved[1];
                dlce = dlceN * lopt * vmax;
            }
        }
        double dphi = pennationModel().pennationAngularVelocity(Math.tan(phi), lce, dlce);
        double dlceAT = pennationModel().fiberVelocityAlongTendon(lce, dlce, sinPhi, cosPhi, dphi);
        double dtl = rigid ? 0 : pennationModel().tendonVelocity(cosPhi, sinPhi, dphi, lce, dlce, muscleTendonVelocity);

        boolean clamped = (lce <= minimumFiberLength && dlce <= 0) || lce < minimumFiberLength;
        if (clamped) {
            dlce = 0.0;
            dlceN = 0.0;
            dlceAT = 0.0;
            dphi = 0.0;
            dtl = muscleTendonVelocity;
            fv = 1.0;
        }
        double activeFiberForce = 0;
        double elastic = 0;
        double damping = 0;
        double fiberForce = 0;
        if (!clamped) {
            activeFiberForce = fiso * (a * fal * fv);
            elastic = fiso * fpe;
            damping = fiso * fiberDamping * dlceN;
            fiberForce = activeFiberForce + (elastic + damping);
            // Only the rigid tendon can ask for compression; saturate the damping force instead.
            if (rigid && fiberForce < 0) {
                fiberForce = 0.0;
                damping = -activeFiberForce - elastic;
            }
        }
        double fiberForceAlongTendon = fiberForce * cosPhi;
        double normTendonForce = rigid ? fiberForceAlongTendon / fiso : fse;
        return new MuscleEvaluation(a, lce, lceN, phi, lce * cosPhi, tl, tlN, dlce, dlceN, dlceAT, dphi, dtl, fal,
                fpe, fv, normTendonForce, fiberForce, fiberForceAlongTendon, activeFiberForce, elastic + damping,
                damping, normTendonForce * fiso, clamped);
    }

    private void requireNonSingular(boolean condition, String what) {
        if (!condition) {
            throw new NeuroMskException("Millard2012EquilibriumMuscle '" + name()
                    + "': cannot compute the undamped fibre velocity, " + what);
        }
    }

    /**
     * Newton solve of the damped equilibrium for ṽ (OpenSim's calcDampedNormFiberVelocity):
     * tolerance max(1e-10·F_iso, 100·SignificantReal) N, at most 20 iterations, seeded from the
     * undamped estimate through the inverse curve and clamped to [−1, 1]. The slope
     * F_iso(a·f_AL·f_V' + β)cos φ is at least β·F_iso·cos φ_max &gt; 0, so OpenSim's random
     * perturbation for a vanishing slope is never needed.
     *
     * @return {ṽ, f_V(ṽ)}
     */
    private double[] dampedNormFiberVelocity(double a, double fal, double fpe, double fse, double cosPhi) {
        double fiso = maxIsometricForce();
        double beta = fiberDamping;
        double tol = Math.max(1.0e-10 * fiso, Precision.SIGNIFICANT_REAL * 100);
        double fvSeed = (fse / Math.max(cosPhi, 0.01) - fpe) / (Math.max(a, 0.01) * Math.max(fal, 0.01));
        double dlceN = Math.max(-1.0, Math.min(1.0, forceVelocityInverse.value(fvSeed)));
        double err = 1.0e10;
        double fv = 0;
        int iter = 0;
        while (Math.abs(err) > tol && iter < VELOCITY_MAX_ITERATIONS) {
            double[] fvEval = forceVelocity.valueAndFirstDerivative(dlceN);
            fv = fvEval[0];
            double fiberForce = fiso * (a * fal * fv) + (fiso * fpe + fiso * beta * dlceN);
            err = fiberForce * cosPhi - fse * fiso;
            double slope = fiso * (a * fal * fvEval[1] + beta) * cosPhi;
            if (Math.abs(err) > tol && Math.abs(slope) > Precision.SIGNIFICANT_REAL) {
                dlceN -= err / slope;
            } else if (Math.abs(slope) <= Precision.SIGNIFICANT_REAL) {
                break;
            }
            iter++;
        }
        if (!(Math.abs(err) <= tol)) {
            throw new NeuroMskException(String.format("Millard2012EquilibriumMuscle '%s': fibre velocity Newton "
                    + "method did not converge (error %.3g N, tolerance %.3g N)", name(), Math.abs(err), tol));
        }
        return new double[] {dlceN, fv};
    }

    /**
     * OpenSim's computeInitialFiberEquilibrium, which for this model is a static solve: the
     * muscle–tendon speed is not used and fibre and tendon velocities are taken as zero. For a rigid
     * tendon there is nothing to solve and the geometric fibre length is returned.
     *
     * @see #equilibrium(double, double, double, boolean)
     */
    @Override
    public FiberEquilibrium equilibrium(double activation, double muscleTendonLength, double muscleTendonVelocity) {
        return equilibrium(activation, muscleTendonLength, muscleTendonVelocity, false);
    }

    /**
     * OpenSim's computeFiberEquilibrium(state, solveForVelocity): Newton iteration on l_ce from
     * l_T = 1.01·l_Ts, tolerance max(1e-8·F_iso, 10·SignificantReal) N, at most 200 iterations, step
     * halving while the error does not decrease, l_ce kept ≥ the minimum length. With
     * solveForVelocity (and |l̇_MT| ≥ SignificantReal) the speed is shared between fibre and tendon
     * in proportion to their stiffnesses and f_V and the damping force follow from the implied
     * fibre velocity; otherwise fibre velocity is zero.
     *
     * @param activation the activation state (clamped inside)
     * @param muscleTendonLength l_MT (m)
     * @param muscleTendonVelocity l̇_MT (m/s)
     * @param solveForVelocity whether to use l̇_MT
     * @return the solution
     * @throws NeuroMskException naming the muscle when the solve does not converge
     */
    public FiberEquilibrium equilibrium(double activation, double muscleTendonLength, double muscleTendonVelocity,
            boolean solveForVelocity) {
        MuscleChecks.requireFinite("Millard2012EquilibriumMuscle", name(), activation, muscleTendonLength,
                muscleTendonVelocity);
        double a = activationDynamics().clamp(activation);
        if (configuration == Configuration.RIGID_TENDON) {
            MuscleEvaluation e = evaluate(a, muscleTendonLength, muscleTendonVelocity, Double.NaN);
            return new FiberEquilibrium(e.fiberLength(), e.fiberVelocity(), e.tendonForce(), 0.0, 0,
                    e.fiberLength() <= minimumFiberLength);
        }
        double speed = solveForVelocity ? muscleTendonVelocity : 0.0;
        boolean staticSolution = !solveForVelocity || Math.abs(speed) < Precision.SIGNIFICANT_REAL;
        return new MillardEquilibrium(a, muscleTendonLength, speed, equilibriumTolerance(), staticSolution)
                .solve(MODEL, EQUILIBRIUM_MAX_ITERATIONS);
    }

    @Override
    double tendonForceMultiplier(double normTendonLength) {
        return tendonForceLength.value(normTendonLength);
    }

    /** Millard's multipliers, partials and velocity estimate inside OpenSim's equilibrium iteration. */
    private final class MillardEquilibrium extends EquilibriumSolve {
        private final boolean staticSolution;
        private final double beta = fiberDamping;
        private double sinphi;
        private double dlceN;

        MillardEquilibrium(double activation, double muscleTendonLength, double muscleTendonVelocity, double tol,
                boolean staticSolution) {
            super(activation, muscleTendonLength, muscleTendonVelocity, tol);
            this.staticSolution = staticSolution;
            this.lce = clampFiberLength(lce);
        }

        @Override
        void start() {
            position();
            multipliers();
            fv = 1.0;
            fm = fiberForce();
            partials();
            velocity();
            forceError();
            partials();
        }

        private double fiberForce() {
            return fiso * (ma * fal * fv) + (fiso * fpe + fiso * beta * dlceN);
        }

        @Override
        void position() {
            phi = pennationModel().pennationAngle(lce);
            cosphi = Math.cos(phi);
            sinphi = Math.sin(phi);
            tl = ml - lce * cosphi;
            lceN = lce / ofl;
            tlN = tl / tsl;
        }

        @Override
        void multipliers() {
            fal = activeForceLength.value(lceN);
            fpe = fiberForceLength.value(lceN);
            fse = tendonForceLength.value(tlN);
        }

        @Override
        void forceError() {
            fm = fiberForce();
            ferr = fm * cosphi - fse * fiso;
        }

        @Override
        void partials() {
            double dlceNdlce = 1.0 / ofl;
            double dFmdlce = fiso * (ma * (activeForceLength.firstDerivative(lceN) * dlceNdlce) * fv
                    + fiberForceLength.firstDerivative(lceN) * dlceNdlce);
            double dphidlce = pennationModel().pennationAngleDerivative(lce);
            dFmATdlce = dFmdlce * cosphi + fm * (-sinphi * dphidlce);
            dFmATdlceAT = dFmATdlce * (1.0 / (cosphi - lce * sinphi * dphidlce));
            dFtdtl = tendonForceLength.firstDerivative(tlN) * fiso / tsl;
            dFtdlce = dFtdtl * pennationModel().tendonLengthDerivative(lce, sinphi, cosphi, dphidlce);
        }

        @Override
        void velocity() {
            if (staticSolution) {
                return;
            }
            double dtl;
            if (Math.abs(dFmATdlceAT + dFtdtl) > Precision.SIGNIFICANT_REAL && tlN > 1.0) {
                dtl = dFmATdlceAT / (dFmATdlceAT + dFtdtl) * dml;
            } else {
                dtl = dml;
            }
            dlce = pennationModel().fiberVelocity(cosphi, dml, dtl);
            dlceN = dlce / (vmax * ofl);
            fv = forceVelocity.value(dlceN);
        }
    }
}

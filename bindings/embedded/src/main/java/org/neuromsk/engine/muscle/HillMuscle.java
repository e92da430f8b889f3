package org.neuromsk.engine.muscle;

import org.neuromsk.engine.muscle.curve.Precision;
import org.neuromsk.error.NeuroMskException;

/**
 * What OpenSim's Thelen2003Muscle and Millard2012EquilibriumMuscle share: F_iso, l_opt, l_Ts and
 * v_max, the fixed-width pennation model, first-order activation dynamics, and the Newton iteration
 * with step halving that finds the initial fibre–tendon equilibrium. The models differ in their
 * curves, in how the fibre velocity follows from the force balance, and in the partial derivatives
 * the iteration uses; those stay in the subclasses. Immutable.
 */
public abstract sealed class HillMuscle implements Muscle permits Thelen2003Muscle, Millard2012EquilibriumMuscle {

    /**
     * The properties every muscle here has, checked.
     *
     * @param name muscle name
     * @param maxIsometricForce F_iso (N)
     * @param optimalFiberLength l_opt (m)
     * @param tendonSlackLength l_Ts (m)
     * @param maxContractionVelocity v_max (l_opt/s)
     * @param pennation fixed-width pennation geometry
     * @param activationDynamics first-order activation dynamics
     */
    protected record Core(String name, double maxIsometricForce, double optimalFiberLength, double tendonSlackLength,
            double maxContractionVelocity, PennationModel pennation, ActivationDynamics activationDynamics) {

        /**
         * Checks the basic properties as OpenSim does and builds pennation and activation models.
         *
         * @param model the OpenSim class name, for error messages
         * @param pennationAngleAtOptimal φ_opt (rad)
         * @param maximumPennationAngle φ_max (rad)
         * @param activation the activation dynamics
         * @return the core properties
         * @throws NeuroMskException naming the model and muscle for properties OpenSim rejects
         */
        static Core of(String model, String name, double maxIsometricForce, double optimalFiberLength,
                double tendonSlackLength, double maxContractionVelocity, double pennationAngleAtOptimal,
                double maximumPennationAngle, java.util.function.Supplier<ActivationDynamics> activation) {
            try {
                MuscleChecks.requireBasics(maxIsometricForce, tendonSlackLength, maxContractionVelocity);
                ActivationDynamics dynamics = activation.get();
                PennationModel pennation = new PennationModel(optimalFiberLength, pennationAngleAtOptimal,
                        maximumPennationAngle);
                return new Core(name, maxIsometricForce, optimalFiberLength, tendonSlackLength, maxContractionVelocity,
                        pennation, dynamics);
            } catch (NeuroMskException e) {
                throw named(model, name, e);
            }
        }
    }

    private final Core core;

    /** @param core the checked shared properties */
    protected HillMuscle(Core core) {
        this.core = core;
    }

    /** @return "Model 'name': message" around the cause */
    static NeuroMskException named(String model, String name, NeuroMskException cause) {
        return new NeuroMskException(model + " '" + name + "': " + cause.getMessage(), cause);
    }

    @Override
    public final String name() {
        return core.name();
    }

    @Override
    public final double maxIsometricForce() {
        return core.maxIsometricForce();
    }

    @Override
    public final double optimalFiberLength() {
        return core.optimalFiberLength();
    }

    @Override
    public final double tendonSlackLength() {
        return core.tendonSlackLength();
    }

    @Override
    public final double maxContractionVelocity() {
        return core.maxContractionVelocity();
    }

    @Override
    public final PennationModel pennationModel() {
        return core.pennation();
    }

    @Override
    public final ActivationDynamics activationDynamics() {
        return core.activationDynamics();
    }

    /** @return OpenSim's equilibrium force tolerance max(1e-8·F_iso, 10·SignificantReal) (N) */
    final double equilibriumTolerance() {
        return Math.max(1e-8 * maxIsometricForce(), Precision.SIGNIFICANT_REAL * 10);
    }

    /** @return the normalised tendon force f_SE at a normalised tendon length (l_T/l_Ts) */
    abstract double tendonForceMultiplier(double normTendonLength);

    /**
     * The working set of one equilibrium solve: OpenSim's Newton iteration on l_ce starting from
     * l_T = 1.01·l_Ts, halving the step while the force error does not decrease, keeping l_ce at or
     * above the minimum fibre length. Subclasses supply the model's multipliers, force error,
     * partial derivatives and velocity estimate; field names follow OpenSim's local variables.
     */
    abstract class EquilibriumSolve {
        final double ma;
        final double ml;
        final double dml;
        final double tol;
        final double tsl = tendonSlackLength();
        final double ofl = optimalFiberLength();
        final double fiso = maxIsometricForce();
        final double vmax = maxContractionVelocity();

        double lce;
        double phi;
        double cosphi = 1.0;
        double tl;
        double lceN;
        double tlN;
        double fse;
        double fal;
        double fpe;
        double fv;
        double dlce;
        double fm;
        double ferr = Double.MAX_VALUE;
        double dFmATdlce;
        double dFmATdlceAT;
        double dFtdtl;
        double dFtdlce;

        /**
         * @param activation clamped activation
         * @param muscleTendonLength l_MT (m)
         * @param muscleTendonVelocity l̇_MT (m/s)
         * @param tol force tolerance (N)
         */
        EquilibriumSolve(double activation, double muscleTendonLength, double muscleTendonVelocity, double tol) {
            this.ma = activation;
            this.ml = muscleTendonLength;
            this.dml = muscleTendonVelocity;
            this.tol = tol;
            this.tl = tsl * 1.01;
            this.lce = pennationModel().fiberLength(ml, tl);
        }

        /** Updates φ, cos φ, l_T and the normalised lengths from l_ce. */
        abstract void position();

        /** Updates f_SE, f_AL and f_PE. */
        abstract void multipliers();

        /** Updates the fibre force and the force error (fibre force along the tendon − tendon force). */
        abstract void forceError();

        /** Updates the partial derivatives the Newton step and the velocity split use. */
        abstract void partials();

        /** Updates the fibre velocity estimate and f_V. */
        abstract void velocity();

        /** Sets up the first iterate (multipliers, velocity, error, partials). */
        abstract void start();

        /**
         * @param model the OpenSim class name, for error messages
         * @param maxIterations Newton iteration limit
         * @return the equilibrium
         * @throws NeuroMskException naming the model and muscle when the error stays above the
         *         tolerance above the minimum length, or a model function fails
         */
        final FiberEquilibrium solve(String model, int maxIterations) {
            try {
                return run(maxIterations);
            } catch (NeuroMskException e) {
                throw new NeuroMskException(model + " '" + name() + "' cannot reach fibre-tendon equilibrium: "
                        + e.getMessage(), e);
            }
        }

        private FiberEquilibrium run(int maxIterations) {
            start();
            int iter = 0;
            double ferrPrev = ferr;
            double lcePrev = lce;
            while (Math.abs(ferr) > tol && iter < maxIterations) {
                double slope = dFmATdlce - dFtdlce;
                double h = 1.0;
                while (Math.abs(ferr) >= Math.abs(ferrPrev)) {
                    double step = -h * ferrPrev / slope;
                    if (Math.abs(step) > Precision.SIGNIFICANT_REAL) {
                        lce = lcePrev + step;
                    } else {
                        // Stagnation: approach from the other side and leave the line search.
                        lce = lcePrev - MuscleChecks.sign(step) * Precision.SQRT_EPS;
                        h = 0;
                    }
                    if (lce < minimumFiberLength()) {
                        lce = minimumFiberLength();
                    }
                    position();
                    multipliers();
                    forceError();
                    if (h <= Precision.SQRT_EPS) {
                        break;
                    }
                    h = 0.5 * h;
                }
                ferrPrev = ferr;
                lcePrev = lce;
                partials();
                velocity();
                iter++;
            }
            if (Math.abs(ferr) < tol) {
                return new FiberEquilibrium(lce, dlce, fse * fiso, ferr, iter, false);
            }
            if (lce <= minimumFiberLength()) {
                lce = minimumFiberLength();
                phi = pennationModel().pennationAngle(lce);
                cosphi = Math.cos(phi);
                tl = pennationModel().tendonLength(cosphi, lce, ml);
                tlN = tl / tsl;
                fse = tendonForceMultiplier(tlN);
                return new FiberEquilibrium(lce, 0.0, fse * fiso, ferr, iter, true);
            }
            throw new NeuroMskException(String.format("solution error %.6g N exceeds the tolerance %.3g N after %d Newton iterations (activation %.6g, fibre length %.9g m)",
                    Math.abs(ferr), tol, iter, ma, lce));
        }
    }
}

package org.neuromsk.engine.simulation;

import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.InverseDynamics;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.muscle.FiberEquilibrium;
import org.neuromsk.engine.muscle.MuscleEvaluation;
import org.neuromsk.engine.path.CurrentPath;
import org.neuromsk.engine.wrap.WrapState;
import org.neuromsk.error.NeuroMskException;

/**
 * The state derivative of a {@link ForwardModel} under its controls: q̇ = u, M(q)·u̇ = f − c(q, u)
 * with f the generalized forces of gravity, muscles, path and ideal actuators and external loads,
 * ȧ from first-order activation dynamics and l̇_ce from the muscle's fibre velocity. Locked
 * coordinates keep u̇ = 0 and q̇ = 0; the free coordinates' accelerations solve the free block of
 * M, which is exact for a lock acting along its own mobility (OpenSim's locked coordinate).
 *
 * <p>c − f comes from one inverse-dynamics pass at u̇ = 0 with every load applied; M from n passes
 * with unit accelerations; the free block is solved by Cholesky (Commons Math). A muscle's path is
 * evaluated at each call (wrap memories carried from call to call, as OpenSim's PathWraps carry
 * theirs); its lengthening speed and the loads of its tendon force follow {@link PathMechanics}.
 *
 * <p>Mutable workspaces; not thread-safe.
 */
final class ForwardDynamics implements FirstOrderDifferentialEquations {

    private static final double SYMMETRY_THRESHOLD = 1e-9;

    private final ForwardModel model;
    private final ActuatorControls controls;
    private final List<ExternalForce> loads;
    private final MultibodyModel multibody;
    private final Vec3 gravity;
    private final int n;
    private final int[] free;
    private final Kinematics pose;
    private final InverseDynamics dynamics;
    private final AppliedForces applied;
    private final WrapState[][] wraps;
    private final double[] q;
    private final double[] u;
    private final double[] zero;
    private final double[] tau;
    private final double[] excitation;
    private long evaluations;

    ForwardDynamics(ForwardModel model, ActuatorControls controls, List<ExternalForce> loads) {
        this.model = model;
        this.controls = controls;
        this.loads = List.copyOf(loads);
        this.multibody = model.model().multibody();
        this.gravity = model.model().gravity();
        this.n = model.coordinateCount();
        int nFree = 0;
        for (int i = 0; i < n; i++) {
            nFree += model.isLocked(i) ? 0 : 1;
        }
        free = new int[nFree];
        for (int i = 0, k = 0; i < n; i++) {
            if (!model.isLocked(i)) {
                free[k++] = i;
            }
        }
        pose = new Kinematics(multibody);
        dynamics = new InverseDynamics(multibody);
        applied = new AppliedForces(multibody);
        List<PathUnit> units = model.pathUnits();
        wraps = new WrapState[units.size()][];
        for (int k = 0; k < wraps.length; k++) {
            wraps[k] = units.get(k).path().newWrapStates();
        }
        q = new double[n];
        u = new double[n];
        zero = new double[n];
        tau = new double[n];
        excitation = new double[model.actuatorNames().size()];
    }

    @Override
    public int getDimension() {
        return model.stateCount();
    }

    /** @return the number of derivative evaluations so far */
    long evaluations() {
        return evaluations;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        evaluations++;
        try {
            derivatives(t, y, yDot);
        } catch (NeuroMskException e) {
            throw new EvaluationFailure("at t = " + Times.text(t) + " s: " + e.getMessage(), e);
        }
        for (int i = 0; i < yDot.length; i++) {
            if (!Double.isFinite(yDot[i])) {
                throw new EvaluationFailure("at t = " + Times.text(t) + " s: the derivative of state '"
                        + model.legacyStateNames().get(i) + "' is " + yDot[i], null);
            }
        }
    }

    /**
     * The dynamics could not be evaluated at a state, typically a trial state of a step that is too
     * long (a fibre stretched far beyond its physiological range); the integrator retries shorter.
     */
    static final class EvaluationFailure extends NeuroMskException {

        private static final long serialVersionUID = 1L;

        EvaluationFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void derivatives(double t, double[] y, double[] yDot) {
        System.arraycopy(y, 0, q, 0, n);
        System.arraycopy(y, n, u, 0, n);
        for (int i = 0; i < n; i++) {
            if (model.isLocked(i)) {
                u[i] = 0;
            }
        }
        controls.evaluate(t, excitation);
        pose.realize(q, u, zero);
        applied.clear();
        List<PathUnit> units = model.pathUnits();
        for (int k = 0; k < units.size(); k++) {
            PathUnit unitK = units.get(k);
            CurrentPath path = unitK.path().compute(pose, q, wraps[k]);
            double control = excitation[unitK.actuator()];
            double tension;
            if (!unitK.isMuscle()) {
                tension = control * unitK.optimalForce();
            } else if (unitK.enabled()) {
                double vmt = PathMechanics.lengtheningSpeed(path, pose, q, u);
                double a = unitK.activationState() >= 0 ? y[unitK.activationState()] : control;
                double lce = unitK.fiberLengthState() >= 0 ? y[unitK.fiberLengthState()] : Double.NaN;
                MuscleEvaluation e = unitK.muscle().evaluate(a, path.length(), vmt, lce);
                tension = e.tendonForce();
                if (unitK.fiberLengthState() >= 0) {
                    yDot[unitK.fiberLengthState()] = e.fiberVelocity();
                }
                if (unitK.activationState() >= 0) {
                    yDot[unitK.activationState()] = unitK.muscle().activationDerivative(a, control);
                }
            } else {
                tension = 0;
                if (unitK.fiberLengthState() >= 0) {
                    yDot[unitK.fiberLengthState()] = 0;
                }
                if (unitK.activationState() >= 0) {
                    yDot[unitK.activationState()] = 0;
                }
            }
            if (tension != 0) {
                PathMechanics.applyTension(path, tension, multibody, pose, q, applied);
            }
        }
        List<IdealActuator> ideal = model.idealActuators();
        for (int k = 0; k < ideal.size(); k++) {
            ideal.get(k).apply(excitation[model.idealActuatorSlot(k)], pose, applied);
        }
        for (ExternalForce load : loads) {
            load.apply(t, pose, applied);
        }
        dynamics.solve(q, u, zero, gravity, applied, tau);
        double[] udot = accelerations(q, tau);
        for (int i = 0; i < n; i++) {
            yDot[i] = u[i];
            yDot[n + i] = udot[i];
        }
    }

    /** Solves M_ff·u̇_f = −τ_f (τ = c − f at u̇ = 0); locked coordinates get u̇ = 0. */
    private double[] accelerations(double[] positions, double[] bias) {
        double[] udot = new double[n];
        if (free.length == 0) {
            return udot;
        }
        double[][] m = dynamics.massMatrix(positions);
        double[][] mff = new double[free.length][free.length];
        double[] rhs = new double[free.length];
        for (int r = 0; r < free.length; r++) {
            rhs[r] = -bias[free[r]];
            for (int c = 0; c < free.length; c++) {
                mff[r][c] = m[free[r]][free[c]];
            }
        }
        RealVector x;
        try {
            x = new CholeskyDecomposition(new Array2DRowRealMatrix(mff, false), SYMMETRY_THRESHOLD, 0.0).getSolver()
                    .solve(new ArrayRealVector(rhs, false));
        } catch (MathIllegalArgumentException e) {
            throw new NeuroMskException("the mass matrix of the free coordinates is not symmetric positive definite ("
                    + e.getMessage() + "); check the bodies' masses and inertias");
        }
        for (int r = 0; r < free.length; r++) {
            udot[free[r]] = x.getEntry(r);
        }
        return udot;
    }

    /**
     * Puts each compliant-tendon muscle's fibre length in equilibrium with its tendon at the state's
     * pose, as OpenSim's Model.equilibrateMuscles does before a forward simulation.
     *
     * @param t the time (s), for the controls of muscles without activation dynamics and for messages
     * @param y the state; fibre lengths are replaced
     * @param warnings receives a note for each muscle left at its minimum fibre length
     * @throws NeuroMskException naming the muscle and the time when a solve does not converge
     */
    void equilibrateMuscles(double t, double[] y, java.util.function.Consumer<String> warnings) {
        System.arraycopy(y, 0, q, 0, n);
        System.arraycopy(y, n, u, 0, n);
        controls.evaluate(t, excitation);
        pose.realize(q, u, zero);
        List<PathUnit> units = model.pathUnits();
        String first = null;
        for (int k = 0; k < units.size(); k++) {
            PathUnit unitK = units.get(k);
            CurrentPath path = unitK.path().compute(pose, q, wraps[k]);
            if (!unitK.isMuscle() || !unitK.enabled() || unitK.fiberLengthState() < 0) {
                continue;
            }
            double lmt = path.length();
            double vmt = PathMechanics.lengtheningSpeed(path, pose, q, u);
            double a = unitK.activationState() >= 0 ? y[unitK.activationState()] : excitation[unitK.actuator()];
            try {
                FiberEquilibrium eq = unitK.muscle().equilibrium(a, lmt, vmt);
                y[unitK.fiberLengthState()] = eq.fiberLength();
                if (eq.atLowerBound()) {
                    warnings.accept(String.format(Locale.ROOT, "muscle '%s' at t = %s s: no fibre-tendon "
                            + "equilibrium above the minimum fibre length; fibre left at %.6g m", unitK.name(),
                            Times.text(t), eq.fiberLength()));
                }
            } catch (NeuroMskException e) {
                if (first == null) {
                    first = String.format(Locale.ROOT, "cannot equilibrate muscle '%s' at t = %s s "
                            + "(muscle-tendon length %.6g m, activation %.4g): %s", unitK.name(), Times.text(t), lmt, a,
                            e.getMessage());
                }
            }
        }
        if (first != null) {
            throw new NeuroMskException(first);
        }
    }
}

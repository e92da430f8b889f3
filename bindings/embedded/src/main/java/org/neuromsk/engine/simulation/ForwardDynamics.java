package org.neuromsk.engine.simulation;

import java.util.Arrays;
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
import org.neuromsk.engine.multibody.CompositeRigidBody;
import org.neuromsk.engine.multibody.InverseDynamics;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.muscle.FiberEquilibrium;
import org.neuromsk.engine.muscle.MuscleEvaluation;
import org.neuromsk.engine.path.CoordinateCoupler;
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
 * <p>Coordinate couplers (q_d = s·f(q_i)) are embedded: the independent speeds v (free coordinates
 * that are not dependent) are the only velocity unknowns, u = J(q)·v with J the identity on them
 * plus s·f'(q_i) in row d, column i, and u̇ = J·v̇ + J̇·v with (J̇·v)_d = s·f''(q_i)·u_i². Projecting
 * M·u̇ = f − c onto the admissible motions gives Jᵀ·M·J·v̇ = Jᵀ·(f − c − M·J̇·v). This is the
 * constrained motion of an ideal (workless) holonomic constraint, the same equations Simbody solves
 * with Lagrange multipliers for OpenSim, but chosen here because the dependent coordinates then lie
 * on the coupler function to round-off at every evaluated and recorded state: no drift, no
 * stabilisation or projection parameters, no multipliers, and a smaller positive-definite system.
 * The dependent coordinates' states are computed, not integrated (their derivatives are 0; see
 * {@link ForwardModel#assemble(double[])}).
 *
 * <p>f − c − M·J̇·v comes from one inverse-dynamics pass at u̇ = J̇·v (0 without couplers) with every
 * load applied, reusing the positions and velocities realized for the paths; M from the composite-rigid-body algorithm at the pose already realized for the paths
 * (or, as the reference selected by {@link MassMatrixMethod}, from n inverse-dynamics passes with unit
 * accelerations); Jᵀ·M·J is solved by Cholesky (Commons Math). A muscle's path is
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
    /** Independent speeds: coordinates neither locked nor dependent. */
    private final int[] free;
    /** For each coordinate, its column in J (its own or its independent coordinate's), or -1. */
    private final int[] column;
    private final double[] slope;
    private final double[] biasAcceleration;
    private final Kinematics pose;
    private final InverseDynamics dynamics;
    /** The mass-matrix algorithm, or null for the reference (n inverse-dynamics passes). */
    private final CompositeRigidBody compositeBodies;
    private final double[][] massMatrix;
    private final double[][] massTimesJ;
    private final double[][] freeMass;
    private final double[] freeRhs;
    private final double[] udot;
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
            nFree += model.isLocked(i) || model.isDependent(i) ? 0 : 1;
        }
        free = new int[nFree];
        column = new int[n];
        Arrays.fill(column, -1);
        for (int i = 0, k = 0; i < n; i++) {
            if (!model.isLocked(i) && !model.isDependent(i)) {
                column[i] = k;
                free[k++] = i;
            }
        }
        for (CoordinateCoupler c : model.couplers()) {
            column[c.dependent()] = column[c.independent()];
        }
        slope = new double[n];
        biasAcceleration = new double[n];
        pose = new Kinematics(multibody);
        dynamics = new InverseDynamics(multibody);
        compositeBodies = MassMatrixMethod.current() == MassMatrixMethod.COMPOSITE_RIGID_BODY
                ? new CompositeRigidBody(multibody) : null;
        massMatrix = new double[n][n];
        massTimesJ = new double[n][nFree];
        freeMass = new double[nFree][nFree];
        freeRhs = new double[nFree];
        udot = new double[n];
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
        assembled(y);
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
        Arrays.fill(biasAcceleration, 0);
        for (CoordinateCoupler c : model.couplers()) {
            double ui = u[c.independent()];
            biasAcceleration[c.dependent()] = c.scale() * c.function().secondDerivative(q[c.independent()]) * ui * ui;
        }
        dynamics.solve(pose, biasAcceleration, gravity, applied, tau); // pose is realized at q, u
        double[] udot = accelerations(q, tau);
        for (int i = 0; i < n; i++) {
            boolean computed = model.isDependent(i);
            yDot[i] = computed ? 0 : u[i];
            yDot[n + i] = computed ? 0 : udot[i];
        }
    }

    /**
     * Copies the state's coordinates and speeds into q and u, with locked speeds 0 and dependent
     * coordinates on their couplers, and records each coordinate's entry of J (1, or s·f'(q_i)).
     */
    private void assembled(double[] y) {
        System.arraycopy(y, 0, q, 0, n);
        System.arraycopy(y, n, u, 0, n);
        for (int i = 0; i < n; i++) {
            if (model.isLocked(i)) {
                u[i] = 0;
            }
            slope[i] = 1;
        }
        for (CoordinateCoupler c : model.couplers()) {
            q[c.dependent()] = c.scale() * c.function().value(q[c.independent()]);
            slope[c.dependent()] = c.slope(q);
            u[c.dependent()] = slope[c.dependent()] * u[c.independent()];
        }
    }

    /**
     * Solves Jᵀ·M·J·v̇ = −Jᵀ·τ (τ = M·J̇·v + c − f) for the independent speeds and returns
     * u̇ = J·v̇ + J̇·v; locked coordinates get u̇ = 0.
     */
    private double[] accelerations(double[] positions, double[] bias) {
        Arrays.fill(udot, 0);
        if (free.length == 0) {
            return udot;
        }
        double[][] m;
        if (compositeBodies != null) {
            m = massMatrix;
            compositeBodies.compute(pose, m); // pose is realized at these positions
        } else {
            m = dynamics.massMatrix(positions);
        }
        int nf = free.length;
        double[][] mj = massTimesJ;
        for (int a = 0; a < n; a++) {
            Arrays.fill(mj[a], 0);
            for (int b = 0; b < n; b++) {
                if (column[b] >= 0) {
                    mj[a][column[b]] += m[a][b] * slope[b];
                }
            }
        }
        double[][] mff = freeMass;
        double[] rhs = freeRhs;
        Arrays.fill(rhs, 0);
        for (double[] row : mff) {
            Arrays.fill(row, 0);
        }
        for (int a = 0; a < n; a++) {
            int r = column[a];
            if (r < 0) {
                continue;
            }
            rhs[r] -= slope[a] * bias[a];
            for (int c = 0; c < nf; c++) {
                mff[r][c] += slope[a] * mj[a][c];
            }
        }
        // Jᵀ·M·J is symmetric in exact arithmetic, its sums are not: symmetrise (with couplers only, so
        // that models without them keep the free block of M exactly as it is).
        for (int r = 0; r < nf && !model.couplers().isEmpty(); r++) {
            for (int c = 0; c < r; c++) {
                double mean = 0.5 * (mff[r][c] + mff[c][r]);
                mff[r][c] = mean;
                mff[c][r] = mean;
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
        for (int i = 0; i < n; i++) {
            if (column[i] >= 0) {
                udot[i] = slope[i] * x.getEntry(column[i]) + biasAcceleration[i];
            }
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
     * @param failures receives the message of each muscle whose solve does not converge (its fibre length
     *     is left as it was in y); null to throw instead, after every other muscle was equilibrated
     * @throws NeuroMskException naming the first muscle and the time when a solve does not converge and
     *     {@code failures} is null
     */
    void equilibrateMuscles(double t, double[] y, java.util.function.Consumer<String> warnings,
            java.util.function.Consumer<String> failures) {
        assembled(y);
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
                String message = String.format(Locale.ROOT, "cannot equilibrate muscle '%s' at t = %s s "
                        + "(muscle-tendon length %.6g m, activation %.4g): %s", unitK.name(), Times.text(t), lmt, a,
                        e.getMessage());
                if (failures != null) {
                    failures.accept(message);
                } else if (first == null) {
                    first = message;
                }
            }
        }
        if (first != null) {
            throw new NeuroMskException(first);
        }
    }
}

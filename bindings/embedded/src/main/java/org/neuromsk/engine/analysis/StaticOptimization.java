package org.neuromsk.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.InverseDynamics;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.signal.TimeSelection;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * OpenSim 4.5.2's StaticOptimization analysis as AnalyzeTool runs it, on the embedded engine. At
 * every visited frame of {@link AnalyzeStates}:
 * <ol>
 * <li>the generalized forces the motion needs, τ = M(q)·u̇ + c(q, u) − g(q) − f_ext (inverse
 *     dynamics with gravity and external loads; the actuators' own forces excluded);</li>
 * <li>each actuator's generalized force per unit control, F_opt·B_j(q), where F_opt is
 *     {@link ActiveForceFactor} for a muscle with {@code use_muscle_physiology} (else F_iso) and
 *     {@code optimal_force} for other actuators;</li>
 * <li>the controls x minimising Σ|x_j|^p subject to Σ_j x_j·F_opt·B_j = τ on every coordinate that
 *     is not locked nor a coupler's dependent coordinate (a coupler's dependent row is folded into its
 *     independent one with the coupler slope, as the constraint force does) and min_control ≤ x_j ≤
 *     max_control ({@link EffortMinimizer}).</li>
 * </ol>
 * OpenSim states the same equalities on accelerations (forward dynamics of the overridden actuators
 * must reproduce the target u̇); with an invertible mass matrix the feasible sets coincide, so the
 * minimiser is the same. Results: the controls ("activations") and the actuations x·F_opt ("forces"),
 * plus, for every external force, OpenSim's ForceReporter columns (force and torque in Ground, point
 * in the applied body). Rotations (rad), forces (N), torques (N·m), times (s).
 */
public final class StaticOptimization {

    /** Name OpenSim gives the activation table. */
    public static final String ACTIVATION_TABLE = "Static Optimization";
    /** Name OpenSim's ForceReporter gives the force table. */
    public static final String FORCE_TABLE = "ModelForces";

    /**
     * Options of a run.
     *
     * @param activationExponent p of Σ|x|^p ({@code activation_exponent}), &gt; 1
     * @param useMusclePhysiology whether muscle strength follows force–length–velocity
     *     ({@code use_muscle_physiology})
     * @param stepInterval record the first and last visited rows and every row whose index is a
     *     multiple of this ({@code step_interval}), ≥ 1
     * @param initialTime the tool's initial_time (s)
     * @param finalTime the tool's final_time (s)
     */
    public record Settings(double activationExponent, boolean useMusclePhysiology, int stepInterval,
            double initialTime, double finalTime) {
        /** Checks the exponent and the step interval. */
        public Settings {
            if (!(activationExponent > 1) || Double.isInfinite(activationExponent)) {
                throw new NeuroMskException("activation exponent must be a finite number > 1, got "
                        + activationExponent);
            }
            if (stepInterval < 1) {
                throw new NeuroMskException("step_interval must be >= 1, got " + stepInterval);
            }
        }
    }

    /**
     * The tables.
     *
     * @param activations controls per actuator ({@value #ACTIVATION_TABLE})
     * @param forces actuations per actuator (N or N·m) and external-force columns ({@value #FORCE_TABLE})
     * @param unsolvedFrames frames at which no controls within the bounds reproduce the motion (the
     *     closest iterate found is reported there, as OpenSim reports its optimizer's last iterate)
     */
    public record Result(Storage activations, Storage forces, int unsolvedFrames) {
    }

    private static final int WARNINGS_PER_RUN = 10;
    /** Distance to a bound within which a failure message names the actuator (OpenSim's 0.1). */
    private static final double BOUND_NEIGHBOURHOOD = 0.1;

    private final Model model;
    private final MultibodyModel multibody;
    private final List<ActuatorModel> actuators;
    private final List<ExternalForce> loads;

    /**
     * @param model the model
     * @param actuators its enabled actuators ({@link ActuatorLoader}), in ForceSet order
     * @param loads external loads applied to the model
     */
    public StaticOptimization(Model model, List<ActuatorModel> actuators, List<ExternalForce> loads) {
        this.model = Objects.requireNonNull(model, "model");
        this.multibody = model.multibody();
        this.actuators = List.copyOf(actuators);
        this.loads = List.copyOf(loads);
    }

    /** @return the actuators, in column order */
    public List<ActuatorModel> actuators() {
        return actuators;
    }

    /**
     * The problem of one frame: minimise Σ|x_j|^p subject to {@code matrix·x = required} and
     * {@code lower ≤ x ≤ upper}.
     *
     * @param time the frame's time (s)
     * @param coordinates the balanced coordinates, one per row of the matrix (tree order)
     * @param matrix generalized force per unit control, {@code [coordinate][actuator]} (N·m or N)
     * @param required generalized forces the motion requires (N·m or N)
     * @param lower lower control bounds
     * @param upper upper control bounds
     * @param optimalForce per actuator, the actuation per unit control F_opt (N or N·m)
     */
    public record FrameProblem(double time, List<String> coordinates, double[][] matrix, double[] required,
            double[] lower, double[] upper, double[] optimalForce) {
    }

    /**
     * @param states the AnalyzeTool states
     * @param settings options
     * @param warnings receives notes on frames without a solution
     * @return activations and forces at the visited rows
     * @throws NeuroMskException for an over-constrained problem (fewer actuators than coordinates to
     *     balance) or when a muscle's strength cannot be evaluated
     */
    public Result run(AnalyzeStates states, Settings settings, Consumer<String> warnings) {
        List<FrameProblem> problems = problems(states, settings);
        int na = actuators.size();
        int frames = problems.size();
        EffortMinimizer minimizer = new EffortMinimizer(settings.activationExponent());
        ExternalForceColumns external = new ExternalForceColumns(loads);
        Kinematics pose = new Kinematics(multibody);
        double[] time = new double[frames];
        double[][] activation = new double[na][frames];
        double[][] force = new double[na + external.columnCount()][frames];
        int unsolved = 0;
        List<Integer> rows = visitedRows(states, settings);
        for (int k = 0; k < frames; k++) {
            FrameProblem p = problems.get(k);
            time[k] = p.time();
            EffortMinimizer.Solution s = minimizer.minimize(p.matrix(), p.required(), p.lower(), p.upper());
            if (!s.converged()) {
                unsolved++;
                if (unsolved <= WARNINGS_PER_RUN) {
                    warnings.accept(failure(p, s));
                }
            }
            double[] x = s.x();
            for (int j = 0; j < na; j++) {
                activation[j][k] = x[j];
                force[j][k] = x[j] * p.optimalForce()[j];
            }
            if (external.columnCount() > 0) {
                pose.realizePosition(states.positions(rows.get(k)));
                external.record(p.time(), pose, force, na, k);
            }
        }
        if (unsolved > WARNINGS_PER_RUN) {
            warnings.accept("static optimization found no exact solution at " + unsolved + " frame(s) in all (first "
                    + WARNINGS_PER_RUN + " reported)");
        }
        List<String> names = actuators.stream().map(ActuatorModel::name).toList();
        List<String> forceLabels = new ArrayList<>(names);
        forceLabels.addAll(external.labels());
        Storage activations = new Storage(ACTIVATION_TABLE, java.util.Map.of(),
                List.of("This file contains static optimization results."), false, Storage.DEFAULT_TIME_LABEL, names,
                time, activation);
        Storage forces = new Storage(FORCE_TABLE, java.util.Map.of(), List.of(
                "This file contains the forces exerted on a model during a simulation.",
                "A force is a generalized force, meaning that it can be either a force (N) or a torque (Nm).",
                "Units are S.I. units (second, meters, Newtons, ...)",
                "If the header above contains a line with 'inDegrees', this indicates whether rotational values "
                        + "are in degrees (yes) or radians (no)."),
                false, Storage.DEFAULT_TIME_LABEL, forceLabels, time, force);
        return new Result(activations, forces, unsolved);
    }

    /**
     * The per-frame problems {@link #run} solves, in time order (path wrapping keeps a little state from
     * frame to frame, as in OpenSim, so frames are built in order).
     *
     * @param states the AnalyzeTool states
     * @param settings options (exponent unused)
     * @return one problem per visited row
     * @throws NeuroMskException as {@link #run}
     */
    public List<FrameProblem> problems(AnalyzeStates states, Settings settings) {
        int n = multibody.numCoordinates();
        List<Integer> balanced = new ArrayList<>();
        List<String> balancedNames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!states.isConstrained(i)) {
                balanced.add(i);
                balancedNames.add(multibody.coordinates().get(i).name());
            }
        }
        int na = actuators.size();
        int m = balanced.size();
        if (na < m) {
            throw new NeuroMskException("static optimization of model '" + model.name() + "' is over-constrained: "
                    + na + " actuator(s) for " + m + " unconstrained coordinate(s); add actuators (e.g. reserve "
                    + "CoordinateActuators in force_set_files)");
        }
        ActuatorColumns columns = new ActuatorColumns(model, actuators);
        Kinematics pose = new Kinematics(multibody);
        InverseDynamics dynamics = new InverseDynamics(multibody);
        AppliedForces applied = new AppliedForces(multibody);
        double[] lower = new double[na];
        double[] upper = new double[na];
        for (int j = 0; j < na; j++) {
            lower[j] = actuators.get(j).minControl();
            upper[j] = actuators.get(j).maxControl();
        }
        double[][] unit = new double[na][n];
        double[] tau = new double[n];
        List<FrameProblem> out = new ArrayList<>();
        for (int r : visitedRows(states, settings)) {
            double t = states.time(r);
            double[] q = states.positions(r);
            double[] u = states.speeds(r);
            double[] udot = states.accelerations(r);
            pose.realizePosition(q);
            applied.clear();
            for (ExternalForce load : loads) {
                load.apply(t, pose, applied);
            }
            double[] optimal = new double[na];
            try {
                columns.evaluate(pose, q, u, settings.useMusclePhysiology(), unit, optimal);
            } catch (NeuroMskException e) {
                throw new NeuroMskException(String.format(Locale.ROOT, "static optimization at t = %.6g s: %s", t,
                        e.getMessage()), e);
            }
            dynamics.solve(q, u, udot, model.gravity(), applied, tau);
            double[][] a = new double[m][na];
            double[] b = new double[m];
            reduce(q, balanced, unit, optimal, tau, a, b);
            out.add(new FrameProblem(t, List.copyOf(balancedNames), a, b, lower.clone(), upper.clone(), optimal));
        }
        return out;
    }

    /** AnalyzeTool's visits: first and last row of the range, and rows whose index is a multiple of the interval. */
    private static List<Integer> visitedRows(AnalyzeStates states, Settings settings) {
        TimeSelection.RowRange range = states.rows(settings.initialTime(), settings.finalTime());
        List<Integer> rows = new ArrayList<>();
        for (int r = range.first(); r <= range.last(); r++) {
            if (r == range.first() || r == range.last() || r % settings.stepInterval() == 0) {
                rows.add(r);
            }
        }
        return rows;
    }

    /**
     * The equalities on the balanced coordinates: row of coordinate i is its own generalized force plus,
     * for every coupler whose independent coordinate is i, slope × the dependent coordinate's.
     */
    private void reduce(double[] q, List<Integer> balanced, double[][] unit, double[] optimal, double[] tau,
            double[][] a, double[] b) {
        List<CoordinateCoupler> couplers = model.couplers();
        for (int k = 0; k < balanced.size(); k++) {
            int i = balanced.get(k);
            double rhs = tau[i];
            for (int j = 0; j < unit.length; j++) {
                a[k][j] = unit[j][i];
            }
            for (CoordinateCoupler c : couplers) {
                if (c.independent() == i) {
                    double slope = c.slope(q);
                    rhs += slope * tau[c.dependent()];
                    for (int j = 0; j < unit.length; j++) {
                        a[k][j] += slope * unit[j][c.dependent()];
                    }
                }
            }
            for (int j = 0; j < unit.length; j++) {
                a[k][j] *= optimal[j];
            }
            b[k] = rhs;
        }
    }

    private String failure(FrameProblem p, EffortMinimizer.Solution s) {
        double[] x = s.x();
        double[][] a = p.matrix();
        double[] b = p.required();
        double[] lower = p.lower();
        double[] upper = p.upper();
        int worst = 0;
        double worstViolation = -1;
        for (int k = 0; k < b.length; k++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += a[k][j] * x[j];
            }
            double v = Math.abs(b[k] - sum);
            if (v > worstViolation) {
                worstViolation = v;
                worst = k;
            }
        }
        List<String> atBounds = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            boolean muscle = actuators.get(j) instanceof ActuatorModel.PathActuation pa && pa.isMuscle();
            boolean high = x[j] >= upper[j] - BOUND_NEIGHBOURHOOD;
            if (high || (!muscle && x[j] <= lower[j] + BOUND_NEIGHBOURHOOD)) {
                atBounds.add(actuators.get(j).name() + (high ? " (upper " + upper[j] : " (lower " + lower[j]) + ")");
            }
        }
        return String.format(Locale.ROOT, "static optimization at t = %.6g s: no controls within the bounds give the "
                + "required generalized forces; largest violation %.4g at coordinate %s; the model may be too weak, "
                + "actuators near a bound: %s", p.time(), worstViolation,
                b.length == 0 ? "-" : p.coordinates().get(worst), atBounds.isEmpty() ? "none" : String.join(", ", atBounds));
    }
}

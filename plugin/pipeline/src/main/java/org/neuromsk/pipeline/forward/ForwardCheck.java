package org.neuromsk.pipeline.forward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.multibody.CompositeRigidBody;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.simulation.ActuatorControls;
import org.neuromsk.engine.simulation.ControlSignals;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.engine.simulation.ForwardSimulation;
import org.neuromsk.engine.simulation.InitialState;
import org.neuromsk.engine.simulation.LinearControl;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * Runs the embedded forward simulation of a model under controls read from files, in segments so
 * that the run can be watched: after each segment the simulated coordinates are compared with the
 * input motion, and the run stops as a failure when a coordinate leaves it by more than
 * {@value #DIVERGED_DEG}° (rotational) or {@value #DIVERGED_M} m (translational) — the model has
 * fallen or gone somewhere else. With the tracking correction on, each segment is one correction
 * interval and the reserves also receive a correction toward the input motion ({@link TrackingGains}:
 * by default τ = M(q)·(kp·(q_in − q) + kv·(q̇_in − q̇))) computed from the state at the segment's start
 * and held over it (a sampled-data controller), as a second control source summed with the estimated
 * controls (as two ControlSetControllers would be in OpenSim).
 *
 * <p>The initial state: coordinates and speeds of the input motion at the start (its splines),
 * activations equal to the excitations at the start, fibres in equilibrium with their tendons (if that
 * equilibrium cannot be reached at the motion's speeds, it is computed with the coordinates at rest and
 * the outcome notes it).
 */
public final class ForwardCheck {

    /** Rotational divergence that ends the run (deg). */
    public static final double DIVERGED_DEG = 60;
    /** Translational divergence that ends the run (m). */
    public static final double DIVERGED_M = 0.25;
    /** Segment length without tracking correction (s). */
    static final double SEGMENT = 0.1;

    /**
     * Settings.
     *
     * @param trackingCorrection whether the tracking correction drives the reserves
     * @param gains the correction's gains
     * @param correctionInterval correction update interval (s)
     * @param integrator integrator settings
     */
    public record Settings(boolean trackingCorrection, TrackingGains gains, double correctionInterval,
            ForwardSimulation.Settings integrator) {
    }

    private final ForwardModel model;
    private final AnalyzeStates reference;
    private final List<ExternalForce> loads;
    private final List<String> reserves;
    private final double reserveOptimalForce;
    private final CompositeRigidBody massMatrix;

    /**
     * @param model the model to simulate (with its reserves, if any)
     * @param reference the input motion's states on the same engine model (positions and speeds, rad)
     * @param loads external loads
     * @param reserves reserve actuator names {@code <coordinate>_reserve}, possibly none
     * @param reserveOptimalForce their optimal force (N·m or N per unit control)
     */
    public ForwardCheck(ForwardModel model, AnalyzeStates reference, List<ExternalForce> loads, List<String> reserves,
            double reserveOptimalForce) {
        this.model = model;
        this.reference = reference;
        this.loads = List.copyOf(loads);
        this.reserves = List.copyOf(reserves);
        this.reserveOptimalForce = reserveOptimalForce;
        this.massMatrix = new CompositeRigidBody(model.model().multibody());
    }

    /**
     * @param controls the estimated controls (as read back from the written files)
     * @param start initial time (s)
     * @param end final time (s)
     * @param settings settings
     * @param progress told the simulated time (s)
     * @return the outcome; failures are results, not exceptions
     */
    public ForwardOutcome run(ControlSignals controls, double start, double end, Settings settings,
            DoubleConsumer progress) {
        int n = model.coordinateCount();
        int[] order = model.openSimOrder();
        double[] y;
        List<String> notes = new ArrayList<>();
        try {
            y = initialState(controls, start, notes);
        } catch (NeuroMskException e) {
            return new ForwardOutcome(Optional.empty(), Optional.empty(), Optional.empty(), false, start,
                    Optional.of("initial state: " + e.getMessage()), 0, notes);
        }
        double h = settings.trackingCorrection() ? settings.correctionInterval() : SEGMENT;
        List<Double> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<double[]> controlRows = new ArrayList<>();
        List<Double> correctionTimes = new ArrayList<>();
        List<double[]> correctionRows = new ArrayList<>();
        long evaluations = 0;
        double t = start;
        int[] reserveCoordinate = reserveCoordinates();
        String cause = null;
        int segment = 0;
        while (t < end - 1e-12) {
            double next = Math.min(end, start + (segment + 1) * h);
            if (end - next < 1e-9) {
                next = end;
            }
            List<ControlSignals> sources = new ArrayList<>();
            sources.add(controls);
            if (settings.trackingCorrection()) {
                double[] tau = correction(t, y, settings);
                correctionTimes.add(t);
                correctionRows.add(tau);
                List<LinearControl> pd = new ArrayList<>();
                for (int r = 0; r < reserves.size(); r++) {
                    double c = tau[reserveCoordinate[r]] / reserveOptimalForce;
                    pd.add(new LinearControl(reserves.get(r), new double[] {t, next}, new double[] {c, c}, false, true));
                }
                sources.add(new ControlSignals("tracking correction", pd));
            }
            try {
                ActuatorControls bound = ActuatorControls.bind(model.actuatorNames(), model.model().name(), sources);
                ForwardSimulation.Result r = new ForwardSimulation(model, bound, loads)
                        .run(new InitialState(t, y), next, settings.integrator(), progress);
                evaluations += r.evaluations();
                Storage s = r.states();
                Storage c = r.controls();
                for (int k = times.isEmpty() ? 0 : 1; k < s.rowCount(); k++) {
                    times.add(s.time(k));
                    double[] row = new double[s.columnCount()];
                    for (int j = 0; j < row.length; j++) {
                        row[j] = s.value(k, j);
                    }
                    rows.add(row);
                    double[] crow = new double[c.columnCount()];
                    for (int j = 0; j < crow.length; j++) {
                        crow[j] = c.value(k, j);
                    }
                    controlRows.add(crow);
                }
                int last = s.rowCount() - 1;
                for (int j = 0; j < order.length; j++) {
                    y[order[j]] = s.value(last, j);
                }
            } catch (NeuroMskException e) {
                cause = e.getMessage();
                break;
            }
            t = next;
            segment++;
            String diverged = divergence(t, y);
            if (diverged != null) {
                cause = diverged;
                break;
            }
        }
        boolean completed = cause == null;
        double reached = times.isEmpty() ? start : times.get(times.size() - 1);
        double[] time = times.stream().mapToDouble(Double::doubleValue).toArray();
        Optional<Storage> states = time.length < 2 ? Optional.empty()
                : Optional.of(table(model.model().name() + "_states", model.stateNames(), time, rows));
        Optional<Storage> applied = time.length < 2 ? Optional.empty()
                : Optional.of(table("controls", model.actuatorNames(), time, controlRows));
        Optional<Storage> corrections = correctionTimes.size() < 2 ? Optional.empty()
                : Optional.of(table("tracking_correction", coordinateNames(), correctionTimes.stream()
                        .mapToDouble(Double::doubleValue).toArray(), correctionRows));
        return new ForwardOutcome(states, applied, corrections, completed, reached, Optional.ofNullable(cause),
                evaluations, notes);
    }

    /**
     * The initial state (see the class comment); when the fibre-tendon equilibrium fails at the motion's
     * speeds, the fibres are equilibrated at rest instead and a note says so.
     */
    private double[] initialState(ControlSignals controls, double start, List<String> notes) {
        double[] y = model.defaultState();
        int n = model.coordinateCount();
        int row = reference.rowCount() - 1;
        for (int r = 0; r < reference.rowCount(); r++) {
            if (reference.time(r) >= start - 1e-12) {
                row = r;
                break;
            }
        }
        double[] q = reference.positions(row);
        double[] u = reference.speeds(row);
        for (int i = 0; i < n; i++) {
            y[i] = q[i];
            y[n + i] = model.isLocked(i) ? 0 : u[i];
        }
        List<String> names = model.stateNames();
        int[] order = model.openSimOrder();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            if (name.startsWith("/forceset/") && name.endsWith("/activation")) {
                String muscle = name.substring("/forceset/".length(), name.length() - "/activation".length());
                Optional<LinearControl> control = controls.forActuator(muscle);
                if (control.isPresent()) {
                    y[order[c]] = control.get().value(start);
                }
            }
        }
        ActuatorControls bound = ActuatorControls.bind(model.actuatorNames(), model.model().name(), List.of(controls));
        ForwardSimulation simulation = new ForwardSimulation(model, bound, loads);
        try {
            return simulation.equilibrateMuscles(new InitialState(start, y), w -> { }).state();
        } catch (NeuroMskException atSpeed) {
            // The fibre-tendon equilibrium can fail at particular fibre speeds (the Thelen iteration cycles
            // across l̃_M = 1, docs/validation.md); OpenSim's ForwardTool starts at rest by default. Every
            // muscle is equilibrated with the coordinates at rest; then, with the motion's speeds, each muscle
            // that has an equilibrium at speed takes it and the others keep their fibre length at rest.
            double[] rest = y.clone();
            Arrays.fill(rest, n, 2 * n, 0.0);
            double[] equilibrated;
            try {
                equilibrated = simulation.equilibrateMuscles(new InitialState(start, rest), w -> { }).state();
            } catch (NeuroMskException atRest) {
                throw atSpeed;
            }
            System.arraycopy(y, n, equilibrated, n, n);
            List<String> failed = new ArrayList<>();
            equilibrated = simulation.equilibrateMusclesWhereAble(new InitialState(start, equilibrated), w -> { },
                    failed::add).state();
            for (String f : failed) {
                notes.add("forward simulation: " + f + "; its fibre starts at the length equilibrated with the "
                        + "coordinates at rest");
            }
            return equilibrated;
        }
    }

    private double[] correction(double t, double[] y, Settings settings) {
        int n = model.coordinateCount();
        double[] q = new double[n];
        double[] u = new double[n];
        referenceAt(t, q, u);
        TrackingGains gains = settings.gains();
        double[] wanted = new double[n];
        for (int i = 0; i < n; i++) {
            wanted[i] = model.isLocked(i) || model.isDependent(i) ? 0
                    : gains.position() * (q[i] - y[i]) + gains.speed() * (u[i] - y[n + i]);
        }
        if (gains.kind() == TrackingGains.Kind.TORQUE) {
            return wanted;
        }
        return inertial(y, wanted);
    }

    /**
     * The generalized forces on the free coordinates that give them the accelerations {@code acc}
     * (dependent coordinates following their couplers, J̇ neglected): Jᵀ·M(q)·J·acc, with J the
     * couplers' Jacobian. Velocity and gravity terms are left out: the estimated controls carry them.
     */
    private double[] inertial(double[] y, double[] acc) {
        int n = model.coordinateCount();
        double[] q = model.assemble(y.clone());
        double[] full = acc.clone();
        for (CoordinateCoupler c : model.couplers()) {
            full[c.dependent()] = c.slope(q) * acc[c.independent()];
        }
        double[][] m = massMatrix.massMatrix(Arrays.copyOf(q, n));
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i] += m[i][j] * full[j];
            }
        }
        double[] tau = new double[n];
        for (int i = 0; i < n; i++) {
            if (!model.isLocked(i) && !model.isDependent(i)) {
                tau[i] += f[i];
            }
        }
        for (CoordinateCoupler c : model.couplers()) {
            tau[c.independent()] += c.slope(q) * f[c.dependent()];
        }
        return tau;
    }

    /** The reference positions and speeds at t, linear between rows (held beyond the ends). */
    void referenceAt(double t, double[] q, double[] u) {
        int rows = reference.rowCount();
        int hi = 0;
        while (hi < rows - 1 && reference.time(hi) < t) {
            hi++;
        }
        int lo = Math.max(0, hi - 1);
        double w = hi == lo || reference.time(hi) <= reference.time(lo) ? 1
                : Math.min(1, Math.max(0, (t - reference.time(lo)) / (reference.time(hi) - reference.time(lo))));
        double[] q0 = reference.positions(lo);
        double[] q1 = reference.positions(hi);
        double[] u0 = reference.speeds(lo);
        double[] u1 = reference.speeds(hi);
        for (int i = 0; i < q.length; i++) {
            q[i] = q0[i] + w * (q1[i] - q0[i]);
            u[i] = u0[i] + w * (u1[i] - u0[i]);
        }
    }

    private String divergence(double t, double[] y) {
        int n = model.coordinateCount();
        double[] q = new double[n];
        double[] u = new double[n];
        referenceAt(t, q, u);
        for (int i = 0; i < n; i++) {
            if (model.isLocked(i) || model.isDependent(i)) {
                continue; // a dependent coordinate follows its independent one, which is checked
            }
            String name = model.model().multibody().coordinates().get(i).name();
            double e = y[i] - q[i];
            if (!Double.isFinite(y[i])) {
                return String.format(Locale.ROOT, "the state became non-finite at t = %.3f s (%s)", t, name);
            }
            boolean rotational = model.model().multibody().motionType(i) == MotionType.ROTATIONAL;
            if (rotational && Math.abs(Math.toDegrees(e)) > DIVERGED_DEG) {
                return String.format(Locale.ROOT, "the model left the input motion at t = %.3f s: %s is %.1f° "
                        + "from it (limit %.0f°)", t, name, Math.toDegrees(e), DIVERGED_DEG);
            }
            if (!rotational && Math.abs(e) > DIVERGED_M) {
                return String.format(Locale.ROOT, "the model fell at t = %.3f s: %s is %.3f m from the input "
                        + "(limit %.2f m)", t, name, e, DIVERGED_M);
            }
        }
        return null;
    }

    private int[] reserveCoordinates() {
        List<String> coords = coordinateNames();
        int[] out = new int[reserves.size()];
        for (int r = 0; r < reserves.size(); r++) {
            String c = reserves.get(r).substring(0, reserves.get(r).length() - "_reserve".length());
            out[r] = coords.indexOf(c);
            if (out[r] < 0) {
                throw new NeuroMskException("reserve " + reserves.get(r) + " names no coordinate of the model");
            }
        }
        return out;
    }

    private List<String> coordinateNames() {
        List<String> out = new ArrayList<>();
        model.model().multibody().coordinates().forEach(c -> out.add(c.name()));
        return out;
    }

    private static Storage table(String name, List<String> labels, double[] time, List<double[]> rows) {
        double[][] columns = new double[labels.size()][time.length];
        for (int r = 0; r < time.length; r++) {
            for (int c = 0; c < labels.size(); c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        return Storage.of(name, false, labels, time, columns);
    }
}

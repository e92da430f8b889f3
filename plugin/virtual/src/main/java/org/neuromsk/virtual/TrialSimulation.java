package org.neuromsk.virtual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.simulation.ActuatorControls;
import org.neuromsk.engine.simulation.ControlSignals;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.engine.simulation.ForwardSimulation;
import org.neuromsk.engine.simulation.InitialState;
import org.neuromsk.engine.simulation.LinearControl;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * Runs a trial: the embedded forward simulation ({@link ForwardSimulation}, OpenSim ForwardTool's
 * integration) of the subject's model from one excitation node to the next, the
 * {@link TrackingController} choosing each next node from the state the simulation reached. The
 * excitations are linear between nodes, so the whole trial is one forward simulation under a
 * piecewise-linear controls table, restarted (same state) at every node; replaying that table in one
 * run gives the same motion to within the integrator's accuracy.
 *
 * <p>The trial starts at rest at the design's start angle, with activations that hold it there
 * (found by a few rounds of the sharing rule and fibre–tendon equilibrium).
 */
public final class TrialSimulation {

    /** Rounds of sharing rule and equilibrium for the initial state. */
    private static final int INITIAL_ROUNDS = 6;

    private final SubjectModel subjectModel;
    private final SubjectTruth subject;
    private final double sampleRate;
    private final ForwardSimulation.Settings settings;
    private final TrackingController.Gains gains;

    /**
     * @param subjectModel the subject's model with its load
     * @param subject the subject
     * @param sampleRate excitation nodes and samples per second (Hz)
     * @param settings integrator settings
     */
    public TrialSimulation(SubjectModel subjectModel, SubjectTruth subject, double sampleRate,
            ForwardSimulation.Settings settings) {
        this(subjectModel, subject, sampleRate, settings, TrackingController.Gains.defaults());
    }

    TrialSimulation(SubjectModel subjectModel, SubjectTruth subject, double sampleRate,
            ForwardSimulation.Settings settings, TrackingController.Gains gains) {
        this.subjectModel = Objects.requireNonNull(subjectModel, "subjectModel");
        this.subject = Objects.requireNonNull(subject, "subject");
        if (!(sampleRate > 0) || !Double.isFinite(sampleRate)) {
            throw new NeuroMskException("sample rate must be positive, got " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gains = Objects.requireNonNull(gains, "gains");
    }

    /**
     * @param design the target
     * @return the simulated trial
     * @throws NeuroMskException naming the subject, load and time if the integration fails
     */
    public SimulatedTrial run(TrialDesign design) {
        ForwardModel forward = subjectModel.forward();
        StateLayout layout = StateLayout.of(forward);
        ElbowMechanics mechanics = new ElbowMechanics(subjectModel.model());
        TrackingController controller = new TrackingController(mechanics, subject, subjectModel.loadMass(), design,
                gains);
        int samples = (int) Math.round(design.duration() * sampleRate) + 1;
        int n = ElbowMuscles.ALL.size();
        double[] time = new double[samples];
        double[] angle = new double[samples];
        double[] speed = new double[samples];
        double[][] excitation = new double[n][samples];
        double[][] activation = new double[n][samples];
        double[][] fiber = new double[n][samples];
        double[][] force = new double[n][samples];
        double[][] arm = new double[n][samples];
        double[] torque = new double[samples];
        int[] order = forward.openSimOrder();
        double[][] stateColumns = new double[order.length][samples];

        double[] y = initialState(forward, layout, mechanics, controller, design);
        double[] u = new double[n];
        for (int m = 0; m < n; m++) {
            u[m] = y[layout.activation()[m]];
        }
        long evaluations = 0;
        List<String> actuators = forward.actuatorNames();
        for (int k = 0; k < samples; k++) {
            double t = k / sampleRate;
            double[] a = pick(y, layout.activation());
            double[] l = pick(y, layout.fiberLength());
            time[k] = t;
            angle[k] = y[layout.angle()];
            speed[k] = y[layout.speed()];
            ElbowMechanics.Snapshot s = mechanics.evaluate(angle[k], speed[k], a, l);
            for (int m = 0; m < n; m++) {
                excitation[m][k] = u[m];
                activation[m][k] = a[m];
                fiber[m][k] = l[m];
                force[m][k] = s.muscle()[m].tendonForce();
                arm[m][k] = s.momentArm()[m];
            }
            torque[k] = s.muscleTorque();
            for (int c = 0; c < order.length; c++) {
                stateColumns[c][k] = y[order[c]];
            }
            if (k == samples - 1) {
                break;
            }
            double next = (k + 1) / sampleRate;
            double[] uNext = controller.nextExcitation(t, next - t, angle[k], speed[k], a, l, u);
            List<LinearControl> controls = new ArrayList<>(n);
            for (int m = 0; m < n; m++) {
                controls.add(new LinearControl(ElbowMuscles.ALL.get(m), new double[] {t, next},
                        new double[] {u[m], uNext[m]}, false, true));
            }
            ActuatorControls bound = ActuatorControls.bind(actuators, forward.model().name(),
                    List.of(new ControlSignals("trial excitations", controls)));
            ForwardSimulation.Result r;
            try {
                r = new ForwardSimulation(forward, bound, List.of()).run(new InitialState(t, y), next, settings,
                        x -> { });
            } catch (NeuroMskException e) {
                throw new NeuroMskException(String.format(Locale.ROOT, "%s with %s: forward simulation failed at "
                        + "t = %.3f s: %s", subject.id(), LoadNames.label(subjectModel.loadMass()), t,
                        e.getMessage()), e);
            }
            evaluations += r.evaluations();
            Storage states = r.states();
            int last = states.rowCount() - 1;
            for (int c = 0; c < order.length; c++) {
                y[order[c]] = states.value(last, c);
            }
            u = uNext;
        }
        Storage states = Storage.of(forward.model().name() + "_states", false, forward.stateNames(), time,
                stateColumns);
        return new SimulatedTrial(design, subjectModel.loadMass(), time, angle, speed, excitation, activation, fiber,
                force, arm, torque, states, evaluations);
    }

    /** At rest at the start angle, activations that hold it, fibres in equilibrium with their tendons. */
    private double[] initialState(ForwardModel forward, StateLayout layout, ElbowMechanics mechanics,
            TrackingController controller, TrialDesign design) {
        int n = ElbowMuscles.ALL.size();
        double angle = design.startAngle();
        double[] length = new double[n];
        double[] arm = new double[n];
        mechanics.geometry(angle, length, arm);
        Muscle[] muscles = mechanics.muscles();
        double[] a = new double[n];
        for (int m = 0; m < n; m++) {
            a[m] = subject.baselineActivation(m, 0, subjectModel.loadMass());
        }
        double[] l = new double[n];
        for (int round = 0; round < INITIAL_ROUNDS; round++) {
            for (int m = 0; m < n; m++) {
                l[m] = muscles[m].equilibrium(a[m], length[m], 0).fiberLength();
            }
            a = controller.targetActivations(0, angle, 0, a, l, 0);
        }
        for (int m = 0; m < n; m++) {
            l[m] = muscles[m].equilibrium(a[m], length[m], 0).fiberLength();
        }
        double[] y = forward.defaultState();
        y[layout.angle()] = angle;
        y[layout.speed()] = 0;
        for (int m = 0; m < n; m++) {
            y[layout.activation()[m]] = a[m];
            y[layout.fiberLength()[m]] = l[m];
        }
        return y;
    }

    private static double[] pick(double[] y, int[] index) {
        double[] out = new double[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = y[index[i]];
        }
        return out;
    }
}

package org.neuromsk.engine.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.nonstiff.HighamHall54Integrator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;
import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * A forward simulation as OpenSim's ForwardTool runs one: from an initial state (optionally with
 * muscle fibres equilibrated first), the model is integrated under its controls to the final time
 * by an error-controlled integrator, and the state and the controls are recorded at the start, after
 * every accepted step and at the end (so the times are the integrator's own, irregular). Coupled
 * (dependent) coordinates are put on their couplers first and in every recorded state.
 *
 * <p>Integrator: Commons Math's Higham–Hall 5(4) with absolute and relative tolerance both equal to
 * the accuracy, bounded step sizes and a step limit. OpenSim uses Simbody's Runge–Kutta–Merson with
 * the same accuracy; step sequences differ, the trajectories agree to about the accuracy. (On arm26
 * Higham–Hall needed 1793 derivative evaluations for 0–1 s at 1e-5, Dormand–Prince 5(4) 4060 and
 * Dormand–Prince 8(5,3) 3554: the muscles' fibre dynamics are stiff, so explicit steps are bounded by
 * stability and the method with the larger stability region wins.)
 *
 * <p>Not thread-safe (the dynamics carry path-wrapping memory); build one per run.
 */
public final class ForwardSimulation {

    /**
     * Integrator settings, ForwardTool's properties of the same names.
     *
     * @param accuracy error tolerance, absolute and relative ({@code integrator_error_tolerance})
     * @param minimumStep smallest step (s) ({@code minimum_integrator_step_size})
     * @param maximumStep largest step (s) ({@code maximum_integrator_step_size})
     * @param maximumSteps most accepted steps ({@code maximum_number_of_integrator_steps})
     */
    public record Settings(double accuracy, double minimumStep, double maximumStep, int maximumSteps) {

        /** Checks the values. */
        public Settings {
            if (!(accuracy > 0) || !(minimumStep > 0) || !(maximumStep >= minimumStep) || maximumSteps < 1) {
                throw new NeuroMskException(String.format(Locale.ROOT, "invalid integrator settings: accuracy %s, "
                        + "steps %s to %s s, at most %d steps", accuracy, minimumStep, maximumStep, maximumSteps));
            }
        }

        /** @return ForwardTool's defaults: accuracy 1e-5, steps 1e-8 to 1 s, at most 20000 steps */
        public static Settings defaults() {
            return new Settings(1e-5, 1e-8, 1.0, 20000);
        }

        /**
         * @param value new accuracy
         * @return these settings with that accuracy
         */
        public Settings withAccuracy(double value) {
            return new Settings(value, minimumStep, maximumStep, maximumSteps);
        }
    }

    /**
     * What a run produced.
     *
     * @param states the states at the recorded times, OpenSim 4 names in OpenSim's order
     * @param controls the actuators' controls at the same times, columns named by actuator
     * @param steps accepted integrator steps
     * @param evaluations state-derivative evaluations
     * @param restarts times the integration restarted with a shorter step because trial states could
     *     not be evaluated
     */
    public record Result(Storage states, Storage controls, int steps, long evaluations, int restarts) {
    }

    /** First retry step when no step was accepted yet, as a fraction of the time span. */
    private static final double FIRST_STEP_FRACTION = 1e-3;
    /** Each retry's first step is this fraction of the previous one. */
    private static final double RETRY_FACTOR = 0.25;
    /** Consecutive failed restarts allowed at one time. */
    private static final int MAX_RETRIES = 12;

    private final ForwardModel model;
    private final ActuatorControls controls;
    private final ForwardDynamics dynamics;

    /**
     * @param model the model
     * @param controls its controls
     * @param loads external loads (may be empty)
     */
    public ForwardSimulation(ForwardModel model, ActuatorControls controls, List<ExternalForce> loads) {
        this.model = Objects.requireNonNull(model, "model");
        this.controls = Objects.requireNonNull(controls, "controls");
        if (!controls.actuators().equals(model.actuatorNames())) {
            throw new NeuroMskException("controls were bound to actuators " + controls.actuators()
                    + ", not to the model's " + model.actuatorNames());
        }
        this.dynamics = new ForwardDynamics(model, controls, loads);
    }

    /**
     * Fibre–tendon equilibrium for every compliant-tendon muscle, as ForwardTool's
     * {@code solve_for_equilibrium_for_auxiliary_states}.
     *
     * @param initial the state before
     * @param warnings receives a note per muscle left at its minimum fibre length
     * @return the state with equilibrium fibre lengths
     * @throws NeuroMskException naming the muscle and the time when a solve does not converge
     */
    public InitialState equilibrateMuscles(InitialState initial, Consumer<String> warnings) {
        double[] y = model.assemble(initial.state());
        dynamics.equilibrateMuscles(initial.time(), y, warnings, null);
        return new InitialState(initial.time(), y);
    }

    /**
     * As {@link #equilibrateMuscles(InitialState, Consumer)}, but a muscle whose equilibrium cannot be
     * found keeps the fibre length it has in {@code initial} and is reported instead of ending the solve.
     *
     * @param initial the state before (its fibre lengths are the fallback)
     * @param warnings receives a note per muscle left at its minimum fibre length
     * @param failures receives one message per muscle whose solve did not converge (name, time, cause)
     * @return the state with equilibrium fibre lengths where they exist
     */
    public InitialState equilibrateMusclesWhereAble(InitialState initial, Consumer<String> warnings,
            Consumer<String> failures) {
        double[] y = model.assemble(initial.state());
        dynamics.equilibrateMuscles(initial.time(), y, warnings, Objects.requireNonNull(failures, "failures"));
        return new InitialState(initial.time(), y);
    }

    /**
     * Integrates from the initial state to {@code end}.
     *
     * @param initial the initial state and time
     * @param end the final time (s), after the initial time
     * @param settings integrator settings
     * @param progress told the time after every accepted step (s); non-decreasing, the last is {@code end}
     * @return the recorded states and controls
     * @throws NeuroMskException if the step size falls below the minimum, the step limit is reached or
     *     the dynamics cannot be evaluated (the message gives the time)
     */
    public Result run(InitialState initial, double end, Settings settings, DoubleConsumer progress) {
        double start = initial.time();
        if (!(end > start)) {
            throw new NeuroMskException(String.format(Locale.ROOT,
                    "the final time %s s must be after the initial time %s s", Times.text(end), Times.text(start)));
        }
        Recorder recorder = new Recorder(settings.maximumSteps(), end, progress);
        double[] y = model.assemble(initial.state());
        recorder.record(start, y);
        double t = start;
        double initialStep = Double.NaN;
        int failures = 0;
        int restarts = 0;
        while (true) {
            HighamHall54Integrator integrator = new HighamHall54Integrator(settings.minimumStep(),
                    settings.maximumStep(), settings.accuracy(), settings.accuracy());
            if (!Double.isNaN(initialStep)) {
                integrator.setInitialStepSize(initialStep);
            }
            integrator.addStepHandler(recorder);
            int stepsBefore = recorder.steps;
            try {
                integrator.integrate(dynamics, t, y, end, y.clone());
                break;
            } catch (ForwardDynamics.EvaluationFailure e) {
                // Simbody rejects a step whose trial states cannot be evaluated and retries it shorter;
                // Commons Math cannot, so integration restarts at the last accepted step with a shorter
                // first step (deterministic, so runs stay reproducible).
                failures = recorder.steps > stepsBefore ? 1 : failures + 1;
                restarts++;
                t = recorder.lastTime();
                y = recorder.lastState();
                double base = recorder.lastStep() > 0 ? recorder.lastStep() : FIRST_STEP_FRACTION * (end - start);
                initialStep = base * Math.pow(RETRY_FACTOR, failures);
                if (failures > MAX_RETRIES || initialStep < settings.minimumStep()) {
                    throw new NeuroMskException(String.format(Locale.ROOT, "integration failed after t = %s s: the "
                            + "dynamics cannot be evaluated even with steps of %.3g s (%s)", Times.text(t),
                            Math.max(initialStep, settings.minimumStep()), e.getMessage()), e);
                }
            } catch (NumberIsTooSmallException e) {
                throw new NeuroMskException(String.format(Locale.ROOT, "integration failed after t = %s s: the "
                        + "step size would fall below the minimum %.3g s to reach accuracy %.3g (%s)",
                        Times.text(recorder.lastTime()), settings.minimumStep(), settings.accuracy(), e.getMessage()), e);
            } catch (MathIllegalStateException e) {
                throw new NeuroMskException(String.format(Locale.ROOT, "integration failed after t = %s s: %s",
                        Times.text(recorder.lastTime()), e.getMessage()), e);
            }
        }
        return recorder.result(dynamics.evaluations(), restarts);
    }

    /** Records the state and the controls at the start and after every accepted step. */
    private final class Recorder implements StepHandler {

        private final int maximumSteps;
        private final double end;
        private final DoubleConsumer progress;
        private final List<Double> times = new ArrayList<>();
        private final List<double[]> states = new ArrayList<>();
        private final List<double[]> controlRows = new ArrayList<>();
        private final int[] order = model.openSimOrder();
        private int steps;
        private double lastStep;
        private double[] lastState;

        Recorder(int maximumSteps, double end, DoubleConsumer progress) {
            this.maximumSteps = maximumSteps;
            this.end = end;
            this.progress = progress;
        }

        @Override
        public void init(double t0, double[] y0, double t) {
            // the start is recorded once by run(), not again when integration restarts
        }

        @Override
        public void handleStep(StepInterpolator interpolator, boolean isLast) {
            steps++;
            double t = interpolator.getCurrentTime();
            lastStep = t - interpolator.getPreviousTime();
            interpolator.setInterpolatedTime(t);
            double[] y = interpolator.getInterpolatedState();
            // The integrator's last time may differ from the final time by round-off; OpenSim's ends on it.
            double recorded = isLast ? end : t;
            record(recorded, y);
            progress.accept(recorded);
            if (steps >= maximumSteps && !isLast) {
                throw new NeuroMskException(String.format(Locale.ROOT, "integration stopped at t = %s s: the "
                        + "limit of %d integrator steps was reached (raise maximum_number_of_integrator_steps or "
                        + "loosen the accuracy)", Times.text(t), maximumSteps));
            }
        }

        double lastTime() {
            return times.get(times.size() - 1);
        }

        double[] lastState() {
            return lastState.clone();
        }

        double lastStep() {
            return lastStep;
        }

        void record(double t, double[] state) {
            double[] y = model.assemble(state.clone());
            lastState = y.clone();
            double[] row = new double[order.length];
            for (int c = 0; c < order.length; c++) {
                row[c] = y[order[c]];
            }
            times.add(t);
            states.add(row);
            controlRows.add(controls.at(t));
        }

        Result result(long evaluations, int restarts) {
            double[] time = times.stream().mapToDouble(Double::doubleValue).toArray();
            return new Result(table(model.model().name() + "_states", model.stateNames(), time, states),
                    table("controls", model.actuatorNames(), time, controlRows), steps, evaluations,
                    restarts);
        }

        private Storage table(String name, List<String> labels, double[] time, List<double[]> rows) {
            double[][] columns = new double[labels.size()][time.length];
            for (int r = 0; r < time.length; r++) {
                double[] row = rows.get(r);
                for (int c = 0; c < labels.size(); c++) {
                    columns[c][r] = row[c];
                }
            }
            return Storage.of(name, false, labels, time, columns);
        }
    }
}

package org.neuromsk.engine.simulation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.io.storage.Storage;

/**
 * Everything one ForwardTool run needs, and the run itself: initial state (defaults or a states
 * table), muscle equilibrium, the time-coverage check of the controls, integration.
 *
 * @param model the model
 * @param controls control sources (one per ControlSetController; their controls are summed)
 * @param initialStates a states table to start from, if any
 * @param loads external loads
 * @param start requested initial time (s); a states table may move it to one of its rows
 * @param end final time (s)
 * @param equilibrateMuscles whether fibre lengths are put in equilibrium at the start
 * @param settings integrator settings
 */
public record ForwardRun(ForwardModel model, List<ControlSignals> controls, Optional<Storage> initialStates,
        List<ExternalForce> loads, double start, double end, boolean equilibrateMuscles,
        ForwardSimulation.Settings settings) {

    /** Checks the fields and freezes the lists. */
    public ForwardRun {
        Objects.requireNonNull(model, "model");
        controls = List.copyOf(controls);
        Objects.requireNonNull(initialStates, "initialStates");
        loads = List.copyOf(loads);
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param warnings receives one-line notes (moved start time, missing initial states, fibres at
     *     their minimum length)
     * @param progress told the simulated time after every accepted step (s)
     * @return states and controls at the recorded times
     * @throws org.neuromsk.error.NeuroMskException for controls naming unknown actuators or not
     *     covering the time range, an equilibrium that does not converge (naming muscle and time), or
     *     a failed integration
     */
    public ForwardSimulation.Result run(Consumer<String> warnings, DoubleConsumer progress) {
        ActuatorControls bound = ActuatorControls.bind(model.actuatorNames(), model.model().name(), controls);
        InitialState initial = initialStates.map(t -> InitialState.fromTable(model, t, start, warnings))
                .orElseGet(() -> InitialState.defaults(model, start));
        bound.requireCoverage(initial.time(), end);
        ForwardSimulation simulation = new ForwardSimulation(model, bound, loads);
        if (equilibrateMuscles) {
            initial = simulation.equilibrateMuscles(initial, warnings);
        }
        return simulation.run(initial, end, settings, progress);
    }
}

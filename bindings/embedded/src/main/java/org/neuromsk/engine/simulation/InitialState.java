package org.neuromsk.engine.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * The state a forward simulation starts from, and the time it starts at.
 *
 * @param time the initial time (s)
 * @param state the state vector in {@link ForwardModel} layout (copied)
 */
public record InitialState(double time, double[] state) {

    /** Copies the state. */
    public InitialState {
        if (!Double.isFinite(time)) {
            throw new NeuroMskException("initial time must be finite, got " + time);
        }
        state = state.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    /**
     * @param model the model
     * @param time the initial time (s)
     * @return the model's default state at that time
     */
    public static InitialState defaults(ForwardModel model, double time) {
        return new InitialState(time, model.defaultState());
    }

    /**
     * The initial state from a states table as OpenSim's ForwardTool takes it: the row at the last
     * time ≤ {@code start} (no interpolation), and the simulation then starts at that row's time;
     * before the first row, the first row and its time. States the table lacks keep their defaults.
     * Columns are matched by OpenSim 4 or OpenSim 3 names (see {@link StateColumns}). Locked
     * coordinates get zero speed.
     *
     * @param model the model
     * @param table the states table, in radians
     * @param start the requested initial time (s)
     * @param warnings receives notes on a moved start time and on states taken from the defaults
     * @return the initial state
     * @throws NeuroMskException if the table is in degrees (OpenSim refuses it too) or has no rows
     */
    public static InitialState fromTable(ForwardModel model, Storage table, double start, Consumer<String> warnings) {
        String source = "initial states '" + table.name() + "'";
        if (table.inDegrees()) {
            throw new NeuroMskException(source + " are in degrees; OpenSim's ForwardTool needs radians (and m) for "
                    + "coordinate values and speeds");
        }
        if (table.rowCount() == 0) {
            throw new NeuroMskException(source + " have no rows");
        }
        int row = -1;
        for (int r = 0; r < table.rowCount() && table.time(r) <= start; r++) {
            row = r;
        }
        double time;
        if (row < 0) {
            row = 0;
            time = table.time(0);
            warnings.accept("the initial time " + Times.text(start) + " s precedes the first time of the " + source
                    + "; starting at " + Times.text(time) + " s");
        } else {
            time = table.time(row);
            if (time != start) {
                warnings.accept("starting at " + Times.text(time) + " s, the time of the closest earlier row of the "
                        + source + " (requested " + Times.text(start) + " s)");
            }
        }
        double[] y = model.defaultState();
        int[] order = model.openSimOrder();
        List<String> names = model.stateNames();
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            int column = StateColumns.find(table.labels(), names.get(c));
            if (column < 0) {
                missing.add(names.get(c));
            } else {
                y[order[c]] = table.value(row, column);
            }
        }
        if (!missing.isEmpty()) {
            warnings.accept(source + " lack " + missing.size() + " state(s), which keep their default values: "
                    + String.join(", ", missing));
        }
        int n = model.coordinateCount();
        for (int i = 0; i < n; i++) {
            if (model.isLocked(i)) {
                y[n + i] = 0;
            }
        }
        return new InitialState(time, y);
    }
}

package org.neuromsk.backend.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.MotionType;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

/**
 * Writes a forward simulation's results as OpenSim's ForwardTool does: {@code <name>_states.sto}
 * (radians), {@code <name>_states_degrees.mot} (values and speeds of rotational coordinates in
 * degrees) and {@code <name>_controls.sto} (one column per actuator), all Storage version 1.
 * State columns keep OpenSim 4 names ({@code /jointset/<joint>/<coord>/value}) or, on request,
 * take OpenSim 3 names ({@code <coord>}, {@code <coord>_u}, {@code <muscle>.activation},
 * {@code <muscle>.fiber_length}; all values, then all speeds, then the other states).
 */
public final class ForwardOutput {

    /**
     * The files written.
     *
     * @param states the states in radians
     * @param statesDegrees the states with rotational coordinates in degrees
     * @param controls the controls
     */
    public record Files(Path states, Path statesDegrees, Path controls) {
    }

    private static final String VALUE = "/value";
    private static final String SPEED = "/speed";

    private ForwardOutput() {
    }

    /**
     * @param result the simulation's result
     * @param coordinates the model's coordinates (which are rotational)
     * @param folder the results folder (created if missing)
     * @param name the run's name, prefix of the files
     * @param precision digits after the decimal point (OpenSim's {@code output_precision}, 8 by default),
     *     or {@link StorageWriter.Options#EXACT} for numbers that read back exactly
     * @param legacyNames whether state columns take OpenSim 3 names
     * @return the files written
     */
    public static Files write(ForwardResult result, List<CoordinateInfo> coordinates, Path folder, String name,
            int precision, boolean legacyNames) {
        StorageWriter.Options options = StorageWriter.Options.version1().withPrecision(precision);
        Storage states = (legacyNames ? legacyNames(result.states()) : result.states()).withName(name + "_states");
        Files files = new Files(folder.resolve(name + "_states.sto"), folder.resolve(name + "_states_degrees.mot"),
                folder.resolve(name + "_controls.sto"));
        StorageWriter.write(states, files.states(), options);
        StorageWriter.write(inDegrees(states, coordinates), files.statesDegrees(), options);
        StorageWriter.write(result.controls().withName("controls"), files.controls(), options);
        return files;
    }

    /**
     * @param states states with OpenSim 4 names, in OpenSim's order
     * @return the same states with OpenSim 3 names: coordinate values, then speeds, then the rest
     * @throws NeuroMskException if a column is not an OpenSim 4 state name
     */
    public static Storage legacyNames(Storage states) {
        List<String> values = new ArrayList<>();
        List<String> speeds = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> newValues = new ArrayList<>();
        List<String> newSpeeds = new ArrayList<>();
        List<String> newOthers = new ArrayList<>();
        for (String label : states.labels()) {
            String[] parts = label.split("/");
            if (label.startsWith("/jointset/") && parts.length == 5 && label.endsWith(VALUE)) {
                values.add(label);
                newValues.add(parts[3]);
            } else if (label.startsWith("/jointset/") && parts.length == 5 && label.endsWith(SPEED)) {
                speeds.add(label);
                newSpeeds.add(parts[3] + "_u");
            } else if (label.startsWith("/forceset/") && parts.length == 4) {
                others.add(label);
                newOthers.add(parts[2] + "." + parts[3]);
            } else {
                throw new NeuroMskException("state '" + label + "' has no OpenSim 3 name");
            }
        }
        List<String> order = new ArrayList<>(values);
        order.addAll(speeds);
        order.addAll(others);
        List<String> renamed = new ArrayList<>(newValues);
        renamed.addAll(newSpeeds);
        renamed.addAll(newOthers);
        if (new HashSet<>(renamed).size() != renamed.size()) {
            throw new NeuroMskException("OpenSim 3 state names would not be unique: " + renamed);
        }
        Storage selected = states.select(order);
        double[][] columns = new double[order.size()][];
        for (int c = 0; c < order.size(); c++) {
            columns[c] = selected.column(c);
        }
        return selected.withColumns(renamed, columns);
    }

    /**
     * @param states states in radians, OpenSim 4 or OpenSim 3 names
     * @param coordinates the model's coordinates
     * @return the states with the values and speeds of rotational coordinates in degrees
     */
    public static Storage inDegrees(Storage states, List<CoordinateInfo> coordinates) {
        Set<String> rotational = new LinkedHashSet<>();
        for (CoordinateInfo c : coordinates) {
            if (c.motionType() != MotionType.ROTATIONAL) {
                continue;
            }
            for (String label : List.of("/jointset/" + c.joint() + "/" + c.name() + VALUE,
                    "/jointset/" + c.joint() + "/" + c.name() + SPEED, c.name(), c.name() + "_u")) {
                if (states.hasColumn(label)) {
                    rotational.add(label);
                }
            }
        }
        return states.toDegrees(rotational);
    }
}

package org.neuromsk.engine.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * Which column of a motion table holds which model coordinate. A column may be named by the
 * coordinate ({@code knee_angle_r}) or by its state path as OpenSim 4.x writes it
 * ({@code /jointset/knee_r/knee_angle_r/value}); speed columns and other state variables
 * ({@code /forceset/...}) are not coordinates and are passed over.
 */
public final class CoordinateColumns {

    private final int[] columnOfCoordinate;
    private final List<String> missing;

    private CoordinateColumns(int[] columnOfCoordinate, List<String> missing) {
        this.columnOfCoordinate = columnOfCoordinate;
        this.missing = missing;
    }

    /**
     * @param model the model
     * @param table the motion
     * @param file the motion's file, for messages (may be null)
     * @return the mapping
     * @throws FileFormatException if a column names no coordinate of the model, or two columns name
     *     the same coordinate
     */
    public static CoordinateColumns map(MultibodyModel model, Storage table, Path file) {
        int[] column = new int[model.numCoordinates()];
        Arrays.fill(column, -1);
        List<String> unknown = new ArrayList<>();
        List<String> labels = table.labels();
        for (int c = 0; c < labels.size(); c++) {
            String label = labels.get(c);
            String coordinate = coordinateName(label);
            if (coordinate == null) {
                continue;
            }
            if (!model.hasCoordinate(coordinate)) {
                unknown.add(label);
                continue;
            }
            int i = model.coordinateIndex(coordinate);
            if (column[i] >= 0) {
                throw new FileFormatException(file, 0, "columns '" + labels.get(column[i]) + "' and '" + label
                        + "' both give coordinate " + coordinate);
            }
            column[i] = c;
        }
        if (!unknown.isEmpty()) {
            throw new FileFormatException(file, 0, unknown.size() + " column(s) name no coordinate of the model: "
                    + String.join(", ", unknown));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < column.length; i++) {
            if (column[i] < 0) {
                missing.add(model.coordinates().get(i).name());
            }
        }
        return new CoordinateColumns(column, List.copyOf(missing));
    }

    /** @return for each coordinate in tree order, its column index in the table, or -1 */
    public int[] columnOfCoordinate() {
        return columnOfCoordinate.clone();
    }

    /** @return names of the model coordinates the table does not give, in tree order */
    public List<String> missing() {
        return missing;
    }

    /**
     * @param label a column label
     * @return the coordinate it names ({@code knee_angle_r} or {@code /jointset/knee_r/knee_angle_r/value}),
     *     or null when the label is a state that is not a coordinate value
     */
    public static String coordinateName(String label) {
        if (!label.startsWith("/")) {
            return label;
        }
        String[] parts = label.substring(1).split("/");
        if (parts.length >= 3 && "value".equals(parts[parts.length - 1]) && "jointset".equals(parts[0])) {
            return parts[parts.length - 2];
        }
        return null;
    }
}

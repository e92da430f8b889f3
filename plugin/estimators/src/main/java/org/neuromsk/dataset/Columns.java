package org.neuromsk.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * Finds named columns in a table whose labels are plain names ({@code knee_angle_r}) or OpenSim state
 * paths ({@code /jointset/knee_r/knee_angle_r/value}), and reads them in the units this package uses.
 */
public final class Columns {

    private static final double RADIANS_TO_DEGREES = 180.0 / Math.PI;

    private Columns() {
    }

    /**
     * @param table the table
     * @param name a coordinate, muscle or channel name
     * @return the index of the column labelled {@code name}, or of the state-path column whose
     *     second-to-last segment is {@code name} and last is {@code value}; −1 if none
     */
    public static int find(Storage table, String name) {
        int exact = table.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        List<String> labels = table.labels();
        for (int c = 0; c < labels.size(); c++) {
            String label = labels.get(c);
            if (label.startsWith("/") && label.endsWith("/" + name + "/value")) {
                return c;
            }
        }
        return -1;
    }

    /**
     * @param table the table
     * @param file the file it came from (for the message)
     * @param name the column's name
     * @return the column's values, in the file's units
     * @throws FileFormatException naming the file if there is no such column
     */
    public static double[] require(Storage table, Path file, String name) {
        int c = find(table, name);
        if (c < 0) {
            throw new FileFormatException(file, 0, "no column '" + name + "' (columns: " + preview(table.labels()) + ")");
        }
        return table.column(c);
    }

    /**
     * Reads angles in degrees: columns of a table in radians ({@code inDegrees=no}) are converted.
     *
     * @param table kinematics
     * @param file the file it came from (for the message)
     * @param angles names of rotational coordinates
     * @return one column per angle (deg)
     */
    public static double[][] anglesInDegrees(Storage table, Path file, List<String> angles) {
        double[][] out = new double[angles.size()][];
        for (int i = 0; i < angles.size(); i++) {
            double[] values = require(table, file, angles.get(i));
            if (!table.inDegrees()) {
                for (int r = 0; r < values.length; r++) {
                    values[r] *= RADIANS_TO_DEGREES;
                }
            }
            out[i] = values;
        }
        return out;
    }

    /**
     * @param table a table
     * @param names names to select, in order
     * @param renamed labels to give them in the result (same size)
     * @param file the file it came from (for the message)
     * @return a table with only those columns, relabelled
     */
    public static Storage select(Storage table, Path file, List<String> names, List<String> renamed) {
        double[][] columns = new double[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            columns[i] = require(table, file, names.get(i));
        }
        return table.withColumns(renamed, columns);
    }

    /**
     * @param labels column labels
     * @return the first few, for messages
     */
    static String preview(List<String> labels) {
        List<String> shown = new ArrayList<>(labels.subList(0, Math.min(12, labels.size())));
        if (labels.size() > shown.size()) {
            shown.add("… " + (labels.size() - shown.size()) + " more");
        }
        return String.join(", ", shown);
    }
}

package org.neuromsk.opensim;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.io.storage.Storage;

/**
 * Matches a motion's columns to a model's coordinates, by coordinate name or by state path
 * ({@code /jointset/<joint>/<coordinate>/value}), and relabels them with the coordinate names that
 * OpenSim's tools look for. Other columns are dropped.
 *
 * @param table the matched columns, labelled by coordinate name, in model order; units as in the motion
 * @param missing coordinates the motion does not give, in model order
 */
record MotionColumns(Storage table, List<String> missing) {

    /**
     * @param motion the motion
     * @param coordinates the model's coordinates
     * @return the matched columns and the missing coordinates
     */
    static MotionColumns match(Storage motion, List<CoordinateInfo> coordinates) {
        List<String> labels = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (CoordinateInfo c : coordinates) {
            String label = labelOf(motion, c.name());
            if (label == null) {
                missing.add(c.name());
            } else {
                labels.add(c.name());
                columns.add(motion.column(label));
            }
        }
        Storage table = new Storage(motion.name(), motion.metadata(), motion.textLines(), motion.inDegrees(),
                Storage.DEFAULT_TIME_LABEL, labels, motion.time(), columns.toArray(new double[0][]));
        return new MotionColumns(table, List.copyOf(missing));
    }

    private static String labelOf(Storage motion, String coordinate) {
        if (motion.hasColumn(coordinate)) {
            return coordinate;
        }
        String suffix = "/" + coordinate + "/value";
        for (String label : motion.labels()) {
            if (label.endsWith(suffix)) {
                return label;
            }
        }
        return null;
    }
}

package org.neuromsk.estimator.nmm.realdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * A recording with its muscles' geometry from the backend (generic model, every frame, unfiltered
 * coordinates), {@code [muscle][frame]} in the given muscle order.
 *
 * @param recording the recording
 * @param muscles muscle order of the arrays
 * @param lengths musculotendon lengths (m)
 * @param lengtheningSpeeds musculotendon lengthening speeds (m/s)
 * @param momentArms per coordinate, moment arms of every muscle about it (m)
 */
public record RecordingGeometry(Recording recording, List<String> muscles, double[][] lengths,
        double[][] lengtheningSpeeds, Map<String, double[][]> momentArms) {

    /** Freezes the lists. */
    public RecordingGeometry {
        muscles = List.copyOf(muscles);
        momentArms = Map.copyOf(momentArms);
    }

    /**
     * @param recording the recording
     * @param model the generic model, opened through the backend
     * @param muscles the muscles to keep, in this order
     * @param coordinates the coordinates whose moment arms are needed
     * @return the geometry
     * @throws NeuroMskException if the model lacks a muscle or coordinate
     */
    public static RecordingGeometry of(Recording recording, MskModel model, List<String> muscles,
            List<String> coordinates) {
        MuscleGeometry g = model.muscleGeometry(MuscleGeometryRequest.of(recording.coordinates()));
        int m = muscles.size();
        double[][] lengths = new double[m][];
        double[][] speeds = new double[m][];
        Map<String, double[][]> arms = new LinkedHashMap<>();
        for (String c : coordinates) {
            Storage table = g.momentArms().get(c);
            if (table == null) {
                throw new NeuroMskException(model.name() + ": no moment arms about coordinate '" + c + "'");
            }
            double[][] rows = new double[m][];
            for (int i = 0; i < m; i++) {
                rows[i] = column(table, muscles.get(i), model.name());
            }
            arms.put(c, rows);
        }
        for (int i = 0; i < m; i++) {
            lengths[i] = column(g.lengths(), muscles.get(i), model.name());
            speeds[i] = column(g.lengtheningSpeeds(), muscles.get(i), model.name());
        }
        return new RecordingGeometry(recording, muscles, lengths, speeds, arms);
    }

    /**
     * @param coordinate a coordinate given to {@link #of}
     * @return the moment arms about it, {@code [muscle][frame]} (m)
     */
    public double[][] momentArms(String coordinate) {
        double[][] a = momentArms.get(coordinate);
        if (a == null) {
            throw new NeuroMskException("recording " + recording.name() + ": no moment arms about '" + coordinate
                    + "'");
        }
        return a;
    }

    private static double[] column(Storage table, String muscle, String model) {
        if (!table.hasColumn(muscle)) {
            throw new NeuroMskException(model + ": the model has no muscle named '" + muscle + "'");
        }
        return table.column(muscle);
    }
}

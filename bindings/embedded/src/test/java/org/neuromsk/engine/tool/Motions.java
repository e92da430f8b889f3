package org.neuromsk.engine.tool;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.engine.model.HandMath;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;

/** Motion files written for a test and runs of the whole inverse-dynamics pipeline on them. */
public final class Motions {

    /** Standard gravity of the authored models (m/s²). */
    public static final double G = 9.80665;

    private Motions() {
    }

    /**
     * @param rows number of samples
     * @param rate sampling rate (Hz); sample k is at k/rate (s)
     * @return the times
     */
    public static double[] times(int rows, double rate) {
        double[] t = new double[rows];
        for (int k = 0; k < rows; k++) {
            t[k] = k / rate;
        }
        return t;
    }

    /** @return f sampled at the given times */
    public static double[] sample(double[] t, DoubleUnaryOperator f) {
        double[] v = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            v[k] = f.applyAsDouble(t[k]);
        }
        return v;
    }

    /**
     * Writes a motion with {@link StorageWriter} (exact shortest round-trip numbers) and reads it back.
     *
     * @param file where to write
     * @param inDegrees the header's inDegrees flag
     * @param labels column labels (time excluded)
     * @param time times (s)
     * @param columns data, one array per label
     * @return the table as read from the file
     */
    public static Storage write(Path file, boolean inDegrees, List<String> labels, double[] time,
            double[]... columns) {
        StorageWriter.write(Storage.of("motion", inDegrees, labels, time, columns), file);
        return StorageReader.read(file);
    }

    /** @return a class-path resource of the tool tests as a file */
    public static Path resource(String name) {
        return HandMath.resource("/org/neuromsk/engine/tool/" + name);
    }

    /**
     * Runs inverse dynamics through {@link EmbeddedBackend} as a user of the backend would.
     *
     * @param osim the model file
     * @param motionFile the motion file
     * @param loads ExternalLoads file, or null
     * @param cutoff low-pass cut-off (Hz), negative for none
     * @param range times to report
     * @param excluded forces_to_exclude
     * @return the generalized forces
     */
    public static Storage inverseDynamics(Path osim, Path motionFile, Path loads, double cutoff, TimeRange range,
            List<String> excluded) {
        try (MskModel model = new EmbeddedBackend().loadModel(osim)) {
            return model.inverseDynamics(new InverseDynamicsRequest(StorageReader.read(motionFile), motionFile,
                    Optional.ofNullable(loads), cutoff, range, excluded));
        }
    }

    /**
     * @param result an inverse-dynamics output
     * @param label a column
     * @param expected the closed form at each output time
     * @return the largest absolute difference over all rows
     */
    public static double maxError(Storage result, String label, DoubleUnaryOperator expected) {
        double[] t = result.time();
        double[] v = result.column(label);
        double max = 0;
        for (int k = 0; k < t.length; k++) {
            max = Math.max(max, Math.abs(v[k] - expected.applyAsDouble(t[k])));
        }
        return max;
    }
}

package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.tool.CoordinateColumns;
import org.neuromsk.engine.signal.CoordinateLowpass;
import org.neuromsk.engine.signal.CoordinateSplines;
import org.neuromsk.engine.signal.TimeSeries;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * A motion table turned into q, q̇, q̈ of every model coordinate at any time, as OpenSim's
 * InverseDynamicsTool prepares coordinates: optional low-pass ({@link CoordinateLowpass}), degrees to
 * radians for rotational coordinates only, then one natural quintic spline per coordinate
 * ({@link CoordinateSplines}). Coordinates the table does not give keep their default value with zero
 * speed and acceleration. The generalized speeds are taken as q̇, as the tool does.
 */
final class MotionSplines {

    private final MultibodyModel model;
    private final int[] given;
    private final CoordinateSplines splines;
    private final double[] defaults;
    private final double[] qk;
    private final double[] uk;
    private final double[] ak;

    /**
     * @param model the model
     * @param coordinates the motion; columns named by coordinate or by state path
     *     ({@code /jointset/knee_r/knee_angle_r/value}); other state paths are passed over
     * @param file the motion's file, for messages (may be null)
     * @param lowpassCutoff low-pass cut-off (Hz); negative: none
     * @param warnings receives a note when some coordinates are not in the table
     * @throws FileFormatException if a column names no coordinate, two name the same one, or a value is
     *     not finite
     */
    MotionSplines(MultibodyModel model, Storage coordinates, Path file, double lowpassCutoff,
            Consumer<String> warnings) {
        this.model = model;
        int[] column = columnOfCoordinate(model, coordinates, file);
        List<Integer> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < column.length; i++) {
            if (column[i] >= 0) {
                present.add(i);
            } else {
                missing.add(model.coordinates().get(i).name());
            }
        }
        if (!missing.isEmpty()) {
            warnings.accept("coordinates not in " + (file == null ? "the motion" : file)
                    + " are held at their default values: " + String.join(", ", missing));
        }
        given = present.stream().mapToInt(Integer::intValue).toArray();
        double[][] raw = new double[given.length][];
        double[] time = coordinates.time();
        for (int k = 0; k < given.length; k++) {
            raw[k] = coordinates.column(column[given[k]]);
            for (int r = 0; r < raw[k].length; r++) {
                if (!Double.isFinite(raw[k][r])) {
                    throw new FileFormatException(file, 0, "column '" + coordinates.labels().get(column[given[k]])
                            + "' is " + raw[k][r] + " at t = " + time[r] + " s");
                }
            }
        }
        TimeSeries prepared = CoordinateLowpass.applyIfEnabled(new TimeSeries(coordinates.time(), raw), lowpassCutoff);
        double[][] values = prepared.columns();
        if (coordinates.inDegrees()) {
            for (int k = 0; k < given.length; k++) {
                if (model.motionType(given[k]) == MotionType.ROTATIONAL) {
                    for (int r = 0; r < values[k].length; r++) {
                        values[k][r] = Math.toRadians(values[k][r]);
                    }
                }
            }
        }
        splines = new CoordinateSplines(prepared.times(), values);
        defaults = model.defaultPositions();
        qk = new double[given.length];
        uk = new double[given.length];
        ak = new double[given.length];
    }

    /**
     * Fills the full state vectors (tree order) at time t. Not thread-safe.
     *
     * @param t time (s)
     * @param q positions (rad or m)
     * @param u speeds (rad/s or m/s)
     * @param udot accelerations (rad/s² or m/s²)
     */
    void evaluate(double t, double[] q, double[] u, double[] udot) {
        System.arraycopy(defaults, 0, q, 0, defaults.length);
        Arrays.fill(u, 0);
        Arrays.fill(udot, 0);
        splines.evaluate(t, qk, uk, ak);
        for (int k = 0; k < given.length; k++) {
            q[given[k]] = qk[k];
            u[given[k]] = uk[k];
            udot[given[k]] = ak[k];
        }
    }

    /** @return the number of model coordinates */
    int coordinateCount() {
        return model.numCoordinates();
    }

    private static int[] columnOfCoordinate(MultibodyModel model, Storage table, Path file) {
        return CoordinateColumns.map(model, table, file).columnOfCoordinate();
    }
}

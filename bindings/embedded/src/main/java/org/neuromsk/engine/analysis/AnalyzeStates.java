package org.neuromsk.engine.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.neuromsk.engine.function.GCVSpline;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.signal.CoordinateLowpass;
import org.neuromsk.engine.signal.CoordinateSplines;
import org.neuromsk.engine.signal.TimeSelection;
import org.neuromsk.engine.signal.TimeSeries;
import org.neuromsk.engine.tool.CoordinateColumns;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * The states OpenSim 4.5.2's AnalyzeTool forms from a coordinates file, and the accelerations its
 * StaticOptimization targets:
 * <ol>
 * <li>optionally pad by n/2 rows, resample to a uniform step and low-pass filter every column
 *     ({@link CoordinateLowpass}); the padded rows stay in the table;</li>
 * <li>degrees to radians for rotational coordinates when the file is in degrees; a coordinate the
 *     file does not give is 0 (OpenSim's formCompleteStorages), a locked one its default value;</li>
 * <li>speeds u = derivative of a natural quintic spline (GCVSpline degree 5) through each coordinate,
 *     at the table's own times;</li>
 * <li>assembly: the dependent coordinate of a coordinate coupler is set from its independent one,
 *     q_d = s·f(q_i), u_d = s·f'(q_i)·u_i; a locked coordinate has u = 0;</li>
 * <li>target accelerations u̇ = derivative of a natural quintic spline through the speed samples
 *     (StaticOptimization's {@code GCVSplineSet(5, states)}); for a dependent coordinate the constraint
 *     gives u̇_d = s·f'·u̇_i + s·f''·u_i².</li>
 * </ol>
 * Units: q (rad or m), u (rad/s or m/s), u̇ (rad/s² or m/s²), time (s). Arrays are {@code [row][coordinate]}
 * in tree order. Immutable.
 */
public final class AnalyzeStates {

    private final double[] times;
    private final double[][] q;
    private final double[][] u;
    private final double[][] udot;
    private final boolean[] constrained;

    private AnalyzeStates(double[] times, double[][] q, double[][] u, double[][] udot, boolean[] constrained) {
        this.times = times;
        this.q = q;
        this.u = u;
        this.udot = udot;
        this.constrained = constrained;
    }

    /**
     * @param model the model
     * @param coordinates the coordinates table (coordinate names or {@code /jointset/.../value} labels)
     * @param coordinatesFile its file, for messages (may be null)
     * @param lowpassCutoff low-pass cut-off (Hz); negative for none
     * @param warnings receives notes (coordinates missing from the file)
     * @return the states at every row of the (padded, resampled) table
     * @throws FileFormatException if a column names no coordinate of the model (state columns other than
     *     coordinate values, such as speeds or activations, are skipped), two columns give the same
     *     coordinate, or the table has fewer than 3 rows
     */
    public static AnalyzeStates fromCoordinates(Model model, Storage coordinates, Path coordinatesFile,
            double lowpassCutoff, Consumer<String> warnings) {
        MultibodyModel mb = model.multibody();
        int n = mb.numCoordinates();
        if (coordinates.rowCount() < 3) {
            throw new FileFormatException(coordinatesFile, 0, "the coordinates need at least 3 rows, found "
                    + coordinates.rowCount());
        }
        int[] columnOf = CoordinateColumns.map(mb, coordinates, coordinatesFile).columnOfCoordinate();
        boolean[] dependent = new boolean[n];
        for (CoordinateCoupler c : model.couplers()) {
            dependent[c.dependent()] = true;
        }
        List<String> missing = new ArrayList<>();
        List<double[]> given = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (columnOf[i] >= 0) {
                given.add(coordinates.column(columnOf[i]));
            } else if (!dependent[i] && !mb.coordinates().get(i).locked()) {
                missing.add(mb.coordinates().get(i).name());
            }
        }
        if (!missing.isEmpty()) {
            warnings.accept("coordinates not in " + (coordinatesFile == null ? "the motion" : coordinatesFile)
                    + " are held at 0, as OpenSim's AnalyzeTool does: " + String.join(", ", missing));
        }
        TimeSeries table = CoordinateLowpass.applyIfEnabled(
                new TimeSeries(coordinates.time(), given.toArray(new double[0][])), lowpassCutoff);
        double[] time = table.times();
        int rows = time.length;
        double[][] columns = new double[n][];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (columnOf[i] >= 0) {
                columns[i] = table.column(k++).clone();
                if (coordinates.inDegrees() && mb.motionType(i) == MotionType.ROTATIONAL) {
                    for (int r = 0; r < rows; r++) {
                        columns[i][r] = Math.toRadians(columns[i][r]);
                    }
                }
            } else {
                columns[i] = new double[rows];
            }
        }
        double[][] speeds = new double[n][rows];
        CoordinateSplines splines = new CoordinateSplines(time, columns);
        for (int i = 0; i < n; i++) {
            if (columnOf[i] >= 0) {
                for (int r = 0; r < rows; r++) {
                    speeds[i][r] = splines.speed(i, time[r]);
                }
            }
        }
        boolean[] constrained = new boolean[n];
        for (int i = 0; i < n; i++) {
            Coordinate c = mb.coordinates().get(i);
            if (c.locked()) {
                constrained[i] = true;
                Arrays.fill(columns[i], c.defaultValue());
                Arrays.fill(speeds[i], 0.0);
            }
        }
        double[][] q = new double[rows][n];
        double[][] u = new double[rows][n];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < n; i++) {
                q[r][i] = columns[i][r];
                u[r][i] = speeds[i][r];
            }
            for (CoordinateCoupler c : model.couplers()) {
                q[r][c.dependent()] = c.scale() * c.function().value(q[r][c.independent()]);
                u[r][c.dependent()] = c.slope(q[r]) * u[r][c.independent()];
            }
        }
        for (CoordinateCoupler c : model.couplers()) {
            if (dependent[c.independent()]) {
                throw new NeuroMskException("coordinate " + mb.coordinates().get(c.independent()).name()
                        + " is both dependent and independent in coordinate couplers; chained couplers are not "
                        + "supported by static optimization on the embedded engine");
            }
            constrained[c.dependent()] = true;
        }
        double[][] udot = targetAccelerations(time, u, constrained, model.couplers(), q);
        return new AnalyzeStates(time, q, u, udot, constrained);
    }

    private static double[][] targetAccelerations(double[] time, double[][] u, boolean[] constrained,
            List<CoordinateCoupler> couplers, double[][] q) {
        int rows = time.length;
        int n = constrained.length;
        double[][] udot = new double[rows][n];
        double[] column = new double[rows];
        for (int i = 0; i < n; i++) {
            if (constrained[i]) {
                continue;
            }
            for (int r = 0; r < rows; r++) {
                column[r] = u[r][i];
            }
            GCVSpline spline = new GCVSpline(CoordinateSplines.DEGREE, time, column);
            for (int r = 0; r < rows; r++) {
                udot[r][i] = spline.firstDerivative(time[r]);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (CoordinateCoupler c : couplers) {
                double ui = u[r][c.independent()];
                udot[r][c.dependent()] = c.slope(q[r]) * udot[r][c.independent()]
                        + c.scale() * c.function().secondDerivative(q[r][c.independent()]) * ui * ui;
            }
        }
        return udot;
    }

    /**
     * Columns by coordinate name or {@code /jointset/<joint>/<coordinate>/value}; other labels
     * (speeds, muscle states, unknown names) are ignored with a warning, as OpenSim ignores them.
     */
    /** @return the number of rows */
    public int rowCount() {
        return times.length;
    }

    /** @return the row times (s), a copy */
    public double[] times() {
        return times.clone();
    }

    /** @return time of a row (s) */
    public double time(int row) {
        return times[row];
    }

    /** @return q at a row (rad or m), a copy */
    public double[] positions(int row) {
        return q[row].clone();
    }

    /** @return u at a row (rad/s or m/s), a copy */
    public double[] speeds(int row) {
        return u[row].clone();
    }

    /** @return target u̇ at a row (rad/s² or m/s²), a copy */
    public double[] accelerations(int row) {
        return udot[row].clone();
    }

    /**
     * @param coordinate index in tree order
     * @return whether it is locked or the dependent coordinate of a coupler (no acceleration target of its own)
     */
    public boolean isConstrained(int coordinate) {
        return constrained[coordinate];
    }

    /**
     * The rows AnalyzeTool visits: from the last row at or before the initial time to the last row at
     * or before the final time (OpenSim's Storage::findIndex).
     *
     * @param initialTime the tool's initial_time (s)
     * @param finalTime the tool's final_time (s)
     * @return the row range
     * @throws NeuroMskException if the final time is before the initial time
     */
    public TimeSelection.RowRange rows(double initialTime, double finalTime) {
        if (finalTime < initialTime) {
            throw new NeuroMskException("final time " + finalTime + " s is before initial time " + initialTime + " s");
        }
        return TimeSelection.select(times, initialTime, finalTime);
    }
}

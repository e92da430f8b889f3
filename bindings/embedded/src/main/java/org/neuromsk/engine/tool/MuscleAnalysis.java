package org.neuromsk.engine.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neuromsk.engine.model.ForceDescription;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.path.CurrentPath;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.path.MomentArmSolver;
import org.neuromsk.engine.signal.CoordinateLowpass;
import org.neuromsk.engine.signal.CoordinateSplines;
import org.neuromsk.engine.signal.TimeSelection;
import org.neuromsk.engine.signal.TimeSeries;
import org.neuromsk.engine.wrap.WrapState;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * Muscle-tendon lengths (m), lengthening speeds (m/s) and moment arms at every frame of a motion, as
 * OpenSim's MuscleAnalysis reports them. Coordinates come from the table as given (degrees converted
 * for rotational coordinates only); the dependent coordinate of a coordinate coupler is always
 * assembled from its independent one, whatever the table says, as OpenSim's assembly does (it gives
 * dependent coordinates no goal); other missing coordinates are held at their defaults. Speeds
 * are the derivatives of natural quintic splines through the coordinates. Frames are evaluated in
 * time order, because wrap objects carry a little state from one evaluation to the next, as in OpenSim.
 */
public final class MuscleAnalysis {

    /**
     * The tables, one column per path actuator.
     *
     * @param lengths path lengths (m)
     * @param lengtheningSpeeds path lengthening speeds (m/s)
     * @param momentArms per coordinate name, moment arms (m, or - for translational coordinates)
     */
    public record Result(Storage lengths, Storage lengtheningSpeeds, Map<String, Storage> momentArms) {
    }

    private final Model model;
    private final MultibodyModel multibody;

    /** @param model the model */
    public MuscleAnalysis(Model model) {
        this.model = model;
        this.multibody = model.multibody();
    }

    /**
     * OpenSim reports every muscle; a muscle of a class whose path the engine does not read is refused
     * rather than left out of tables that would look complete.
     */
    private void requireReadablePaths() {
        List<String> unread = new ArrayList<>();
        for (ForceDescription f : model.forces()) {
            if (f.muscle() && !model.paths().containsKey(f.name())) {
                unread.add(f.name() + " (" + f.type() + ")");
            }
        }
        if (!unread.isEmpty()) {
            throw new NeuroMskException(model.file().map(f -> f + ": ").orElse("") + "model '" + model.name()
                    + "' has muscle(s) of a class the embedded engine cannot analyse yet: "
                    + String.join(", ", unread));
        }
    }

    /**
     * Every frame of the motion, unfiltered.
     *
     * @param coordinates the motion
     * @param coordinatesFile its file, for messages (may be null)
     * @param warnings receives notes such as coordinates held at their default
     * @return lengths, speeds and moment arms of every path actuator about every coordinate
     */
    public Result run(Storage coordinates, Path coordinatesFile, Consumer<String> warnings) {
        return run(coordinates, coordinatesFile, -1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, warnings);
    }

    /**
     * @param coordinates the motion
     * @param coordinatesFile its file, for messages (may be null)
     * @param lowpassCutoff low-pass cut-off (Hz) applied to the coordinates as OpenSim's tools do
     *     (padding, resampling to a uniform step, third-order Butterworth both ways); negative for none,
     *     in which case the motion's own frames are reported
     * @param start first time to report (s)
     * @param end last time to report (s)
     * @param warnings receives notes such as coordinates held at their default
     * @return lengths, speeds and moment arms of every path actuator about every coordinate
     */
    public Result run(Storage coordinates, Path coordinatesFile, double lowpassCutoff, double start, double end,
            Consumer<String> warnings) {
        requireReadablePaths();
        CoordinateColumns columns = CoordinateColumns.map(multibody, coordinates, coordinatesFile);
        int[] columnOf = columns.columnOfCoordinate();
        List<String> missing = new ArrayList<>(columns.missing());
        for (CoordinateCoupler c : model.couplers()) {
            missing.remove(multibody.coordinates().get(c.dependent()).name());
        }
        if (!missing.isEmpty()) {
            warnings.accept("coordinates not in " + (coordinatesFile == null ? "the motion" : coordinatesFile)
                    + " are held at their default values: " + String.join(", ", missing));
        }
        int n = multibody.numCoordinates();
        double[][] values = new double[n][];
        TimeSeries table = filtered(coordinates, columnOf, lowpassCutoff);
        double[] allTimes = table.times();
        int present = 0;
        for (int i = 0; i < n; i++) {
            if (columnOf[i] >= 0) {
                values[i] = table.column(present++);
                if (coordinates.inDegrees() && multibody.motionType(i) == MotionType.ROTATIONAL) {
                    for (int r = 0; r < values[i].length; r++) {
                        values[i][r] = Math.toRadians(values[i][r]);
                    }
                }
            }
        }
        CoordinateSplines speeds = null;
        if (allTimes.length > 1) {
            // One row is a static pose (zero speeds); otherwise the speeds come from the splines.
            InverseDynamicsTool.requireSplineRows(allTimes.length, coordinates, coordinatesFile);
            speeds = new CoordinateSplines(allTimes, presentColumns(values));
        }
        TimeSelection.RowRange selected = lowpassCutoff >= 0 ? TimeSelection.select(allTimes, start, end)
                : withinRange(allTimes, start, end);
        double[] time = selected.times(allTimes);
        int rows = time.length;
        List<String> names = new ArrayList<>(model.paths().keySet());
        List<GeometryPath> paths = new ArrayList<>(model.paths().values());
        int m = paths.size();
        double[][] length = new double[m][rows];
        double[][] speed = new double[m][rows];
        double[][][] arm = new double[n][m][rows];
        WrapState[][] memory = new WrapState[m][];
        for (int k = 0; k < m; k++) {
            memory[k] = paths.get(k).newWrapStates();
        }
        Kinematics pose = new Kinematics(multibody);
        MomentArmSolver solver = new MomentArmSolver(multibody, model.couplers());
        double[] q = new double[n];
        double[] u = new double[n];
        double[] f = new double[n];
        double[] overridden = new double[n];
        for (int r = 0; r < rows; r++) {
            state(values, speeds, time[r], selected.first() + r, q, u, overridden);
            pose.realizePosition(q);
            for (int k = 0; k < m; k++) {
                CurrentPath path = paths.get(k).compute(pose, q, memory[k]);
                length[k][r] = path.length();
                solver.unitTensionForces(path, q, f);
                double power = 0;
                for (int i = 0; i < n; i++) {
                    arm[i][k][r] = solver.momentArm(i, q, f);
                    power += f[i] * u[i];
                }
                speed[k][r] = -power;
            }
        }
        for (CoordinateCoupler c : model.couplers()) {
            if (overridden[c.dependent()] > 1e-6) {
                warnings.accept(String.format(java.util.Locale.ROOT, "%s in the motion differs from the value its "
                        + "coordinate coupler gives (by up to %.4g); the coupler's value is used, as OpenSim's "
                        + "assembly does", multibody.coordinates().get(c.dependent()).name(),
                        overridden[c.dependent()]));
            }
        }
        Map<String, Storage> arms = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String c = multibody.coordinates().get(i).name();
            arms.put(c, Storage.of("MomentArm_" + c, false, names, time, arm[i]));
        }
        return new Result(Storage.of("Length", false, names, time, length),
                Storage.of("LengtheningSpeed", false, names, time, speed), arms);
    }

    /**
     * Fills q and u at row r: values from the table, defaults, and coupled coordinates assembled;
     * records in {@code overridden} the largest change assembly made to a given dependent coordinate.
     */
    private void state(double[][] values, CoordinateSplines speeds, double t, int r, double[] q, double[] u,
            double[] overridden) {
        double[] defaults = multibody.defaultPositions();
        int k = 0;
        for (int i = 0; i < q.length; i++) {
            if (values[i] != null) {
                q[i] = values[i][r];
                u[i] = speeds == null ? 0 : speeds.speed(k, t);
                k++;
            } else {
                q[i] = defaults[i];
                u[i] = 0;
            }
        }
        for (CoordinateCoupler c : model.couplers()) {
            double assembled = c.scale() * c.function().value(q[c.independent()]);
            if (values[c.dependent()] != null) {
                overridden[c.dependent()] = Math.max(overridden[c.dependent()], Math.abs(q[c.dependent()] - assembled));
            }
            q[c.dependent()] = assembled;
            u[c.dependent()] = c.slope(q) * u[c.independent()];
        }
    }

    private static TimeSeries filtered(Storage coordinates, int[] columnOf, double lowpassCutoff) {
        List<double[]> given = new ArrayList<>();
        for (int c : columnOf) {
            if (c >= 0) {
                given.add(coordinates.column(c));
            }
        }
        return CoordinateLowpass.applyIfEnabled(new TimeSeries(coordinates.time(), given.toArray(new double[0][])),
                lowpassCutoff);
    }

    /** @return the rows whose time lies in [start, end] */
    private static TimeSelection.RowRange withinRange(double[] time, double start, double end) {
        int first = 0;
        while (first < time.length && time[first] < start) {
            first++;
        }
        int last = time.length - 1;
        while (last >= first && time[last] > end) {
            last--;
        }
        if (last < first) {
            throw new org.neuromsk.error.NeuroMskException("no frame of the motion lies between " + start + " and "
                    + end + " s");
        }
        return new TimeSelection.RowRange(first, last);
    }

    private static double[][] presentColumns(double[][] values) {
        List<double[]> present = new ArrayList<>();
        for (double[] v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        return present.toArray(new double[0][]);
    }
}

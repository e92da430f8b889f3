package org.neuromsk.engine.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.InverseDynamics;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.signal.CoordinateLowpass;
import org.neuromsk.engine.signal.CoordinateSplines;
import org.neuromsk.engine.signal.TimeSelection;
import org.neuromsk.engine.signal.TimeSeries;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * OpenSim's InverseDynamicsTool on the embedded engine (see the package description for the steps).
 * A tool instance is bound to one model and reused across motions; it is not thread-safe.
 */
public final class InverseDynamicsTool {

    /** Name OpenSim gives the output table. */
    public static final String OUTPUT_NAME = "Inverse Dynamics Generalized Forces";

    /**
     * Options of a run.
     *
     * @param lowpassCutoff low-pass cut-off for the coordinates (Hz); negative disables filtering
     * @param start first time to report (s); -infinity for the start of the data
     * @param end last time to report (s); +infinity for the end of the data
     * @param excludedForces OpenSim's forces_to_exclude entries
     */
    public record Settings(double lowpassCutoff, double start, double end, List<String> excludedForces) {
        /** Freezes the list. */
        public Settings {
            excludedForces = List.copyOf(excludedForces);
        }
    }

    private final Model model;
    private final MultibodyModel multibody;
    private final InverseDynamics dynamics;
    private final Kinematics pose;
    private final AppliedForces applied;

    /** @param model the model */
    public InverseDynamicsTool(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.multibody = model.multibody();
        this.dynamics = new InverseDynamics(multibody);
        this.pose = new Kinematics(multibody);
        this.applied = new AppliedForces(multibody);
    }

    /**
     * @param coordinates the motion (coordinate names or state paths as labels)
     * @param coordinatesFile where it came from, for messages (may be null)
     * @param loads external loads
     * @param settings filter, time range and excluded forces
     * @param warnings receives one-line notes (e.g. coordinates held at their default value)
     * @return generalized forces in multibody-tree order
     */
    public Storage run(Storage coordinates, Path coordinatesFile, List<ExternalForce> loads, Settings settings,
            Consumer<String> warnings) {
        ForceExclusion.requireZeroAtZeroControl(model, ForceExclusion.remaining(model, settings.excludedForces()));
        CoordinateColumns columns = CoordinateColumns.map(multibody, coordinates, coordinatesFile);
        if (!columns.missing().isEmpty()) {
            warnings.accept("coordinates not in " + (coordinatesFile == null ? "the motion" : coordinatesFile)
                    + " are held at their default values: " + String.join(", ", columns.missing()));
        }
        int[] columnOf = columns.columnOfCoordinate();
        List<Integer> given = new ArrayList<>();
        for (int i = 0; i < columnOf.length; i++) {
            if (columnOf[i] >= 0) {
                given.add(i);
            }
        }
        double[][] raw = new double[given.size()][];
        for (int k = 0; k < raw.length; k++) {
            raw[k] = coordinates.column(columnOf[given.get(k)]);
        }
        TimeSeries prepared = CoordinateLowpass.applyIfEnabled(new TimeSeries(coordinates.time(), raw),
                settings.lowpassCutoff());
        double[][] values = prepared.columns();
        if (coordinates.inDegrees()) {
            for (int k = 0; k < values.length; k++) {
                if (multibody.motionType(given.get(k)) == MotionType.ROTATIONAL) {
                    for (int r = 0; r < values[k].length; r++) {
                        values[k][r] = Math.toRadians(values[k][r]);
                    }
                }
            }
        }
        requireSplineRows(prepared.times().length, coordinates, coordinatesFile);
        CoordinateSplines splines = new CoordinateSplines(prepared.times(), values);
        TimeSelection.RowRange rows = TimeSelection.select(prepared.times(), settings.start(), settings.end());
        double[] times = rows.times(prepared.times());
        return solveAll(times, given, splines, loads);
    }

    /**
     * The quintic coordinate splines need at least 3 rows (OpenSim's need 6); fewer is a problem of the file.
     *
     * @param splineRows rows the splines would be fitted to (after any padding by the low-pass filter)
     */
    static void requireSplineRows(int splineRows, Storage coordinates, Path coordinatesFile) {
        if (splineRows < 3) {
            throw new FileFormatException(coordinatesFile, 0, "the coordinates need at least 3 rows, found "
                    + coordinates.rowCount());
        }
    }

    private Storage solveAll(double[] times, List<Integer> given, CoordinateSplines splines,
            List<ExternalForce> loads) {
        int n = multibody.numCoordinates();
        double[][] out = new double[n][times.length];
        double[] q = multibody.defaultPositions();
        double[] u = new double[n];
        double[] udot = new double[n];
        double[] qk = new double[given.size()];
        double[] uk = new double[given.size()];
        double[] ak = new double[given.size()];
        double[] tau = new double[n];
        for (int r = 0; r < times.length; r++) {
            double t = times[r];
            splines.evaluate(t, qk, uk, ak);
            for (int k = 0; k < qk.length; k++) {
                int i = given.get(k);
                q[i] = qk[k];
                u[i] = uk[k];
                udot[i] = ak[k];
            }
            applied.clear();
            if (!loads.isEmpty()) {
                pose.realizePosition(q);
                for (ExternalForce load : loads) {
                    load.apply(t, pose, applied);
                }
            }
            dynamics.solve(q, u, udot, model.gravity(), applied, tau);
            for (int i = 0; i < n; i++) {
                out[i][r] = tau[i];
            }
        }
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String suffix = multibody.motionType(i) == MotionType.ROTATIONAL ? "_moment" : "_force";
            labels.add(multibody.coordinates().get(i).name() + suffix);
        }
        return Storage.of(OUTPUT_NAME, false, labels, times, out);
    }
}

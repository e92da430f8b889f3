package org.neuromsk.pipeline.forward;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.io.storage.Storage;

/**
 * Simulated vs input coordinates, per free coordinate, at the input's times up to the time the
 * simulation reached (the simulated state linear between its recorded times).
 */
public final class KinematicsComparison {

    /** Drift threshold for rotational coordinates (deg). */
    public static final double DRIFT_DEG = 5;
    /** Drift threshold for translational coordinates (m). */
    public static final double DRIFT_M = 0.05;

    /**
     * One coordinate's comparison. Rotational values in degrees, translational in metres.
     *
     * @param coordinate its name
     * @param rotational whether it is an angle
     * @param time compared times (s)
     * @param input input values (deg or m)
     * @param simulated simulated values (deg or m)
     * @param rms RMS error (deg or m)
     * @param maxAbs largest absolute error (deg or m)
     * @param driftTime first time the error exceeds 5° (5 cm), NaN if never (s)
     */
    public record CoordinateError(String coordinate, boolean rotational, double[] time, double[] input,
            double[] simulated, double rms, double maxAbs, double driftTime) {
    }

    private KinematicsComparison() {
    }

    /**
     * @param model the simulated model
     * @param reference the input motion's states
     * @param states simulated states (OpenSim 4 names)
     * @return one comparison per free coordinate; a coupler's dependent coordinate is left out (it follows
     *     its independent coordinate, which is compared, and its value may be neither an angle nor a length)
     */
    public static List<CoordinateError> compare(ForwardModel model, AnalyzeStates reference, Storage states) {
        List<CoordinateError> out = new ArrayList<>();
        List<String> names = model.stateNames();
        int n = model.coordinateCount();
        double end = states.endTime();
        for (int i = 0; i < n; i++) {
            if (model.isLocked(i) || model.isDependent(i)) {
                continue;
            }
            String coordinate = model.model().multibody().coordinates().get(i).name();
            int column = -1;
            for (int c = 0; c < names.size(); c++) {
                if (names.get(c).endsWith("/" + coordinate + "/value")) {
                    column = c;
                    break;
                }
            }
            boolean rotational = model.model().multibody().motionType(i) == MotionType.ROTATIONAL;
            double scale = rotational ? Math.toDegrees(1) : 1;
            double threshold = rotational ? DRIFT_DEG : DRIFT_M;
            double[] simTime = states.time();
            double[] simValue = states.column(column);
            List<double[]> rows = new ArrayList<>();
            for (int r = 0; r < reference.rowCount(); r++) {
                double t = reference.time(r);
                if (t < simTime[0] - 1e-12 || t > end + 1e-12) {
                    continue;
                }
                rows.add(new double[] {t, reference.positions(r)[i] * scale, interpolate(simTime, simValue, t) * scale});
            }
            double[] time = new double[rows.size()];
            double[] input = new double[rows.size()];
            double[] simulated = new double[rows.size()];
            double sum = 0;
            double max = 0;
            double drift = Double.NaN;
            for (int k = 0; k < rows.size(); k++) {
                time[k] = rows.get(k)[0];
                input[k] = rows.get(k)[1];
                simulated[k] = rows.get(k)[2];
                double e = Math.abs(simulated[k] - input[k]);
                sum += e * e;
                max = Math.max(max, e);
                if (Double.isNaN(drift) && e > threshold) {
                    drift = time[k];
                }
            }
            out.add(new CoordinateError(coordinate, rotational, time, input, simulated,
                    rows.isEmpty() ? Double.NaN : Math.sqrt(sum / rows.size()), max, drift));
        }
        return out;
    }

    /**
     * @param time increasing times
     * @param value values
     * @param t a time
     * @return the value at t, linear between samples, held beyond the ends
     */
    public static double interpolate(double[] time, double[] value, double t) {
        if (t <= time[0]) {
            return value[0];
        }
        int last = time.length - 1;
        if (t >= time[last]) {
            return value[last];
        }
        int lo = 0;
        int hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double w = (t - time[lo]) / (time[hi] - time[lo]);
        return value[lo] + w * (value[hi] - value[lo]);
    }
}

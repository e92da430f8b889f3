package org.neuromsk.validation.forward;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.MotionType;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * Compares our forward-simulation tables with OpenSim's at OpenSim's times. The two integrators
 * step differently, so our trajectory is interpolated linearly at each reference time (the
 * interpolation error, of order h²·|ẍ|/8 for our steps h of about 5 ms, is part of what is
 * measured and stays far below the tolerances).
 *
 * <p>Tolerances (the issue's, over the whole simulated interval):
 * <ul>
 * <li>rotational coordinate values: RMS ≤ 0.5°, max ≤ 1°; translational: RMS ≤ 0.5 mm, max ≤ 1 mm;</li>
 * <li>activations: RMS ≤ 0.01;</li>
 * <li>fibre lengths: RMS ≤ 0.5 mm;</li>
 * <li>coordinate speeds (not bounded by the issue; a loose check that the motion is the same):
 * RMS ≤ 5 deg/s or 5 mm/s;</li>
 * <li>controls (the same control functions sampled at other times): RMS ≤ 0.001.</li>
 * </ul>
 */
public final class StateComparison {

    private static final double RAD_TO_DEG = 180.0 / Math.PI;

    private StateComparison() {
    }

    /**
     * @param actual our table (radians)
     * @param expected OpenSim's table (radians)
     * @param coordinates the model's coordinates (which are rotational)
     * @return one error per reference column, in reference order
     * @throws NeuroMskException if a reference column is missing or a reference time lies outside ours
     */
    public static List<StateError> compare(Storage actual, Storage expected, List<CoordinateInfo> coordinates) {
        Set<String> rotational = new java.util.HashSet<>();
        for (CoordinateInfo c : coordinates) {
            if (c.motionType() == MotionType.ROTATIONAL) {
                rotational.add(c.name());
            }
        }
        List<StateError> out = new ArrayList<>();
        for (String label : expected.labels()) {
            if (!actual.hasColumn(label)) {
                throw new NeuroMskException("our results have no column '" + label + "'");
            }
            double[] ours = interpolate(actual, label, expected.time());
            double[] theirs = expected.column(label);
            Rule rule = rule(label, rotational);
            double sum = 0;
            double max = 0;
            for (int r = 0; r < theirs.length; r++) {
                double d = Math.abs(ours[r] - theirs[r]) * rule.scale;
                sum += d * d;
                max = Math.max(max, d);
            }
            out.add(new StateError(label, rule.unit, Math.sqrt(sum / theirs.length), max, rule.rms, rule.max));
        }
        return out;
    }

    private record Rule(double scale, String unit, double rms, double max) {
    }

    private static Rule rule(String label, Set<String> rotational) {
        String[] parts = label.split("/");
        if (label.startsWith("/jointset/") && parts.length == 5) {
            boolean rot = rotational.contains(parts[3]);
            if (label.endsWith("/value")) {
                return rot ? new Rule(RAD_TO_DEG, "deg", 0.5, 1.0) : new Rule(1000, "mm", 0.5, 1.0);
            }
            return rot ? new Rule(RAD_TO_DEG, "deg/s", 5, Double.POSITIVE_INFINITY)
                    : new Rule(1000, "mm/s", 5, Double.POSITIVE_INFINITY);
        }
        if (label.endsWith("/activation")) {
            return new Rule(1, "-", 0.01, Double.POSITIVE_INFINITY);
        }
        if (label.endsWith("/fiber_length")) {
            return new Rule(1000, "mm", 0.5, Double.POSITIVE_INFINITY);
        }
        return new Rule(1, "-", 0.001, Double.POSITIVE_INFINITY);
    }

    /** Our column linearly interpolated at the given times. */
    static double[] interpolate(Storage table, String label, double[] at) {
        double[] t = table.time();
        double[] x = table.column(label);
        if (t.length < 2) {
            throw new NeuroMskException("our results have " + t.length + " row(s); at least 2 are needed");
        }
        double[] out = new double[at.length];
        int k = 0;
        for (int r = 0; r < at.length; r++) {
            double s = at[r];
            if (s < t[0] - 1e-9 || s > t[t.length - 1] + 1e-9) {
                throw new NeuroMskException("reference time " + s + " s lies outside our results (" + t[0] + " to "
                        + t[t.length - 1] + " s)");
            }
            while (k + 2 < t.length && t[k + 1] < s) {
                k++;
            }
            int i = Math.min(k, t.length - 2);
            double w = Math.max(0, Math.min(1, (s - t[i]) / (t[i + 1] - t[i])));
            out[r] = x[i] + w * (x[i + 1] - x[i]);
        }
        return out;
    }
}

package org.neuromsk.cli;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.io.storage.Storage;

/**
 * The difference between two backends' tables, column by column: other minus reference at the
 * reference's times (the other table linearly interpolated where its times differ, as for adaptive
 * integrator steps; reference rows outside the other table's time span are left out).
 *
 * @param quantity what the table holds, e.g. {@code inverse dynamics}
 * @param column the column label
 * @param rows rows compared
 * @param rms root-mean-square difference (column units)
 * @param max largest absolute difference (column units)
 * @param peak largest absolute reference value (column units)
 */
record TableDifference(String quantity, String column, int rows, double rms, double max, double peak) {

    /**
     * @param quantity what the tables hold
     * @param reference the reference table (OpenSim)
     * @param other the other table
     * @return one difference per column the two tables share, in the reference's order
     */
    static List<TableDifference> compare(String quantity, Storage reference, Storage other) {
        List<TableDifference> out = new ArrayList<>();
        double[] t = reference.time();
        double[] ot = other.time();
        for (String label : reference.labels()) {
            if (!other.hasColumn(label)) {
                continue;
            }
            double[] ref = reference.column(label);
            double[] oth = other.column(label);
            double sum = 0;
            double max = 0;
            double peak = 0;
            int n = 0;
            for (int r = 0; r < t.length; r++) {
                if (ot.length == 0 || t[r] < ot[0] - 1e-9 || t[r] > ot[ot.length - 1] + 1e-9) {
                    continue;
                }
                double d = Math.abs(interpolate(ot, oth, t[r]) - ref[r]);
                sum += d * d;
                max = Math.max(max, d);
                peak = Math.max(peak, Math.abs(ref[r]));
                n++;
            }
            out.add(new TableDifference(quantity, label, n, n == 0 ? Double.NaN : Math.sqrt(sum / n), max, peak));
        }
        return out;
    }

    private static double interpolate(double[] time, double[] value, double t) {
        int hi = java.util.Arrays.binarySearch(time, t);
        if (hi >= 0) {
            return value[hi];
        }
        hi = -hi - 1;
        if (hi == 0) {
            return value[0];
        }
        if (hi >= time.length) {
            return value[time.length - 1];
        }
        if (t - time[hi - 1] < 1e-9) {
            return value[hi - 1];
        }
        if (time[hi] - t < 1e-9) {
            return value[hi];
        }
        double w = (t - time[hi - 1]) / (time[hi] - time[hi - 1]);
        return value[hi - 1] + w * (value[hi] - value[hi - 1]);
    }
}

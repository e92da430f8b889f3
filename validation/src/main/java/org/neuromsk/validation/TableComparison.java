package org.neuromsk.validation;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * Compares a result table with a reference table column by column, on the reference's rows. Each
 * reference time must have a result row at the same time (within {@value #TIME_TOLERANCE} s):
 * reproducing OpenSim includes reproducing which times it reports.
 *
 * @param columns per-column errors, in reference order
 * @param rows number of rows compared
 */
public record TableComparison(List<ColumnError> columns, int rows) {

    /** Largest time difference (s) for two rows to count as the same time. */
    public static final double TIME_TOLERANCE = 1e-6;

    /**
     * A tolerance rule: RMS error ≤ max(fraction × peak |reference|, floor).
     *
     * @param fractionOfPeak allowed RMS error as a fraction of the column's peak
     * @param floor allowed RMS error in column units whatever the peak
     */
    public record Tolerance(double fractionOfPeak, double floor) {
        /** @param peak the column's peak |value| @return the allowed RMS error */
        public double allowed(double peak) {
            return Math.max(fractionOfPeak * peak, floor);
        }
    }

    /** @return whether every column passes */
    public boolean passes() {
        return columns.stream().allMatch(ColumnError::passes);
    }

    /** @return the columns that fail */
    public List<ColumnError> failures() {
        return columns.stream().filter(c -> !c.passes()).toList();
    }

    /**
     * @param actual our result
     * @param expected the reference
     * @param tolerance the rule per column
     * @return the comparison
     * @throws NeuroMskException if a reference column or time is missing from the result
     */
    public static TableComparison compare(Storage actual, Storage expected, Tolerance tolerance) {
        int[] rowOf = new int[expected.rowCount()];
        int a = 0;
        for (int r = 0; r < expected.rowCount(); r++) {
            double t = expected.time(r);
            while (a < actual.rowCount() && actual.time(a) < t - TIME_TOLERANCE) {
                a++;
            }
            if (a >= actual.rowCount() || Math.abs(actual.time(a) - t) > TIME_TOLERANCE) {
                throw new NeuroMskException("result has no row at reference time " + t + " s");
            }
            rowOf[r] = a;
        }
        List<ColumnError> out = new ArrayList<>();
        for (String label : expected.labels()) {
            if (!actual.hasColumn(label)) {
                throw new NeuroMskException("result has no column '" + label + "'");
            }
            double[] e = expected.column(label);
            double[] x = actual.column(label);
            double sum = 0;
            double max = 0;
            double peak = 0;
            for (int r = 0; r < e.length; r++) {
                double d = Math.abs(x[rowOf[r]] - e[r]);
                sum += d * d;
                max = Math.max(max, d);
                peak = Math.max(peak, Math.abs(e[r]));
            }
            double rms = Math.sqrt(sum / e.length);
            out.add(new ColumnError(label, rms, max, peak, tolerance.allowed(peak)));
        }
        return new TableComparison(List.copyOf(out), expected.rowCount());
    }
}

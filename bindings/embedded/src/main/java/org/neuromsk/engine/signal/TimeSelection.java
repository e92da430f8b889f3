package org.neuromsk.engine.signal;

/**
 * Which rows of the (padded, resampled) coordinate table the InverseDynamicsTool reports: with
 * t_start = max(first time, range start) and t_end = min(last time, range end), the rows from
 * index(t_start) to index(t_end) inclusive, where index(t) is the last row whose time is ≤ t (0 if
 * none), OpenSim's {@code Storage::findIndex}. This is why filtered results start slightly before
 * the requested time (e.g. −2e-7 s).
 */
public final class TimeSelection {

    /**
     * An inclusive row range; empty when {@code last < first}.
     *
     * @param first first row
     * @param last last row (inclusive)
     */
    public record RowRange(int first, int last) {

        /** @return the number of rows (0 when empty) */
        public int count() {
            return Math.max(0, last - first + 1);
        }

        /**
         * @param time the table's time column (s)
         * @return the selected times (s)
         */
        public double[] times(double[] time) {
            double[] out = new double[count()];
            System.arraycopy(time, first, out, 0, out.length);
            return out;
        }
    }

    private TimeSelection() {
    }

    /**
     * @param time times (s), non-decreasing, at least one
     * @param t query time (s)
     * @return the last row with time ≤ t, or 0 when every time is after t
     */
    public static int indexAtOrBefore(double[] time, double t) {
        int i = 0;
        while (i < time.length && !(t < time[i])) {
            i++;
        }
        return Math.max(0, i - 1);
    }

    /**
     * @param time the table's time column (s), at least one row
     * @param rangeStart requested start (s); −∞ for none
     * @param rangeEnd requested end (s); +∞ for none
     * @return the rows the tool reports
     */
    public static RowRange select(double[] time, double rangeStart, double rangeEnd) {
        double first = time[0];
        double last = time[time.length - 1];
        double start = first > rangeStart ? first : rangeStart;
        double end = last < rangeEnd ? last : rangeEnd;
        return new RowRange(indexAtOrBefore(time, start), indexAtOrBefore(time, end));
    }
}

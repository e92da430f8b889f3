package org.neuromsk.engine.signal;

import org.neuromsk.error.NeuroMskException;

/**
 * An immutable table of samples: a time column (s) and data columns of the same length, stored
 * column-major ({@code columns[c][row]}). Arrays are copied in and out.
 */
public final class TimeSeries {

    private final double[] time;
    private final double[][] columns;

    /**
     * @param time sample times (s), one per row
     * @param columns data columns, each as long as {@code time}; may be empty
     * @throws NeuroMskException when a column's length differs from the time column's
     */
    public TimeSeries(double[] time, double[][] columns) {
        if (time == null || columns == null) {
            throw new NeuroMskException("TimeSeries: time and columns must not be null");
        }
        this.time = time.clone();
        this.columns = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == null || columns[c].length != time.length) {
                throw new NeuroMskException("TimeSeries: column " + c + " has "
                        + (columns[c] == null ? "no" : String.valueOf(columns[c].length)) + " values but there are "
                        + time.length + " times");
            }
            this.columns[c] = columns[c].clone();
        }
    }

    /** @return the number of rows (samples) */
    public int rowCount() {
        return time.length;
    }

    /** @return the number of data columns (time excluded) */
    public int columnCount() {
        return columns.length;
    }

    /** @return the time of one row (s) */
    public double time(int row) {
        return time[row];
    }

    /** @return one data value */
    public double value(int column, int row) {
        return columns[column][row];
    }

    /** @return a copy of the time column (s) */
    public double[] times() {
        return time.clone();
    }

    /** @return a copy of one data column */
    public double[] column(int column) {
        return columns[column].clone();
    }

    /** @return a copy of all data columns, {@code [column][row]} */
    public double[][] columns() {
        double[][] copy = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            copy[c] = columns[c].clone();
        }
        return copy;
    }
}

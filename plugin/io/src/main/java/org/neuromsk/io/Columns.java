package org.neuromsk.io;

import java.util.List;

/**
 * Helpers on column-major sample tables, the layout of every table of this module: a column is a
 * {@code double[]} indexed by row, a table's data is {@code double[column][row]}, and the time column
 * (s) is kept apart from the data columns.
 */
public final class Columns {

    private Columns() {
    }

    /**
     * @param columns {@code columns[c][row]}
     * @return a copy whose column arrays are copies too (nothing shared with the argument)
     */
    public static double[][] deepCopy(double[][] columns) {
        double[][] copy = new double[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            copy[i] = columns[i].clone();
        }
        return copy;
    }

    /**
     * One column of rows read from a file.
     *
     * @param rows the rows, each at least {@code index + 1} long
     * @param index which entry of each row
     * @return {@code rows.get(r)[index]} for every row r
     */
    public static double[] column(List<double[]> rows, int index) {
        double[] column = new double[rows.size()];
        for (int r = 0; r < column.length; r++) {
            column[r] = rows.get(r)[index];
        }
        return column;
    }

    /**
     * Consecutive columns of rows read from a file, e.g. the data columns after a leading time entry.
     *
     * @param rows the rows, each at least {@code first + count} long
     * @param first entry of each row that becomes column 0
     * @param count number of columns
     * @return {@code columns[c][r] = rows.get(r)[first + c]}
     */
    public static double[][] columns(List<double[]> rows, int first, int count) {
        double[][] columns = new double[count][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            for (int c = 0; c < count; c++) {
                columns[c][r] = row[first + c];
            }
        }
        return columns;
    }

    /**
     * Finds where a time column breaks the rule every table of this module keeps: finite times,
     * each later than the one before.
     *
     * @param time times (s)
     * @return the first row whose time is not finite or not after the previous row's, or -1 if none
     */
    public static int firstUnorderedTime(double[] time) {
        for (int r = 0; r < time.length; r++) {
            if (!Double.isFinite(time[r]) || (r > 0 && !(time[r] > time[r - 1]))) {
                return r;
            }
        }
        return -1;
    }
}

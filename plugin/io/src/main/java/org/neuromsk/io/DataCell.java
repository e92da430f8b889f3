package org.neuromsk.io;

import java.nio.file.Path;

/**
 * Reading one cell of a table file's data rows, with the messages every reader of this module
 * gives: the column, the cell as written (cut to 40 characters) and the file and line.
 */
public final class DataCell {

    /** Longest cell text quoted whole in a message. */
    private static final int QUOTED_LENGTH = 40;

    private DataCell() {
    }

    /**
     * @param cell a cell or header value as written in a file
     * @return the text for a message: itself, or its first 37 characters and "..." if longer than 40
     */
    public static String shortened(String cell) {
        return cell.length() <= QUOTED_LENGTH ? cell : cell.substring(0, QUOTED_LENGTH - 3) + "...";
    }

    /**
     * @param file the file, for messages
     * @param line the 1-based line of the cell
     * @param column the column's label
     * @param cell the cell text
     * @return its value, finite
     * @throws FileFormatException if the cell is not a number, or is NaN or infinite; the message names
     *     the column as {@code column 'label'}
     */
    public static double finite(Path file, int line, String column, String cell) {
        return finiteAt(file, line, "column '" + column + "'", cell);
    }

    /**
     * @param file the file, for messages
     * @param line the 1-based line of the cell
     * @param column the column's label
     * @param index the column's 0-based position in the row
     * @param cell the cell text
     * @return its value, finite
     * @throws FileFormatException if the cell is not a number, or is NaN or infinite; the message names
     *     the column as {@code column 'label' (column index+1)}
     */
    public static double finite(Path file, int line, String column, int index, String cell) {
        return finiteAt(file, line, "column '" + column + "' (column " + (index + 1) + ")", cell);
    }

    private static double finiteAt(Path file, int line, String where, String cell) {
        double value;
        try {
            value = NumberText.parse(cell);
        } catch (NumberFormatException e) {
            throw new FileFormatException(file, line, where + ": \"" + shortened(cell) + "\" is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new FileFormatException(file, line, where + ": \"" + shortened(cell)
                    + "\" is not a finite number (NaN and infinity are not allowed)");
        }
        return value;
    }
}

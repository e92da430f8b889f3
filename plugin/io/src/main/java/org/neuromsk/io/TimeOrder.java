package org.neuromsk.io;

import java.nio.file.Path;

/**
 * Checks, row by row while a table file is read, that its time column increases strictly; when it
 * does not, the message names the offending cell and the line of the previous time. Mutable, one per
 * file read.
 */
public final class TimeOrder {

    private final Path file;
    private double previousTime = Double.NaN;
    /** Line of the previous row, 0 before the first row. */
    private int previousLine;

    /** @param file the file being read, for messages */
    public TimeOrder(Path file) {
        this.file = file;
    }

    /**
     * @param lineNo 1-based line of the row
     * @param cell the time cell as written in the file
     * @param time its value (s)
     * @throws FileFormatException if an earlier row was accepted and {@code time} is not after its time
     */
    public void accept(int lineNo, String cell, double time) {
        if (previousLine > 0 && !(time > previousTime)) {
            throw new FileFormatException(file, lineNo, "time " + cell + " does not increase (previous time "
                    + NumberText.shortest(previousTime) + " on line " + previousLine + ")");
        }
        previousTime = time;
        previousLine = lineNo;
    }
}

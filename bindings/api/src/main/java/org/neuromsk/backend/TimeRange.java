package org.neuromsk.backend;

import org.neuromsk.error.NeuroMskException;

/**
 * A closed time interval; either end may be infinite, meaning "as far as the data go".
 *
 * @param start first time (s)
 * @param end last time (s)
 */
public record TimeRange(double start, double end) {

    /** The whole of the data. */
    public static final TimeRange ALL = new TimeRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Refuses NaN and reversed intervals. */
    public TimeRange {
        if (Double.isNaN(start) || Double.isNaN(end) || start > end) {
            throw new NeuroMskException("invalid time range [" + start + ", " + end + "] s");
        }
    }
}

package org.neuromsk.dataset;

import java.nio.file.Path;
import java.util.Locale;

import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.signal.Interpolation;
import org.neuromsk.signal.Resampler;

/**
 * Puts tables on the kinematics time base: a table sampled at the same times is used as it is,
 * another is linearly interpolated, and one that does not cover the kinematics' time span is refused.
 */
public final class TimeBase {

    /** Times closer than this are the same sample (s). */
    static final double SAME_TIME = 1e-6;

    private TimeBase() {
    }

    /**
     * @param table a table read from {@code file}
     * @param file its file (for messages)
     * @param time the kinematics times (s)
     * @param kinematicsFile the kinematics file (for messages)
     * @return the table's columns at {@code time}
     * @throws FileFormatException naming {@code file} if its times do not cover {@code time} to within
     *     half a kinematics sample
     */
    public static Storage align(Storage table, Path file, double[] time, Path kinematicsFile) {
        double[] own = table.time();
        if (sameTimes(own, time)) {
            return table;
        }
        double step = time.length > 1 ? (time[time.length - 1] - time[0]) / (time.length - 1) : 0;
        double first = time[0];
        double last = time[time.length - 1];
        if (own.length < 2 || own[0] > first + step / 2 || own[own.length - 1] < last - step / 2) {
            throw new FileFormatException(file, 0, String.format(Locale.ROOT,
                    "time base does not match the kinematics: it spans %s to %s s, %s spans %.4f to %.4f s",
                    own.length == 0 ? "-" : fmt(own[0]), own.length == 0 ? "-" : fmt(own[own.length - 1]),
                    kinematicsFile == null ? "the kinematics" : kinematicsFile.getFileName(), first, last));
        }
        double[] at = new double[time.length];
        for (int r = 0; r < at.length; r++) {
            at[r] = Math.max(own[0], Math.min(own[own.length - 1], time[r]));
        }
        double[][] columns = new double[table.columnCount()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = Resampler.resample(own, table.column(c), at, Interpolation.LINEAR);
        }
        return new Storage(table.name(), table.metadata(), table.textLines(), table.inDegrees(), table.timeLabel(),
                table.labels(), time, columns);
    }

    /**
     * @param a times (s)
     * @param b times (s)
     * @return true if both have the same samples to within {@value #SAME_TIME} s
     */
    public static boolean sameTimes(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > SAME_TIME) {
                return false;
            }
        }
        return true;
    }

    private static String fmt(double t) {
        return String.format(Locale.ROOT, "%.4f", t);
    }
}

package org.neuromsk.estimator.nmm.realdata;

import java.nio.file.Path;

import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;
import org.apache.commons.math3.exception.MathIllegalArgumentException;

import org.neuromsk.engine.signal.ButterworthLowpass;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/** Uniform time grids, linear resampling of file columns onto them, and zero-phase low-pass filtering. */
final class Resampling {

    private Resampling() {
    }

    /**
     * @param from first time (s)
     * @param to last time (s), included when on the grid
     * @param rate frames per second (Hz)
     * @return from, from + 1/rate, … up to {@code to}
     */
    static double[] grid(double from, double to, double rate) {
        int n = (int) Math.floor((to - from) * rate + 1e-9) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from + i / rate;
        }
        return t;
    }

    /**
     * @param table a file's table
     * @param label a column
     * @param file the file, for messages
     * @param times where to sample, inside the table's time span
     * @return the column linearly interpolated at those times
     * @throws FileFormatException if the column is missing or the times leave the table's span
     */
    static double[] linear(Storage table, String label, Path file, double[] times) {
        return linear(table.time(), column(table, label, file), file, times);
    }

    /**
     * @param time sample times (s), strictly increasing
     * @param values samples
     * @param file the file, for messages
     * @param times where to sample, inside [time₀, time_last]
     * @return linear interpolation at those times
     */
    static double[] linear(double[] time, double[] values, Path file, double[] times) {
        if (times[0] < time[0] - 1e-9 || times[times.length - 1] > time[time.length - 1] + 1e-9) {
            throw new FileFormatException(file, 0, "covers " + time[0] + "–" + time[time.length - 1]
                    + " s, not the requested " + times[0] + "–" + times[times.length - 1] + " s");
        }
        try {
            var f = new LinearInterpolator().interpolate(time, values);
            double[] out = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                out[i] = f.value(Math.min(Math.max(times[i], time[0]), time[time.length - 1]));
            }
            return out;
        } catch (MathIllegalArgumentException e) {
            throw new FileFormatException(file, 0, "times are not strictly increasing: " + e.getMessage(), e);
        }
    }

    /**
     * @param table a file's table
     * @param label a column
     * @param file the file, for messages
     * @return the column
     * @throws FileFormatException naming the file and column if it is missing
     */
    static double[] column(Storage table, String label, Path file) {
        if (!table.hasColumn(label)) {
            throw new FileFormatException(file, 0, "no column '" + label + "' (has " + String.join(", ",
                    table.labels()) + ")");
        }
        return table.column(label);
    }

    /**
     * @param values samples at a uniform step
     * @param step the step (s)
     * @param cutoff cut-off frequency (Hz)
     * @return OpenSim's zero-phase Butterworth low-pass (the embedded engine's, as its tools filter
     *     coordinates)
     */
    static double[] lowPass(double[] values, double step, double cutoff) {
        return ButterworthLowpass.design(step, cutoff).filterForwardBackward(values);
    }
}

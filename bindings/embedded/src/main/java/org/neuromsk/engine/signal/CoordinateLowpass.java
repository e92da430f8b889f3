package org.neuromsk.engine.signal;

import org.neuromsk.engine.function.GCVSpline;
import org.neuromsk.error.NeuroMskException;

/**
 * The coordinate low-pass filtering of OpenSim 4.5.2's InverseDynamicsTool
 * ({@code Storage::pad(n/2)} followed by {@code Storage::lowpassIIR(fc)}), on plain arrays:
 * <ol>
 * <li>pad every column, time included, by n/2 rows at each end by odd (point) reflection;</li>
 * <li>if the padded time step is not uniform (average step − smallest step &gt; 2.2e-16), resample
 *     every column at the smallest step with a degree-5 {@link GCVSpline}, at times
 *     t_first, t_first + dt, … formed by repeated addition while t ≤ t_last (the step is enlarged to
 *     span/100000 if that would give more than 100000 steps);</li>
 * <li>filter every data column with {@link ButterworthLowpass} forward and backward at the step
 *     from 2 (the time column itself is not filtered).</li>
 * </ol>
 * A negative cutoff means "no filtering" in the tool; {@link #applyIfEnabled} handles that case.
 */
public final class CoordinateLowpass {

    /** OpenSim's {@code SimTK::Eps}: tolerance of the uniform-step test (s). */
    public static final double UNIFORM_STEP_TOLERANCE = Math.ulp(1.0);
    /** Degree of the resampling spline (natural quintic). */
    public static final int RESAMPLE_DEGREE = 5;
    /** OpenSim's {@code Storage::MAX_RESAMPLE_SIZE}. */
    public static final int MAX_RESAMPLE_STEPS = 100_000;

    /**
     * Result of the pipeline.
     *
     * @param table the padded, possibly resampled, filtered table
     * @param samplingInterval the step used by the filter (s)
     * @param cutoffFrequency the cutoff used (Hz), after OpenSim's 0.49·fs clamp
     * @param resampled whether the padded table was resampled to a uniform step
     */
    public record Result(TimeSeries table, double samplingInterval, double cutoffFrequency, boolean resampled) {
    }

    private CoordinateLowpass() {
    }

    /**
     * The InverseDynamicsTool's behaviour for {@code lowpass_cutoff_frequency_for_coordinates}: a
     * negative cutoff returns the table untouched, otherwise {@link #filter}.
     *
     * @param raw the coordinates as read
     * @param cutoffFrequency fc (Hz); negative disables filtering
     * @return the table to fit splines to
     */
    public static TimeSeries applyIfEnabled(TimeSeries raw, double cutoffFrequency) {
        if (cutoffFrequency < 0) {
            return raw;
        }
        return filter(raw, cutoffFrequency).table();
    }

    /**
     * Pads, resamples if needed, and filters.
     *
     * @param raw coordinates as read (time strictly increasing)
     * @param cutoffFrequency fc (Hz), ≥ 0
     * @return the filtered table and the parameters used
     * @throws NeuroMskException with fewer than 2 rows, times that do not increase, or fewer than 4
     *     rows to filter
     */
    public static Result filter(TimeSeries raw, double cutoffFrequency) {
        if (raw.rowCount() < 2) {
            throw new NeuroMskException("coordinate low-pass: need at least 2 rows, got " + raw.rowCount());
        }
        TimeSeries padded = pad(raw, raw.rowCount() / 2);
        double[] time = padded.times();
        int size = time.length;
        double dtMin = smallestStep(time);
        double avgDt = (time[size - 1] - time[0]) / (size - 1);
        if (dtMin < UNIFORM_STEP_TOLERANCE) {
            throw new NeuroMskException("coordinate low-pass: times must increase, but the smallest step is " + dtMin
                    + " s");
        }
        TimeSeries uniform = padded;
        double dt = dtMin;
        boolean resampled = false;
        if (avgDt - dtMin > UNIFORM_STEP_TOLERANCE) {
            dt = resampleStep(time[0], time[size - 1], dtMin);
            uniform = resample(padded, dt);
            resampled = true;
        }
        if (uniform.rowCount() < 4) {
            throw new NeuroMskException("coordinate low-pass: too few rows to filter (" + uniform.rowCount() + ")");
        }
        ButterworthLowpass filter = ButterworthLowpass.design(dt, cutoffFrequency);
        double[][] columns = new double[uniform.columnCount()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = filter.filterForwardBackward(uniform.column(c));
        }
        return new Result(new TimeSeries(uniform.times(), columns), dt, filter.cutoffFrequency(), resampled);
    }

    /**
     * Odd (point) reflection of every column, time included: the pad rows before the data are
     * 2·y_0 − y_k for k = pad..1 and after it 2·y_{n−1} − y_{n−1−k} for k = 1..pad.
     *
     * @param table the table
     * @param padSize rows added at each end, 0 ≤ padSize &lt; rows
     * @return the padded table
     */
    public static TimeSeries pad(TimeSeries table, int padSize) {
        double[][] columns = new double[table.columnCount()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = padOddReflection(table.column(c), padSize);
        }
        return new TimeSeries(padOddReflection(table.times(), padSize), columns);
    }

    /**
     * OpenSim's {@code Signal::Pad}: odd reflection about the end samples.
     *
     * @param y the samples (n ≥ 1)
     * @param padSize samples added at each end, 0 ≤ padSize &lt; n
     * @return a new array of n + 2·padSize samples
     */
    public static double[] padOddReflection(double[] y, int padSize) {
        int n = y.length;
        if (padSize < 0 || (padSize > 0 && padSize >= n)) {
            throw new NeuroMskException("padding: pad size " + padSize + " must be >= 0 and < the " + n + " samples");
        }
        double[] out = new double[n + 2 * padSize];
        for (int i = 0; i < padSize; i++) {
            out[i] = 2.0 * y[0] - y[padSize - i];
        }
        System.arraycopy(y, 0, out, padSize, n);
        for (int k = 1; k <= padSize; k++) {
            out[padSize + n - 1 + k] = 2.0 * y[n - 1] - y[n - 1 - k];
        }
        return out;
    }

    /** @return the smallest difference between consecutive times (s); +∞ for fewer than 2 */
    public static double smallestStep(double[] time) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 1; i < time.length; i++) {
            double dt = time[i] - time[i - 1];
            if (dt < min) {
                min = dt;
            }
        }
        return min;
    }

    /** OpenSim's cap: at most {@link #MAX_RESAMPLE_STEPS} steps over the time span. */
    static double resampleStep(double first, double last, double dt) {
        if ((last - first) / dt > MAX_RESAMPLE_STEPS) {
            return (last - first) / MAX_RESAMPLE_STEPS;
        }
        return dt;
    }

    /**
     * OpenSim's {@code Storage::resample(dt, 5)}: fit a degree-5 GCVSpline to every column against time
     * and evaluate it at t_first + k·dt, accumulated by repeated addition, while t ≤ t_last.
     *
     * @param table the table (time strictly increasing, at least 3 rows)
     * @param dt the new step (s), &gt; 0
     * @return the resampled table
     */
    public static TimeSeries resample(TimeSeries table, double dt) {
        if (!(dt > 0)) {
            throw new NeuroMskException("resampling: step must be positive, got " + dt + " s");
        }
        double[] time = table.times();
        double first = time[0];
        double last = time[time.length - 1];
        int count = 0;
        for (double t = first; t <= last; t += dt) {
            count++;
        }
        double[] grid = new double[count];
        int k = 0;
        for (double t = first; t <= last; t += dt) {
            grid[k++] = t;
        }
        double[][] columns = new double[table.columnCount()][count];
        for (int c = 0; c < columns.length; c++) {
            GCVSpline spline = new GCVSpline(RESAMPLE_DEGREE, time, table.column(c));
            for (int i = 0; i < count; i++) {
                columns[c][i] = spline.value(grid[i]);
            }
        }
        return new TimeSeries(grid, columns);
    }
}

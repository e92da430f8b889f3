package org.neuromsk.dataset;

import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * Time-normalised gait cycles: each cycle resampled at {@value #POINTS} points, 0 %, 1 %, … 100 % of
 * its duration (linear interpolation between frames), and their mean and standard deviation per point.
 */
public final class CycleAverages {

    /** Points per time-normalised cycle (0 % to 100 % in steps of 1 %). */
    public static final int POINTS = 101;

    private CycleAverages() {
    }

    /**
     * @param time frame times (s), increasing
     * @param values one value per frame (any unit)
     * @param cycles cycles within the time span
     * @return {@code [cycle][point]}, in the unit of {@code values}
     */
    public static double[][] normalise(double[] time, double[] values, List<GaitCycle> cycles) {
        if (time.length != values.length) {
            throw new NeuroMskException(time.length + " times but " + values.length + " values");
        }
        double[][] out = new double[cycles.size()][POINTS];
        for (int c = 0; c < cycles.size(); c++) {
            GaitCycle cycle = cycles.get(c);
            if (cycle.start() < time[0] - 1e-9 || cycle.end() > time[time.length - 1] + 1e-9) {
                throw new NeuroMskException("gait cycle " + cycle.start() + " to " + cycle.end()
                        + " s lies outside the signal's time span");
            }
            int hint = 0;
            for (int k = 0; k < POINTS; k++) {
                double t = cycle.start() + cycle.duration() * k / (POINTS - 1);
                while (hint + 2 < time.length && time[hint + 1] <= t) {
                    hint++;
                }
                out[c][k] = interpolate(time, values, hint, t);
            }
        }
        return out;
    }

    private static double interpolate(double[] time, double[] values, int i, double t) {
        double t0 = time[i];
        double t1 = time[i + 1];
        double w = Math.max(0, Math.min(1, (t - t0) / (t1 - t0)));
        return values[i] + w * (values[i + 1] - values[i]);
    }

    /**
     * @param cycles {@code [cycle][point]}
     * @return the mean of every point over the cycles
     */
    public static double[] mean(double[][] cycles) {
        requireCycles(cycles);
        double[] m = new double[cycles[0].length];
        for (double[] c : cycles) {
            for (int k = 0; k < m.length; k++) {
                m[k] += c[k];
            }
        }
        for (int k = 0; k < m.length; k++) {
            m[k] /= cycles.length;
        }
        return m;
    }

    /**
     * @param cycles {@code [cycle][point]}
     * @return the sample standard deviation (divisor n − 1) of every point over the cycles; zeros for one cycle
     */
    public static double[] standardDeviation(double[][] cycles) {
        double[] m = mean(cycles);
        double[] s = new double[m.length];
        if (cycles.length < 2) {
            return s;
        }
        for (double[] c : cycles) {
            for (int k = 0; k < m.length; k++) {
                double d = c[k] - m[k];
                s[k] += d * d;
            }
        }
        for (int k = 0; k < s.length; k++) {
            s[k] = Math.sqrt(s[k] / (cycles.length - 1));
        }
        return s;
    }

    /**
     * @param time frame times (s)
     * @param values one value per frame
     * @param cycles the cycles
     * @return the ensemble average (mean of the time-normalised cycles)
     */
    public static double[] ensembleAverage(double[] time, double[] values, List<GaitCycle> cycles) {
        return mean(normalise(time, values, cycles));
    }

    private static void requireCycles(double[][] cycles) {
        if (cycles.length == 0) {
            throw new NeuroMskException("no gait cycles to average");
        }
    }
}

package org.neuromsk.estimator.imu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.signal.Interpolation;
import org.neuromsk.signal.Resampler;

/**
 * One recording on a common time base: IMU frames (inputs) and the EMG envelopes to estimate (targets).
 *
 * @param name the trial's name (e.g. its folder)
 * @param time frame times (s), uniformly spaced
 * @param imuChannels IMU channel names (e.g. {@code thigh_r_imu_acc_x}), the columns of {@code imu}
 * @param imu IMU signals, {@code frames × channels} (m/s² and rad/s)
 * @param muscles muscle names, the columns of {@code envelopes}
 * @param envelopes EMG envelopes, {@code frames × muscles} (normalised, dimensionless)
 */
public record ImuEmgTrial(String name, double[] time, List<String> imuChannels, float[][] imu, List<String> muscles,
        float[][] envelopes) {

    /** Checks the shapes and copies the lists. */
    public ImuEmgTrial {
        imuChannels = List.copyOf(imuChannels);
        muscles = List.copyOf(muscles);
        if (imu.length != time.length || envelopes.length != time.length || time.length < 2) {
            throw new NeuroMskException(name + ": " + time.length + " times, " + imu.length + " IMU frames and "
                    + envelopes.length + " envelope frames (need equal counts ≥ 2)");
        }
    }

    /**
     * Pairs IMU signals with envelopes. When the two tables have the same times the rows are paired
     * directly; otherwise the envelopes are interpolated linearly at the IMU times that lie within the
     * envelope recording.
     *
     * @param name trial name
     * @param imu IMU table (every column is an input channel)
     * @param emg envelope table
     * @param muscles envelope columns to use, or null for all
     * @return the trial
     * @throws NeuroMskException if a muscle is missing or the recordings do not overlap
     */
    public static ImuEmgTrial of(String name, Storage imu, Storage emg, List<String> muscles) {
        List<String> chosen = muscles == null ? emg.labels() : muscles;
        for (String muscle : chosen) {
            if (!emg.hasColumn(muscle)) {
                throw new NeuroMskException(name + ": the EMG table has no column " + muscle + " (has " + emg.labels()
                        + ")");
            }
        }
        double[] imuTime = imu.time();
        double[] emgTime = emg.time();
        int[] rows;
        double[][] targetColumns = new double[chosen.size()][];
        if (sameTimes(imuTime, emgTime)) {
            rows = range(imuTime.length);
            for (int m = 0; m < chosen.size(); m++) {
                targetColumns[m] = emg.column(chosen.get(m));
            }
        } else {
            double slack = 1e-6;
            rows = java.util.stream.IntStream.range(0, imuTime.length)
                    .filter(i -> imuTime[i] >= emgTime[0] - slack && imuTime[i] <= emgTime[emgTime.length - 1] + slack)
                    .toArray();
            if (rows.length < 2) {
                throw new NeuroMskException(name + ": the IMU (" + imuTime[0] + "–" + imuTime[imuTime.length - 1]
                        + " s) and EMG (" + emgTime[0] + "–" + emgTime[emgTime.length - 1] + " s) recordings do not overlap");
            }
            double[] at = Arrays.stream(rows).mapToDouble(i -> imuTime[i]).toArray();
            for (int m = 0; m < chosen.size(); m++) {
                targetColumns[m] = Resampler.resample(emgTime, emg.column(chosen.get(m)), at, Interpolation.LINEAR);
            }
        }
        for (int m = 0; m < chosen.size(); m++) {
            requireVarying(name, chosen.get(m), targetColumns[m]);
        }
        float[][] inputs = new float[rows.length][imu.columnCount()];
        float[][] targets = new float[rows.length][chosen.size()];
        double[] time = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            time[i] = imuTime[rows[i]];
            for (int c = 0; c < imu.columnCount(); c++) {
                inputs[i][c] = (float) imu.value(rows[i], c);
            }
            for (int m = 0; m < chosen.size(); m++) {
                targets[i][m] = (float) targetColumns[m][i];
            }
        }
        return new ImuEmgTrial(name, time, new ArrayList<>(imu.labels()), inputs, chosen, targets);
    }

    /** A constant envelope (a dead or disconnected channel) has no cycles, correlation or peaks to score. */
    private static void requireVarying(String trial, String muscle, double[] envelope) {
        double min = Arrays.stream(envelope).min().orElse(0);
        double max = Arrays.stream(envelope).max().orElse(0);
        if (!(max > min)) {
            throw new NeuroMskException(trial + ": the EMG envelope of " + muscle + " is constant (" + min
                    + ") over the frames used, a dead channel; leave that muscle out");
        }
    }

    /** @return number of frames */
    public int frames() {
        return time.length;
    }

    /** @return frames per second (Hz), from the mean time step */
    public double rate() {
        return (time.length - 1) / (time[time.length - 1] - time[0]);
    }

    /**
     * @param a a frame rate (Hz)
     * @param b another (Hz)
     * @return whether they agree within 1 % (the timing jitter of a recording's mean time step)
     */
    public static boolean sameRate(double a, double b) {
        return Math.abs(a - b) <= 0.01 * Math.max(a, b);
    }

    /**
     * @param from first frame (inclusive)
     * @param to last frame (exclusive)
     * @return the frames in that range
     */
    public ImuEmgTrial slice(int from, int to) {
        return new ImuEmgTrial(name, Arrays.copyOfRange(time, from, to), imuChannels, Arrays.copyOfRange(imu, from, to),
                muscles, Arrays.copyOfRange(envelopes, from, to));
    }

    private static boolean sameTimes(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    private static int[] range(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }
}

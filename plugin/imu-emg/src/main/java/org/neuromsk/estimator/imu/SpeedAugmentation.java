package org.neuromsk.estimator.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * Synthetic walking at other cadences from one recorded trial, so that a network trained on one speed
 * sees how the IMU signals and the envelopes change with speed. The motion is replayed {@code s}
 * times faster (time compressed by {@code s}; the virtual IMUs are synthesised again from it, so
 * angular velocities scale with {@code s} and accelerations with {@code s²}, gravity unchanged) and
 * the envelopes are compressed alike and scaled by {@code s^β}.
 *
 * <p>A replay changes the cadence, not the walking speed: people walk faster mostly by lengthening
 * their steps, step length growing about in proportion to cadence (the constant "walk ratio", Sekiya
 * &amp; Nagasaki 1998, Gait &amp; Posture 7:12–19), so speed grows about as cadence². Hof et al. (2002, Gait
 * &amp; Posture 16:78–86) describe each muscle's walking EMG profile as a constant part plus a part
 * proportional to speed. Taking the whole profile as speed-proportional, the envelope gain of a
 * cadence factor {@code s} is {@code s²}: the default {@code β = 2}. Both laws are assumptions from the
 * literature, not fitted to any trial (one trial holds one speed and cannot tell β); {@code β = 1}
 * treats cadence as speed, {@code β = 0} keeps amplitudes unchanged.
 *
 * @param factors the cadence factors {@code s} (each positive and not 1)
 * @param exponent the amplitude exponent β (≥ 0)
 */
public record SpeedAugmentation(List<Double> factors, double exponent) {

    /** Checks the values and copies the list. */
    public SpeedAugmentation {
        factors = List.copyOf(factors);
        for (double s : factors) {
            if (!(s > 0) || s == 1 || Double.isInfinite(s)) {
                throw new NeuroMskException("speed factors must be positive and not 1, got " + factors);
            }
        }
        if (!(exponent >= 0) || Double.isInfinite(exponent)) {
            throw new NeuroMskException("amplitude exponent must be ≥ 0, got " + exponent);
        }
    }

    /**
     * @return the default: replays at 0.8, 0.9, 1.1 and 1.25 times the recorded cadence, amplitudes
     *     proportional to cadence² (β = 2, about proportional to speed)
     */
    public static SpeedAugmentation defaults() {
        return new SpeedAugmentation(List.of(0.8, 0.9, 1.1, 1.25), 2);
    }

    /** @return no augmentation */
    public static SpeedAugmentation none() {
        return new SpeedAugmentation(List.of(), 1);
    }

    /** @return true when no factor is given */
    public boolean isNone() {
        return factors.isEmpty();
    }

    /**
     * @param name trial name
     * @param coordinates the recorded motion
     * @param coordinatesFile its file (for messages), or null
     * @param emg the recorded envelopes
     * @param muscles envelope columns to use, or null for all
     * @param source IMU synthesis
     * @return the recorded trial first, then one synthetic trial per factor, all at the recording's rate
     */
    public List<ImuEmgTrial> trials(String name, Storage coordinates, Path coordinatesFile, Storage emg,
            List<String> muscles, ImuSource source) {
        double rate = 1 / coordinates.averageTimeStep();
        List<ImuEmgTrial> trials = new ArrayList<>();
        trials.add(ImuEmgTrial.of(name, source.imu(coordinates, coordinatesFile, 0), emg, muscles));
        for (double s : factors) {
            Storage motion = compressed(coordinates, s);
            Storage envelopes = compressed(emg, s);
            double gain = Math.pow(s, exponent);
            double[][] scaled = new double[envelopes.columnCount()][];
            for (int c = 0; c < scaled.length; c++) {
                scaled[c] = envelopes.column(c).clone();
                for (int i = 0; i < scaled[c].length; i++) {
                    scaled[c][i] *= gain;
                }
            }
            Storage imu = source.imu(motion, coordinatesFile, rate);
            trials.add(ImuEmgTrial.of(String.format(Locale.ROOT, "%s×%.2f", name, s), imu,
                    envelopes.withColumns(envelopes.labels(), scaled), muscles));
        }
        return trials;
    }

    /**
     * @param table a time series
     * @param factor speed factor
     * @return the same rows with times {@code t0 + (t − t0) / factor}
     */
    static Storage compressed(Storage table, double factor) {
        double[] time = table.time();
        double t0 = time[0];
        double[] warped = new double[time.length];
        for (int i = 0; i < time.length; i++) {
            warped[i] = t0 + (time[i] - t0) / factor;
        }
        double[][] columns = new double[table.columnCount()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = table.column(c);
        }
        return new Storage(table.name(), table.metadata(), table.textLines(), table.inDegrees(), table.timeLabel(),
                table.labels(), warped, columns);
    }
}

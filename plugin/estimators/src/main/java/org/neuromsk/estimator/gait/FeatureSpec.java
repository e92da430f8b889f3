package org.neuromsk.estimator.gait;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.signal.FiniteDifference;

/**
 * What the network sees at each frame: joint angles (deg), optionally their angular velocities
 * (deg/s) and measured joint moments (N·m), at the frame itself or at several offsets around it, and
 * optionally the gait phase.
 *
 * <p>With {@code standardisePerTrial}, every channel is first z-scored with the mean and standard
 * deviation of the trial being processed (its own inputs only, never its EMG). This removes the
 * offsets and gains by which joint angles differ between speeds, subjects and marker placements, so
 * that a network trained on one walking speed sees the same ranges at another; velocities scaled by
 * their own spread also become nearly independent of cadence.
 *
 * @param angles rotational coordinates, read in degrees
 * @param velocities true to add each angle's time derivative (central differences)
 * @param torques joint-moment columns to add as inputs (empty for kinematics only)
 * @param offsets times relative to the frame at which the channels are sampled (s), e.g. {@code [0]}
 *     for the frame alone; channels are interpolated linearly and held at the trial's ends
 * @param standardisePerTrial z-score each channel with the trial's own statistics
 * @param phase add the sine and cosine of the gait phase ({@link GaitPhase}), once per frame
 */
public record FeatureSpec(List<String> angles, boolean velocities, List<String> torques, double[] offsets,
        boolean standardisePerTrial, boolean phase) {

    /** Checks and copies the fields. */
    public FeatureSpec {
        angles = angles == null ? List.of() : List.copyOf(angles);
        torques = torques == null ? List.of() : List.copyOf(torques);
        offsets = offsets == null || offsets.length == 0 ? new double[] {0} : offsets.clone();
        if (angles.isEmpty()) {
            throw new NeuroMskException("features need at least one angle");
        }
        for (double o : offsets) {
            if (!Double.isFinite(o)) {
                throw new NeuroMskException("window offsets must be finite, got " + o);
            }
        }
    }

    /**
     * @param angles the angles
     * @return the angles at the frame alone, standardised per trial
     */
    public static FeatureSpec instantaneous(List<String> angles) {
        return new FeatureSpec(angles, false, List.of(), new double[] {0}, true, false);
    }

    /** @return names of the per-offset channels: angles, then velocities ({@code <angle>_velocity}), then torques */
    public List<String> channelNames() {
        List<String> names = new ArrayList<>(angles);
        if (velocities) {
            for (String a : angles) {
                names.add(a + "_velocity");
            }
        }
        names.addAll(torques);
        return names;
    }

    /** @return one name per input value: {@code <channel>@<offset>s} (just the channel for a single offset 0) */
    public List<String> inputNames() {
        List<String> channels = channelNames();
        List<String> names = new ArrayList<>();
        if (offsets.length == 1 && offsets[0] == 0) {
            names.addAll(channels);
        } else {
            for (double o : offsets) {
                for (String c : channels) {
                    names.add(String.format(Locale.ROOT, "%s@%+.3fs", c, o));
                }
            }
        }
        if (phase) {
            names.add("gait_phase_sin");
            names.add("gait_phase_cos");
        }
        return names;
    }

    /** @return number of inputs per frame */
    public int inputSize() {
        return channelNames().size() * offsets.length + (phase ? 2 : 0);
    }

    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    /**
     * @param trial a trial (with moments if {@link #torques()} is not empty)
     * @return {@code [frame][input]}, laid out offset after offset, channels within
     */
    public float[][] features(GaitTrial trial) {
        double[] time = trial.time();
        List<double[]> channels = new ArrayList<>();
        double[][] q = trial.anglesDegrees(angles);
        for (double[] a : q) {
            channels.add(a);
        }
        if (velocities) {
            for (double[] a : q) {
                channels.add(FiniteDifference.derivative(time, a));
            }
        }
        if (!torques.isEmpty()) {
            for (double[] t : trial.torques(torques)) {
                channels.add(t);
            }
        }
        if (standardisePerTrial) {
            for (int c = 0; c < channels.size(); c++) {
                channels.set(c, standardise(channels.get(c)));
            }
        }
        int n = time.length;
        int perOffset = channels.size();
        int width = perOffset * offsets.length;
        float[][] out = new float[n][width + (phase ? 2 : 0)];
        for (int k = 0; k < offsets.length; k++) {
            for (int c = 0; c < perOffset; c++) {
                double[] at = sample(time, channels.get(c), offsets[k]);
                for (int r = 0; r < n; r++) {
                    out[r][k * perOffset + c] = (float) at[r];
                }
            }
        }
        if (phase) {
            double[] p = GaitPhase.fromKinematics(trial, angles);
            for (int r = 0; r < n; r++) {
                out[r][width] = (float) Math.sin(2 * Math.PI * p[r]);
                out[r][width + 1] = (float) Math.cos(2 * Math.PI * p[r]);
            }
        }
        return out;
    }


    /** z-score with the population standard deviation; a constant channel becomes zeros. */
    static double[] standardise(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / x.length);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = sd > 0 ? (x[i] - mean) / sd : 0;
        }
        return z;
    }

    /** Values at {@code time + offset}, linear between frames, held at the first and last frame. */
    static double[] sample(double[] time, double[] x, double offset) {
        int n = time.length;
        double[] out = new double[n];
        if (offset == 0) {
            System.arraycopy(x, 0, out, 0, n);
            return out;
        }
        int j = 0;
        for (int r = 0; r < n; r++) {
            double t = time[r] + offset;
            if (t <= time[0]) {
                out[r] = x[0];
            } else if (t >= time[n - 1]) {
                out[r] = x[n - 1];
            } else {
                while (j > 0 && time[j] > t) {
                    j--;
                }
                while (j + 1 < n && time[j + 1] <= t) {
                    j++;
                }
                double w = (t - time[j]) / (time[j + 1] - time[j]);
                out[r] = x[j] + w * (x[j + 1] - x[j]);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureSpec f && angles.equals(f.angles) && velocities == f.velocities
                && torques.equals(f.torques) && java.util.Arrays.equals(offsets, f.offsets)
                && standardisePerTrial == f.standardisePerTrial && phase == f.phase;
    }

    @Override
    public int hashCode() {
        return angles.hashCode() * 31 + java.util.Arrays.hashCode(offsets);
    }

    @Override
    public String toString() {
        return "FeatureSpec[angles=" + angles + ", velocities=" + velocities + ", torques=" + torques + ", offsets="
                + java.util.Arrays.toString(offsets) + ", standardisePerTrial=" + standardisePerTrial + ", phase=" + phase + "]";
    }
}

package org.neuromsk.estimator.gait;

import java.util.Arrays;
import java.util.List;

import org.neuromsk.dataset.GaitEvents;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.error.NeuroMskException;

/**
 * Gait phase (0 at a heel strike, rising linearly to 1 at the next) from the kinematics alone: heel
 * strikes are found in the knee angle ({@link GaitEvents#fromKneeAngle}), so the phase is the same
 * whether or not a trial has force plates. Gaps of about k median cycles (a missed event) are split
 * into k equal cycles; before the first and after the last heel strike the median cycle continues.
 */
public final class GaitPhase {

    /** Shortest time between two heel strikes (s). */
    static final double MIN_CYCLE = 0.4;

    private GaitPhase() {
    }

    /**
     * @param trial a trial
     * @param angles the feature angles; the first one whose name contains {@code knee} is used
     * @return the phase of every frame, in [0, 1)
     */
    public static double[] fromKinematics(GaitTrial trial, List<String> angles) {
        return phase(trial.time(), heelStrikes(trial, angles));
    }

    /**
     * @param trial a trial
     * @param angles the feature angles; the first one whose name contains {@code knee} is used
     * @return the heel-strike times found in that knee angle (s), increasing
     */
    public static double[] heelStrikes(GaitTrial trial, List<String> angles) {
        String knee = angles.stream().filter(a -> a.contains("knee")).findFirst().orElseThrow(
                () -> new NeuroMskException("gait phase needs a knee angle among the inputs " + angles));
        double[] angle = trial.anglesDegrees(List.of(knee))[0];
        double min = Arrays.stream(angle).min().orElse(0);
        double max = Arrays.stream(angle).max().orElse(0);
        boolean flexionNegative = Math.abs(min) > Math.abs(max);
        return GaitEvents.fromKneeAngle(trial.time(), angle, flexionNegative, MIN_CYCLE);
    }

    /**
     * @param time frame times (s)
     * @param heelStrikes heel-strike times (s), increasing
     * @return the phase of every frame, in [0, 1)
     */
    public static double[] phase(double[] time, double[] heelStrikes) {
        if (heelStrikes.length < 2) {
            throw new NeuroMskException("gait phase needs at least two heel strikes, found " + heelStrikes.length);
        }
        double[] gaps = new double[heelStrikes.length - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = heelStrikes[i + 1] - heelStrikes[i];
        }
        double[] sorted = gaps.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double[] out = new double[time.length];
        int e = 0;
        for (int r = 0; r < time.length; r++) {
            double t = time[r];
            double cycles;
            if (t < heelStrikes[0]) {
                cycles = (t - heelStrikes[0]) / median;
            } else if (t >= heelStrikes[heelStrikes.length - 1]) {
                cycles = (t - heelStrikes[heelStrikes.length - 1]) / median;
            } else {
                while (heelStrikes[e + 1] <= t) {
                    e++;
                }
                double gap = heelStrikes[e + 1] - heelStrikes[e];
                long k = Math.max(1, Math.round(gap / median));
                cycles = (t - heelStrikes[e]) / (gap / k);
            }
            out[r] = cycles - Math.floor(cycles);
        }
        return out;
    }
}

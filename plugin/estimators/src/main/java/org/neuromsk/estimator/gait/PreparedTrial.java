package org.neuromsk.estimator.gait;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.dataset.EmgScaling;
import org.neuromsk.dataset.GaitCycles;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.error.NeuroMskException;

/**
 * A trial turned into network inputs and (scaled) EMG and moment targets, frame by frame, with its
 * gait cycles.
 *
 * @param trial the trial
 * @param cycles its accepted gait cycles
 * @param inputs {@code [frame][input]}
 * @param emg scaled EMG {@code [frame][muscle]}, or null without EMG
 * @param scales the scale of each muscle's EMG, or null without EMG
 * @param torques moments {@code [frame][moment]}, or null when none were asked for
 */
record PreparedTrial(GaitTrial trial, GaitCycles cycles, float[][] inputs, float[][] emg,
        List<EmgScaling.Scale> scales, float[][] torques) {

    /**
     * @param trial a trial
     * @param settings the estimator settings
     * @param opensimMuscles EMG columns (OpenSim names), or null to skip EMG
     * @param torqueNames moment columns to read as targets, or an empty list
     * @return the prepared trial
     */
    static PreparedTrial of(GaitTrial trial, GaitEmgSettings settings, List<String> opensimMuscles,
            List<String> torqueNames) {
        GaitCycles cycles = settings.segmentation().segment(trial);
        float[][] inputs = settings.features().features(trial);
        float[][] emg = null;
        List<EmgScaling.Scale> scales = null;
        if (opensimMuscles != null) {
            if (cycles.size() < 2) {
                throw new NeuroMskException("trial " + trial.name() + ": found " + cycles.size()
                        + " gait cycle(s) (" + cycles.method() + "); need at least 2 to scale and validate EMG");
            }
            double[] time = trial.time();
            double[][] raw = trial.emg(opensimMuscles);
            scales = new ArrayList<>();
            double[][] scaled = new double[raw.length][];
            for (int m = 0; m < raw.length; m++) {
                EmgScaling.Scale s;
                try {
                    s = settings.emgScaling().fit(time, raw[m], cycles.cycles(), opensimMuscles.get(m));
                } catch (NeuroMskException e) {
                    throw new NeuroMskException((trial.emgFile() != null ? trial.emgFile().toString()
                            : "trial " + trial.name()) + ": " + e.getMessage(), e);
                }
                scales.add(s);
                scaled[m] = s.apply(raw[m]);
            }
            emg = rows(scaled);
        }
        float[][] torques = torqueNames.isEmpty() ? null : rows(trial.torques(torqueNames));
        return new PreparedTrial(trial, cycles, inputs, emg, scales, torques);
    }

    /**
     * @param validationCycles cycle indices held out
     * @return for each frame, true if it lies in a held-out cycle
     */
    boolean[] validationFrames(java.util.Set<Integer> validationCycles) {
        int[] cycleOf = cycles.cycleOfFrames(trial.time());
        boolean[] held = new boolean[cycleOf.length];
        for (int r = 0; r < held.length; r++) {
            held[r] = cycleOf[r] >= 0 && validationCycles.contains(cycleOf[r]);
        }
        return held;
    }

    static float[][] rows(double[][] columns) {
        int n = columns[0].length;
        float[][] out = new float[n][columns.length];
        for (int c = 0; c < columns.length; c++) {
            for (int r = 0; r < n; r++) {
                out[r][c] = (float) columns[c][r];
            }
        }
        return out;
    }
}

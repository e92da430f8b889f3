package org.neuromsk.training.data;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * Builds windowed samples from time series held as {@code frames × features} arrays. Each input is a
 * {@code [length, features]} block of consecutive frames; its target is the target row at the
 * window's target frame. Windows never cross from one series (trial) into the next.
 */
public final class Windows {

    private Windows() {
    }

    /**
     * @param frames one series' inputs, {@code frames × features}
     * @param targets the same series' targets, {@code frames × targetFeatures}
     * @param spec window length, stride and target frame
     * @param inputNames per-frame input feature names, or null
     * @param targetNames target feature names, or null
     * @return the windows, in time order
     */
    public static SampleSet of(float[][] frames, float[][] targets, WindowSpec spec, List<String> inputNames,
            List<String> targetNames) {
        return ofSeries(List.<float[][]>of(frames), List.<float[][]>of(targets), spec, inputNames, targetNames);
    }

    /**
     * @param frames several series' inputs, each {@code frames × features}
     * @param targets their targets, each {@code frames × targetFeatures}
     * @param spec window length, stride and target frame
     * @param inputNames per-frame input feature names, or null
     * @param targetNames target feature names, or null
     * @return the windows of every series, series after series, each in time order
     * @throws NeuroMskException if a series is shorter than a window or inputs and targets differ in length
     */
    public static SampleSet ofSeries(List<float[][]> frames, List<float[][]> targets, WindowSpec spec,
            List<String> inputNames, List<String> targetNames) {
        if (frames.size() != targets.size() || frames.isEmpty()) {
            throw new NeuroMskException(frames.size() + " input series but " + targets.size() + " target series");
        }
        int features = frames.get(0)[0].length;
        int outputs = targets.get(0)[0].length;
        List<float[]> inputs = new ArrayList<>();
        List<float[]> outs = new ArrayList<>();
        for (int s = 0; s < frames.size(); s++) {
            float[][] series = frames.get(s);
            float[][] target = targets.get(s);
            if (series.length != target.length) {
                throw new NeuroMskException("series " + s + ": " + series.length + " input frames but "
                        + target.length + " target frames");
            }
            if (series.length < spec.length()) {
                throw new NeuroMskException("series " + s + " has " + series.length + " frames, fewer than a window of "
                        + spec.length());
            }
            for (int start = 0; start + spec.length() <= series.length; start += spec.stride()) {
                float[] window = new float[spec.length() * features];
                for (int f = 0; f < spec.length(); f++) {
                    float[] row = series[start + f];
                    if (row.length != features || target[start + f].length != outputs) {
                        throw new NeuroMskException("series " + s + " frame " + (start + f) + " has a different number of values");
                    }
                    System.arraycopy(row, 0, window, f * features, features);
                }
                inputs.add(window);
                outs.add(target[start + spec.targetFrame()]);
            }
        }
        float[] in = new float[inputs.size() * spec.length() * features];
        float[] out = new float[outs.size() * outputs];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, in, i * spec.length() * features, spec.length() * features);
            System.arraycopy(outs.get(i), 0, out, i * outputs, outputs);
        }
        return new SampleSet(in, new int[] {spec.length(), features}, out, new int[] {outputs}, inputNames,
                targetNames);
    }
}

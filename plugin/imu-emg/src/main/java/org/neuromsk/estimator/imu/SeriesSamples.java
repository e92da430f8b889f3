package org.neuromsk.estimator.imu;

import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Predictor;
import org.neuromsk.training.data.SampleSet;

/**
 * Samples cut from time series for networks that estimate the last {@code outputs} frames of an
 * input window of {@code window} frames (1 for a window's end; more for a WaveNet that shares the
 * convolutions of consecutive sliding windows), and whole-series prediction with such networks.
 * Frame {@code t}'s estimate always comes from the window of {@code window − outputs + 1} frames
 * ending at {@code t}.
 */
public final class SeriesSamples {

    private SeriesSamples() {
    }

    /**
     * @param frames inputs, {@code frames × channels}
     * @param targets targets, {@code frames × outputs}
     * @param window input frames per sample
     * @param outputs trailing frames per sample that have targets (1 gives target shape
     *     {@code [targets]}, more {@code [outputs, targets]})
     * @param stride frames between the starts of consecutive samples
     * @param inputNames input channel names
     * @param targetNames target names
     * @return the samples in time order
     */
    public static SampleSet of(float[][] frames, float[][] targets, int window, int outputs, int stride,
            List<String> inputNames, List<String> targetNames) {
        if (outputs < 1 || outputs > window || stride < 1) {
            throw new NeuroMskException("need 1 ≤ outputs ≤ window and stride ≥ 1, got outputs " + outputs + ", window "
                    + window + ", stride " + stride);
        }
        if (frames.length != targets.length || frames.length < window) {
            throw new NeuroMskException(frames.length + " input frames and " + targets.length
                    + " target frames: need equal counts of at least a window (" + window + ")");
        }
        int channels = frames[0].length;
        int width = targets[0].length;
        int count = (frames.length - window) / stride + 1;
        float[] in = new float[count * window * channels];
        float[] out = new float[count * outputs * width];
        for (int s = 0; s < count; s++) {
            int start = s * stride;
            for (int f = 0; f < window; f++) {
                System.arraycopy(frames[start + f], 0, in, (s * window + f) * channels, channels);
            }
            for (int f = 0; f < outputs; f++) {
                System.arraycopy(targets[start + window - outputs + f], 0, out, (s * outputs + f) * width, width);
            }
        }
        int[] targetShape = outputs == 1 ? new int[] {width} : new int[] {outputs, width};
        return new SampleSet(in, new int[] {window, channels}, out, targetShape, inputNames, targetNames);
    }

    /**
     * Estimates every frame from {@code window − outputs} on.
     *
     * @param predictor a model taking {@code [window, channels]} and giving {@code outputs} frames
     * @param frames the series, {@code frames × channels}
     * @param window input frames per sample
     * @param outputs output frames per sample
     * @return estimates for frames {@code window − outputs … frames − 1}, {@code rows × targets}
     */
    public static float[][] predict(Predictor predictor, float[][] frames, int window, int outputs) {
        int first = window - outputs;
        int rows = frames.length - first;
        if (rows < outputs) {
            throw new NeuroMskException("a series of " + frames.length + " frames is shorter than a window of " + window);
        }
        int channels = frames[0].length;
        int count = (rows + outputs - 1) / outputs;
        float[][] inputs = new float[count][window * channels];
        int[] starts = new int[count];
        for (int s = 0; s < count; s++) {
            // the last window ends at the last frame, possibly overlapping the one before
            starts[s] = Math.min(s * outputs, frames.length - window);
            for (int f = 0; f < window; f++) {
                System.arraycopy(frames[starts[s] + f], 0, inputs[s], f * channels, channels);
            }
        }
        float[][] flat = predictor.predict(inputs);
        int width = flat[0].length / outputs;
        float[][] estimates = new float[rows][];
        for (int s = 0; s < count; s++) {
            for (int f = 0; f < outputs; f++) {
                int row = starts[s] + f; // frame first + row is the window's frame window − outputs + f
                estimates[row] = java.util.Arrays.copyOfRange(flat[s], f * width, (f + 1) * width);
            }
        }
        return estimates;
    }
}

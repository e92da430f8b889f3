package org.neuromsk.training;

import java.nio.file.Path;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.data.SampleSet;

/**
 * Runs a trained model on raw inputs and returns raw outputs: inputs are z-scored with the model's
 * input normaliser, passed through the network in evaluation mode (no dropout), and the outputs
 * turned back into target units.
 */
public final class Predictor implements AutoCloseable {

    /** Samples per forward pass, to bound memory on long recordings. */
    static final int CHUNK = 8192;

    private final TrainedModel model;
    private final boolean ownsModel;

    Predictor(TrainedModel model, boolean ownsModel) {
        this.model = model;
        this.ownsModel = ownsModel;
    }

    /**
     * @param dir a model folder
     * @return a predictor that owns the loaded model (closing the predictor frees it)
     * @throws org.neuromsk.io.FileFormatException naming the missing or bad file
     */
    public static Predictor load(Path dir) {
        return new Predictor(ModelDirectory.load(dir), true);
    }

    /**
     * @param inputs one row per sample, each the flattened input sample (raw units)
     * @return one row per sample, the flattened prediction (target units)
     */
    public float[][] predict(float[][] inputs) {
        int width = inputSize();
        float[] flat = new float[inputs.length * width];
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].length != width) {
                throw new NeuroMskException("input row " + i + " has " + inputs[i].length + " values, the model expects "
                        + width);
            }
            System.arraycopy(inputs[i], 0, flat, i * width, width);
        }
        float[] out = predictFlat(flat);
        int outWidth = targetSize();
        float[][] rows = new float[inputs.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = java.util.Arrays.copyOfRange(out, i * outWidth, (i + 1) * outWidth);
        }
        return rows;
    }

    /**
     * @param samples samples whose inputs to use (targets are ignored)
     * @return one row per sample, the flattened prediction (target units)
     */
    public float[][] predict(SampleSet samples) {
        float[] out = predictFlat(samples.inputs());
        int outWidth = targetSize();
        float[][] rows = new float[samples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = java.util.Arrays.copyOfRange(out, i * outWidth, (i + 1) * outWidth);
        }
        return rows;
    }

    /**
     * @param inputs input samples one after the other (raw units)
     * @return predictions one after the other (target units)
     */
    public float[] predictFlat(float[] inputs) {
        int width = inputSize();
        if (inputs.length % width != 0) {
            throw new NeuroMskException(inputs.length + " input values is not a whole number of " + width + "-value samples");
        }
        int count = inputs.length / width;
        float[] z = model.normalisers().inputs().apply(inputs);
        float[] out = new float[count * targetSize()];
        int[] inputShape = model.metadata().inputShape();
        for (int start = 0; start < count; start += CHUNK) {
            int n = Math.min(CHUNK, count - start);
            float[] chunk = java.util.Arrays.copyOfRange(z, start * width, (start + n) * width);
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray x = scope.create(chunk, Batches.shape(n, inputShape));
                NDArray y = model.block().forward(new ParameterStore(scope, false), new NDList(x), false)
                        .singletonOrThrow();
                float[] values = y.toFloatArray();
                System.arraycopy(values, 0, out, start * targetSize(), values.length);
            }
        }
        return model.normalisers().targets().invert(out);
    }

    /** @return values in one (flattened) input sample */
    public int inputSize() {
        return SampleSet.product(model.metadata().inputShape());
    }

    /** @return values in one (flattened) prediction */
    public int targetSize() {
        return SampleSet.product(model.metadata().targetShape());
    }

    /** @return the model */
    public TrainedModel model() {
        return model;
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }
}

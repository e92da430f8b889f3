package org.neuromsk.training.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * Samples held in memory as flat float arrays: {@code size} inputs of shape {@code inputShape} and as
 * many targets of shape {@code targetShape}, row-major, sample after sample. The last axis of each
 * shape is the feature axis; {@code inputNames} and {@code targetNames} name its features (for a
 * window of frames, the per-frame features), in the units of the data they came from.
 *
 * <p>Instances are immutable: the arrays are copied in and never handed out.
 */
public final class SampleSet {

    private final float[] inputs;
    private final float[] targets;
    private final int[] inputShape;
    private final int[] targetShape;
    private final List<String> inputNames;
    private final List<String> targetNames;
    private final int size;

    /**
     * @param inputs all inputs, sample after sample (length {@code size × product(inputShape)})
     * @param inputShape shape of one input sample, e.g. {@code [features]} or {@code [frames, features]}
     * @param targets all targets, sample after sample
     * @param targetShape shape of one target sample
     * @param inputNames names of the input features (last axis), or null for x0, x1, …
     * @param targetNames names of the target features (last axis), or null for y0, y1, …
     * @throws NeuroMskException if lengths, shapes or names disagree, or a value is not finite
     */
    public SampleSet(float[] inputs, int[] inputShape, float[] targets, int[] targetShape,
            List<String> inputNames, List<String> targetNames) {
        this.inputShape = checkShape(inputShape, "input");
        this.targetShape = checkShape(targetShape, "target");
        int inSize = product(inputShape);
        int outSize = product(targetShape);
        if (inputs.length % inSize != 0) {
            throw new NeuroMskException("inputs: " + inputs.length + " values is not a whole number of samples of shape "
                    + Arrays.toString(inputShape));
        }
        this.size = inputs.length / inSize;
        if (targets.length != size * outSize) {
            throw new NeuroMskException("targets: expected " + size * outSize + " values for " + size
                    + " samples of shape " + Arrays.toString(targetShape) + ", found " + targets.length);
        }
        checkFinite(inputs, inSize, "input");
        checkFinite(targets, outSize, "target");
        this.inputs = inputs.clone();
        this.targets = targets.clone();
        this.inputNames = names(inputNames, last(inputShape), "x", "input");
        this.targetNames = names(targetNames, last(targetShape), "y", "target");
    }

    /**
     * One feature vector in, one out, per sample.
     *
     * @param inputs {@code n × inputFeatures}
     * @param targets {@code n × targetFeatures}
     * @return the sample set
     */
    public static SampleSet of(float[][] inputs, float[][] targets) {
        return of(inputs, targets, null, null);
    }

    /**
     * One feature vector in, one out, per sample, with feature names.
     *
     * @param inputs {@code n × inputFeatures}
     * @param targets {@code n × targetFeatures}
     * @param inputNames input feature names, or null
     * @param targetNames target feature names, or null
     * @return the sample set
     */
    public static SampleSet of(float[][] inputs, float[][] targets, List<String> inputNames, List<String> targetNames) {
        if (inputs.length != targets.length) {
            throw new NeuroMskException("inputs have " + inputs.length + " samples but targets " + targets.length);
        }
        if (inputs.length == 0) {
            throw new NeuroMskException("no samples");
        }
        int in = inputs[0].length;
        int out = targets[0].length;
        return new SampleSet(flatten(inputs, in, "input"), new int[] {in}, flatten(targets, out, "target"),
                new int[] {out}, inputNames, targetNames);
    }

    /** @return number of samples */
    public int size() {
        return size;
    }

    /** @return shape of one input sample (a copy) */
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** @return shape of one target sample (a copy) */
    public int[] targetShape() {
        return targetShape.clone();
    }

    /** @return values in one input sample */
    public int inputSize() {
        return product(inputShape);
    }

    /** @return values in one target sample */
    public int targetSize() {
        return product(targetShape);
    }

    /** @return names of the input features (last axis) */
    public List<String> inputNames() {
        return inputNames;
    }

    /** @return names of the target features (last axis) */
    public List<String> targetNames() {
        return targetNames;
    }

    /** @return all inputs, sample after sample (a copy) */
    public float[] inputs() {
        return inputs.clone();
    }

    /** @return all targets, sample after sample (a copy) */
    public float[] targets() {
        return targets.clone();
    }

    /**
     * @param index sample index
     * @return that sample's input, flattened (a copy)
     */
    public float[] input(int index) {
        int n = inputSize();
        return Arrays.copyOfRange(inputs, index * n, (index + 1) * n);
    }

    /**
     * @param index sample index
     * @return that sample's target, flattened (a copy)
     */
    public float[] target(int index) {
        int n = targetSize();
        return Arrays.copyOfRange(targets, index * n, (index + 1) * n);
    }

    /**
     * @param indices the samples to keep, in this order (repeats allowed)
     * @return a new set with those samples
     */
    public SampleSet subset(int[] indices) {
        if (indices.length == 0) {
            throw new NeuroMskException("empty subset of " + size + " samples");
        }
        return new SampleSet(gather(inputs, inputSize(), indices), inputShape, gather(targets, targetSize(), indices),
                targetShape, inputNames, targetNames);
    }

    /**
     * Joins sets of the same shapes and names, one after the other.
     *
     * @param parts the sets
     * @return all their samples
     */
    public static SampleSet concat(List<SampleSet> parts) {
        if (parts.isEmpty()) {
            throw new NeuroMskException("no sample sets to join");
        }
        SampleSet first = parts.get(0);
        int total = 0;
        for (SampleSet part : parts) {
            if (!Arrays.equals(part.inputShape, first.inputShape) || !Arrays.equals(part.targetShape, first.targetShape)
                    || !part.inputNames.equals(first.inputNames) || !part.targetNames.equals(first.targetNames)) {
                throw new NeuroMskException("cannot join sample sets of different shapes or feature names");
            }
            total += part.size;
        }
        float[] in = new float[total * first.inputSize()];
        float[] out = new float[total * first.targetSize()];
        int inAt = 0;
        int outAt = 0;
        for (SampleSet part : parts) {
            System.arraycopy(part.inputs, 0, in, inAt, part.inputs.length);
            System.arraycopy(part.targets, 0, out, outAt, part.targets.length);
            inAt += part.inputs.length;
            outAt += part.targets.length;
        }
        return new SampleSet(in, first.inputShape, out, first.targetShape, first.inputNames, first.targetNames);
    }

    static float[] gather(float[] values, int width, int[] indices) {
        int n = values.length / width;
        float[] result = new float[indices.length * width];
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i];
            if (index < 0 || index >= n) {
                throw new NeuroMskException("sample index " + index + " outside 0.." + (n - 1));
            }
            System.arraycopy(values, index * width, result, i * width, width);
        }
        return result;
    }

    /**
     * @param shape a shape
     * @return the product of its entries
     */
    public static int product(int[] shape) {
        int p = 1;
        for (int d : shape) {
            p *= d;
        }
        return p;
    }

    private static int last(int[] shape) {
        return shape[shape.length - 1];
    }

    private static int[] checkShape(int[] shape, String what) {
        if (shape == null || shape.length == 0) {
            throw new NeuroMskException(what + " shape is empty");
        }
        for (int d : shape) {
            if (d <= 0) {
                throw new NeuroMskException(what + " shape " + Arrays.toString(shape) + " has a non-positive size");
            }
        }
        return shape.clone();
    }

    private static void checkFinite(float[] values, int width, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new NeuroMskException(what + " of sample " + i / width + " has a non-finite value ("
                        + values[i] + ") at position " + i % width);
            }
        }
    }

    private static List<String> names(List<String> given, int count, String prefix, String what) {
        if (given == null) {
            List<String> generated = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                generated.add(prefix + i);
            }
            return List.copyOf(generated);
        }
        if (given.size() != count) {
            throw new NeuroMskException(given.size() + " " + what + " names for " + count + " features");
        }
        return List.copyOf(given);
    }

    private static float[] flatten(float[][] rows, int width, String what) {
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new NeuroMskException(what + " row " + i + " has " + rows[i].length + " values, expected " + width);
            }
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }
}

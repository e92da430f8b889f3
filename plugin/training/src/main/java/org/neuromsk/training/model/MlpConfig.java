package org.neuromsk.training.model;

import java.util.List;

import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.data.SampleSet;

/**
 * A multilayer perceptron: the input sample is flattened, then each hidden layer is
 * linear → activation → dropout (when {@code dropout > 0}), and a final linear layer gives the
 * outputs. Weights start He-normal (DJL's default for weights), biases at zero.
 *
 * @param inputSize values in one (flattened) input sample
 * @param hiddenSizes units of each hidden layer, input side first (may be empty: a linear model)
 * @param outputSize values in one target sample
 * @param activation activation after each hidden layer
 * @param dropout dropout probability after each hidden activation, in [0, 1)
 */
public record MlpConfig(int inputSize, List<Integer> hiddenSizes, int outputSize, Activation activation,
        double dropout) implements NetworkConfig {

    /** JSON type name. */
    public static final String TYPE = "mlp";

    /** Checks the sizes and copies the list. */
    public MlpConfig {
        if (inputSize < 1 || outputSize < 1) {
            throw new NeuroMskException("mlp: input and output sizes must be ≥ 1, got " + inputSize + " and " + outputSize);
        }
        hiddenSizes = hiddenSizes == null ? List.of() : List.copyOf(hiddenSizes);
        for (int units : hiddenSizes) {
            if (units < 1) {
                throw new NeuroMskException("mlp: hidden layer sizes must be ≥ 1, got " + hiddenSizes);
            }
        }
        if (activation == null) {
            activation = Activation.RELU;
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new NeuroMskException("mlp: dropout " + dropout + " outside [0, 1)");
        }
    }

    /**
     * @param inputSize values in one input sample
     * @param outputSize values in one target sample
     * @param activation hidden activation
     * @param hiddenSizes hidden layer sizes
     * @return an MLP without dropout
     */
    public static MlpConfig of(int inputSize, int outputSize, Activation activation, int... hiddenSizes) {
        return new MlpConfig(inputSize, java.util.Arrays.stream(hiddenSizes).boxed().toList(), outputSize, activation, 0);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Block build() {
        SequentialBlock block = new SequentialBlock();
        block.add(Blocks.batchFlattenBlock());
        for (int units : hiddenSizes) {
            block.add(Linear.builder().setUnits(units).build());
            block.add(activation.block());
            if (dropout > 0) {
                block.add(Dropout.builder().optRate((float) dropout).build());
            }
        }
        block.add(Linear.builder().setUnits(outputSize).build());
        return block;
    }

    @Override
    public void checkShapes(int[] inputShape, int[] targetShape) {
        if (SampleSet.product(inputShape) != inputSize) {
            throw new NeuroMskException("mlp expects " + inputSize + " input values per sample, the data has "
                    + SampleSet.product(inputShape) + " (shape " + java.util.Arrays.toString(inputShape) + ")");
        }
        if (targetShape.length != 1 || targetShape[0] != outputSize) {
            throw new NeuroMskException("mlp gives " + outputSize + " outputs per sample, the targets have shape "
                    + java.util.Arrays.toString(targetShape));
        }
    }

    /**
     * Closed form: each linear layer from {@code a} to {@code b} units has {@code a·b} weights and
     * {@code b} biases.
     *
     * @return number of trainable parameters
     */
    public long parameterCount() {
        long count = 0;
        long previous = inputSize;
        for (int units : hiddenSizes) {
            count += (previous + 1) * units;
            previous = units;
        }
        return count + (previous + 1) * outputSize;
    }

    /**
     * @param units size of the new hidden layer
     * @return this network with one more hidden layer before the output layer (for pre-train,
     *     add-layer, fine-tune schedules)
     */
    public MlpConfig withExtraHiddenLayer(int units) {
        List<Integer> sizes = new java.util.ArrayList<>(hiddenSizes);
        sizes.add(units);
        return new MlpConfig(inputSize, sizes, outputSize, activation, dropout);
    }
}

package org.neuromsk.training.model;

import java.util.Arrays;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import org.neuromsk.training.engine.TorchRuntime;

/** Helpers shared by every network type. */
public final class Networks {

    private Networks() {
    }

    /**
     * @param inputShape shape of one input sample
     * @return the shape of a batch of one such sample
     */
    public static Shape batchShape(int[] inputShape) {
        long[] dims = new long[inputShape.length + 1];
        dims[0] = 1;
        for (int i = 0; i < inputShape.length; i++) {
            dims[i + 1] = inputShape[i];
        }
        return new Shape(dims);
    }

    /**
     * Initialises a block's parameters (float32) for inputs of the given per-sample shape, drawing
     * from PyTorch's generator as it is seeded at the time of the call.
     *
     * @param block the block
     * @param manager owner of the parameter arrays
     * @param inputShape shape of one input sample
     */
    public static void initialize(Block block, NDManager manager, int[] inputShape) {
        block.initialize(manager, DataType.FLOAT32, batchShape(inputShape));
    }

    /**
     * @param block an initialised block
     * @return number of values in its trainable parameters
     */
    public static long parameterCount(Block block) {
        long count = 0;
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            if (parameter.getValue().requiresGradient()) {
                count += parameter.getValue().getArray().size();
            }
        }
        return count;
    }

    /**
     * Builds and initialises the network in a scratch manager to count its parameters.
     *
     * @param config the network
     * @param inputShape shape of one input sample
     * @return number of trainable parameter values
     */
    public static long parameterCount(NetworkConfig config, int[] inputShape) {
        try (NDManager manager = TorchRuntime.newManager()) {
            Block block = config.build();
            initialize(block, manager, Arrays.copyOf(inputShape, inputShape.length));
            return parameterCount(block);
        }
    }
}

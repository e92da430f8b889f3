package org.neuromsk.estimator.imu;

import java.util.Arrays;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import com.google.gson.annotations.SerializedName;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.model.NetworkConfig;

/**
 * A recurrent baseline: a stacked GRU or LSTM runs over the window of frames and a linear layer maps
 * its state at the window's last frame to the outputs. Input sample {@code [frames, inputChannels]},
 * target {@code [outputSize]}.
 *
 * @param cell GRU or LSTM
 * @param inputChannels values per input frame
 * @param hiddenSize state size of each recurrent layer
 * @param layers stacked recurrent layers
 * @param outputSize values per target
 */
public record RecurrentConfig(Cell cell, int inputChannels, int hiddenSize, int layers, int outputSize)
        implements NetworkConfig {

    /** JSON type name. */
    public static final String TYPE = "recurrent";

    /** The recurrent unit. */
    public enum Cell {
        /** Gated recurrent unit. */
        @SerializedName("gru") GRU,
        /** Long short-term memory. */
        @SerializedName("lstm") LSTM
    }

    /** Checks the sizes. */
    public RecurrentConfig {
        if (cell == null) {
            cell = Cell.GRU;
        }
        if (inputChannels < 1 || hiddenSize < 1 || layers < 1 || outputSize < 1) {
            throw new NeuroMskException("recurrent: sizes must be ≥ 1, got input " + inputChannels + ", hidden "
                    + hiddenSize + ", layers " + layers + ", output " + outputSize);
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Block build() {
        SequentialBlock block = new SequentialBlock();
        block.add(cell == Cell.GRU
                ? GRU.builder().setStateSize(hiddenSize).setNumLayers(layers).optBatchFirst(true).optReturnState(false)
                        .build()
                : LSTM.builder().setStateSize(hiddenSize).setNumLayers(layers).optBatchFirst(true).optReturnState(false)
                        .build());
        block.add(new LastFrameBlock());
        block.add(Linear.builder().setUnits(outputSize).build());
        return block;
    }

    @Override
    public void checkShapes(int[] inputShape, int[] targetShape) {
        if (inputShape.length != 2 || inputShape[1] != inputChannels) {
            throw new NeuroMskException("recurrent network expects input windows of shape [frames, " + inputChannels
                    + "], the data has " + Arrays.toString(inputShape));
        }
        if (targetShape.length != 1 || targetShape[0] != outputSize) {
            throw new NeuroMskException("recurrent network gives " + outputSize + " outputs per sample, the targets have"
                    + " shape " + Arrays.toString(targetShape));
        }
    }

    /** {@code [batch, frames, features]} → {@code [batch, features]} at the last frame. */
    static final class LastFrameBlock extends AbstractBlock {

        LastFrameBlock() {
            super((byte) 1);
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                PairList<String, Object> params) {
            return new NDList(inputs.singletonOrThrow().get(new NDIndex(":, -1, :")));
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            Shape in = inputShapes[0];
            return new Shape[] {new Shape(in.get(0), in.get(2))};
        }
    }
}

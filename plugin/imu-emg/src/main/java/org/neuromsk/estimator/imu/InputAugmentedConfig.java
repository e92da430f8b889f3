package org.neuromsk.estimator.imu;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.model.NetworkConfig;

/**
 * A baseline network (MLP or recurrent) whose input window {@code [frames, channels]} gets the
 * training-only {@link InputAugmentation} first, so that the baselines can be trained with the same
 * perturbations as the WaveNet (which has them in its own config). At inference it is the wrapped
 * network.
 *
 * @param network the wrapped network; its input is the window {@code [frames, channels]}
 * @param inputNoise SD of the Gaussian noise added to the z-scored window during training
 * @param channelDropout probability of zeroing a channel for a whole window during training
 */
public record InputAugmentedConfig(NetworkConfig network, double inputNoise, double channelDropout)
        implements NetworkConfig {

    /** JSON type name. */
    public static final String TYPE = "input-augmented";

    /** Checks the values. */
    public InputAugmentedConfig {
        if (network == null) {
            throw new NeuroMskException("input-augmented: needs a network");
        }
        new InputAugmentation(inputNoise, channelDropout);
    }

    /**
     * @param network a network taking windows {@code [frames, channels]}
     * @param augmentation the perturbations
     * @return {@code network} itself when there are none, else it wrapped
     */
    public static NetworkConfig wrap(NetworkConfig network, InputAugmentation augmentation) {
        return augmentation.isNone() ? network
                : new InputAugmentedConfig(network, augmentation.noise(), augmentation.channelDropout());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Block build() {
        return new SequentialBlock().add(new AugmentationBlock(new InputAugmentation(inputNoise, channelDropout)))
                .add(network.build());
    }

    @Override
    public void checkShapes(int[] inputShape, int[] targetShape) {
        if (inputShape.length != 2) {
            throw new NeuroMskException("input-augmented: expects windows [frames, channels], the data has "
                    + java.util.Arrays.toString(inputShape));
        }
        network.checkShapes(inputShape, targetShape);
    }

    /** The perturbations as a block without parameters. */
    static final class AugmentationBlock extends AbstractBlock {

        private final InputAugmentation augmentation;

        AugmentationBlock(InputAugmentation augmentation) {
            super((byte) 1);
            this.augmentation = augmentation;
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                PairList<String, Object> params) {
            return new NDList(augmentation.apply(inputs.singletonOrThrow(), training));
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            return inputShapes;
        }
    }
}

package org.neuromsk.estimator.imu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.djl.nn.Block;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.model.NetworkConfig;

/**
 * A Sliding-Window WaveNet: a 1×1 convolution lifts the input channels to {@code residualChannels};
 * each layer is a dilated causal convolution pair (filter and gate, {@code kernelSize} taps spaced
 * by its dilation) combined as {@code tanh(filter) ⊙ sigmoid(gate)}, a 1×1 residual convolution
 * added to the layer's input, and a 1×1 skip projection; the skips of all layers are summed at the
 * window's last frame, then ReLU → linear ({@code headUnits}) → ReLU → linear gives the outputs.
 *
 * <p>The convolutions are "valid" (no padding): the estimate at a frame depends on the
 * {@link #receptiveField()} frames ending at it (its sliding window) and on nothing else, so it is
 * exactly what {@link StreamingWaveNet} computes sample by sample. The input sample has shape
 * {@code [frames, inputChannels]}; the network gives the estimates at the last {@code outputFrames}
 * frames, each from its own sliding window: target shape {@code [outputSize]} when
 * {@code outputFrames} is 1 (the window's end), {@code [outputFrames, outputSize]} otherwise. Several
 * output frames share the convolutions of overlapping windows, which makes training much cheaper
 * than cutting one window per target, with the same function and loss terms.
 *
 * @param inputChannels values per input frame (e.g. 18 for three 6-axis IMUs)
 * @param residualChannels channels of the residual stream and of each gated layer
 * @param skipChannels channels of the skip sum
 * @param headUnits units of the hidden layer of the output head
 * @param kernelSize taps of each dilated convolution (≥ 2)
 * @param dilations dilation of each layer, input side first (frames, each ≥ 1)
 * @param outputSize values per target frame (e.g. 9 envelopes)
 * @param outputFrames trailing frames of the input window that get an estimate (≥ 1; 0 in JSON means 1)
 * @param dropout dropout probability on the skip sum and the head's hidden layer during training, in [0, 1)
 * @param inputNoise training only: SD of Gaussian noise added to the z-scored input window
 *     ({@link InputAugmentation}; 0 for none, the default; absent in JSON means 0)
 * @param channelDropout training only: probability of zeroing an input channel for a whole window
 *     ({@link InputAugmentation}; 0 for none)
 */
public record WaveNetConfig(int inputChannels, int residualChannels, int skipChannels, int headUnits,
        int kernelSize, List<Integer> dilations, int outputSize, int outputFrames, double dropout, double inputNoise,
        double channelDropout) implements NetworkConfig {

    /** JSON type name. */
    public static final String TYPE = "sw-wavenet";

    /** Checks the sizes and copies the list. */
    public WaveNetConfig {
        if (outputFrames == 0) {
            outputFrames = 1;
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new NeuroMskException("sw-wavenet: dropout " + dropout + " outside [0, 1)");
        }
        if (outputFrames < 0) {
            throw new NeuroMskException("sw-wavenet: output frames must be ≥ 1, got " + outputFrames);
        }
        if (inputChannels < 1 || residualChannels < 1 || skipChannels < 1 || headUnits < 1 || outputSize < 1) {
            throw new NeuroMskException("sw-wavenet: channel and unit counts must be ≥ 1, got input " + inputChannels
                    + ", residual " + residualChannels + ", skip " + skipChannels + ", head " + headUnits
                    + ", output " + outputSize);
        }
        if (kernelSize < 2) {
            throw new NeuroMskException("sw-wavenet: kernel size must be ≥ 2, got " + kernelSize);
        }
        if (dilations == null || dilations.isEmpty()) {
            throw new NeuroMskException("sw-wavenet: needs at least one layer (dilations)");
        }
        new InputAugmentation(inputNoise, channelDropout);
        dilations = List.copyOf(dilations);
        for (int d : dilations) {
            if (d < 1) {
                throw new NeuroMskException("sw-wavenet: dilations must be ≥ 1, got " + dilations);
            }
        }
    }

    /**
     * A network that estimates the envelopes at the window's last frame only.
     *
     * @param inputChannels values per input frame
     * @param residualChannels residual channels
     * @param skipChannels skip channels
     * @param headUnits head units
     * @param kernelSize taps per convolution
     * @param dilations dilation per layer
     * @param outputSize values per target frame
     * @return the config with one output frame
     */
    public static WaveNetConfig of(int inputChannels, int residualChannels, int skipChannels, int headUnits,
            int kernelSize, List<Integer> dilations, int outputSize) {
        return new WaveNetConfig(inputChannels, residualChannels, skipChannels, headUnits, kernelSize, dilations,
                outputSize, 1, 0, 0, 0);
    }

    /**
     * @param dropoutRate dropout on the skip sum and head
     * @param augmentation training-only input perturbations
     * @return this network with that dropout and augmentation
     */
    public WaveNetConfig withRegularisation(double dropoutRate, InputAugmentation augmentation) {
        return new WaveNetConfig(inputChannels, residualChannels, skipChannels, headUnits, kernelSize, dilations,
                outputSize, outputFrames, dropoutRate, augmentation.noise(), augmentation.channelDropout());
    }

    /** @return the training-only input perturbations */
    public InputAugmentation augmentation() {
        return new InputAugmentation(inputNoise, channelDropout);
    }

    /**
     * @param frames output frames per window
     * @return this network estimating the last {@code frames} frames of each input window
     */
    public WaveNetConfig withOutputFrames(int frames) {
        return new WaveNetConfig(inputChannels, residualChannels, skipChannels, headUnits, kernelSize, dilations,
                outputSize, frames, dropout, inputNoise, channelDropout);
    }

    /** @return frames per input window: {@code receptiveField() + outputFrames − 1} */
    public int windowFrames() {
        return receptiveField() + outputFrames - 1;
    }

    /**
     * Dilations 1, 2, 4, … doubling within each stack, the stack repeated.
     *
     * @param layersPerStack layers per stack (dilations 1 … 2^(layers−1))
     * @param stacks number of stacks
     * @return the dilation list
     */
    public static List<Integer> doublingDilations(int layersPerStack, int stacks) {
        if (layersPerStack < 1 || stacks < 1) {
            throw new NeuroMskException("sw-wavenet: need ≥ 1 layer per stack and ≥ 1 stack, got " + layersPerStack
                    + " and " + stacks);
        }
        List<Integer> result = new ArrayList<>();
        for (int s = 0; s < stacks; s++) {
            for (int l = 0; l < layersPerStack; l++) {
                result.add(1 << l);
            }
        }
        return result;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * Closed form: each layer looks {@code (kernelSize − 1) · dilation} frames further back.
     *
     * @return frames that influence one output: {@code 1 + (kernelSize − 1) · Σ dilations}
     */
    public int receptiveField() {
        return 1 + (kernelSize - 1) * dilations.stream().mapToInt(Integer::intValue).sum();
    }

    /** @return number of gated layers */
    public int layers() {
        return dilations.size();
    }

    /**
     * @param layer layer index
     * @return frames of layer input needed to give the output frames of every later layer:
     *     {@code outputFrames + (kernelSize − 1) · Σ_{j ≥ layer} dilation_j}
     */
    public int framesNeededAt(int layer) {
        int sum = 0;
        for (int j = layer; j < dilations.size(); j++) {
            sum += dilations.get(j);
        }
        return outputFrames + (kernelSize - 1) * sum;
    }

    @Override
    public Block build() {
        return new WaveNetBlock(this);
    }

    @Override
    public void checkShapes(int[] inputShape, int[] targetShape) {
        if (inputShape.length != 2 || inputShape[1] != inputChannels) {
            throw new NeuroMskException("sw-wavenet expects input windows of shape [frames, " + inputChannels
                    + "], the data has " + Arrays.toString(inputShape));
        }
        if (inputShape[0] < windowFrames()) {
            throw new NeuroMskException("sw-wavenet: windows of " + inputShape[0] + " frames are shorter than the "
                    + "receptive field of " + receptiveField() + " frames plus " + (outputFrames - 1)
                    + " further output frames");
        }
        int[] expected = outputFrames == 1 ? new int[] {outputSize} : new int[] {outputFrames, outputSize};
        if (!Arrays.equals(targetShape, expected)) {
            throw new NeuroMskException("sw-wavenet gives outputs of shape " + Arrays.toString(expected)
                    + " per sample, the targets have shape " + Arrays.toString(targetShape));
        }
    }

    /**
     * Closed form: input 1×1 convolution {@code (in + 1)·R}; per layer filter and gate
     * {@code 2·(R·R·k + R)}, skip {@code (R + 1)·S}, and residual {@code (R + 1)·R} except on the last
     * layer (whose residual output nothing uses); head {@code (S + 1)·H + (H + 1)·out}.
     *
     * @return number of trainable parameters
     */
    public long parameterCount() {
        long r = residualChannels;
        long count = (inputChannels + 1) * r;
        count += dilations.size() * (2 * (r * r * kernelSize + r) + (r + 1) * skipChannels);
        count += (dilations.size() - 1) * (r + 1) * r;
        return count + (skipChannels + 1L) * headUnits + (headUnits + 1L) * outputSize;
    }
}

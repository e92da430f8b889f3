package org.neuromsk.estimator.imu;

import java.util.ArrayList;
import java.util.List;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.neuromsk.error.NeuroMskException;

/**
 * The DJL block of a {@link WaveNetConfig}. All parameters are direct parameters of this block (no
 * child blocks), named as in {@link WaveNetWeights}, so that its saved parameter stream is a flat
 * list that {@link DjlParameterFile} reads without DJL.
 *
 * <p>Input {@code [batch, frames, inputChannels]}, output {@code [batch, outputSize]} (the estimate
 * at the window's last frame) or {@code [batch, outputFrames, outputSize]}. Only the last
 * {@link WaveNetConfig#windowFrames()} frames are used; while training, they first get the config's
 * {@link InputAugmentation} (no parameters, so the saved stream is the same with or without it).
 */
final class WaveNetBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final WaveNetConfig config;
    private final InputAugmentation augmentation;
    private final Parameter inputWeight;
    private final Parameter inputBias;
    private final List<Parameter> filterWeight = new ArrayList<>();
    private final List<Parameter> filterBias = new ArrayList<>();
    private final List<Parameter> gateWeight = new ArrayList<>();
    private final List<Parameter> gateBias = new ArrayList<>();
    private final List<Parameter> skipWeight = new ArrayList<>();
    private final List<Parameter> skipBias = new ArrayList<>();
    private final List<Parameter> residualWeight = new ArrayList<>();
    private final List<Parameter> residualBias = new ArrayList<>();
    private final Parameter headWeight;
    private final Parameter headBias;
    private final Parameter outputWeight;
    private final Parameter outputBias;

    WaveNetBlock(WaveNetConfig config) {
        super(VERSION);
        this.config = config;
        this.augmentation = config.augmentation();
        inputWeight = weight(WaveNetWeights.INPUT_WEIGHT);
        inputBias = bias(WaveNetWeights.INPUT_BIAS);
        for (int l = 0; l < config.layers(); l++) {
            filterWeight.add(weight(WaveNetWeights.filterWeight(l)));
            filterBias.add(bias(WaveNetWeights.filterBias(l)));
            gateWeight.add(weight(WaveNetWeights.gateWeight(l)));
            gateBias.add(bias(WaveNetWeights.gateBias(l)));
            skipWeight.add(weight(WaveNetWeights.skipWeight(l)));
            skipBias.add(bias(WaveNetWeights.skipBias(l)));
            if (l < config.layers() - 1) {
                residualWeight.add(weight(WaveNetWeights.residualWeight(l)));
                residualBias.add(bias(WaveNetWeights.residualBias(l)));
            }
        }
        headWeight = weight(WaveNetWeights.HEAD_WEIGHT);
        headBias = bias(WaveNetWeights.HEAD_BIAS);
        outputWeight = weight(WaveNetWeights.OUTPUT_WEIGHT);
        outputBias = bias(WaveNetWeights.OUTPUT_BIAS);
    }

    private Parameter weight(String name) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).build());
    }

    private Parameter bias(String name) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        long channels = input.get(input.dimension() - 1);
        if (channels != config.inputChannels()) {
            throw new NeuroMskException("sw-wavenet expects " + config.inputChannels() + " input channels, got input shape "
                    + input);
        }
        int r = config.residualChannels();
        int s = config.skipChannels();
        int k = config.kernelSize();
        inputWeight.setShape(new Shape(r, channels, 1));
        inputBias.setShape(new Shape(r));
        for (int l = 0; l < config.layers(); l++) {
            filterWeight.get(l).setShape(new Shape(r, r, k));
            filterBias.get(l).setShape(new Shape(r));
            gateWeight.get(l).setShape(new Shape(r, r, k));
            gateBias.get(l).setShape(new Shape(r));
            skipWeight.get(l).setShape(new Shape(s, r));
            skipBias.get(l).setShape(new Shape(s));
            if (l < config.layers() - 1) {
                residualWeight.get(l).setShape(new Shape(r, r, 1));
                residualBias.get(l).setShape(new Shape(r));
            }
        }
        headWeight.setShape(new Shape(config.headUnits(), s));
        headBias.setShape(new Shape(config.headUnits()));
        outputWeight.setShape(new Shape(config.outputSize(), config.headUnits()));
        outputBias.setShape(new Shape(config.outputSize()));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        long frames = x.getShape().get(1);
        int needed = config.framesNeededAt(0);
        if (frames < needed) {
            throw new NeuroMskException("sw-wavenet: windows of " + frames + " frames are shorter than the "
                    + needed + " frames it needs");
        }
        if (frames > needed) {
            x = x.get(new NDIndex(":, {}:, :", frames - needed));
        }
        x = augmentation.apply(x, training);
        // [batch, frames, channels] → [batch, channels, frames], the layout of DJL's 1-D convolution
        NDArray h = conv(x.transpose(0, 2, 1), inputWeight, inputBias, store, device, training, 1);
        NDArray skip = null;
        int k = config.kernelSize();
        long outputs = config.outputFrames();
        for (int l = 0; l < config.layers(); l++) {
            int dilation = config.dilations().get(l);
            NDArray filter = conv(h, filterWeight.get(l), filterBias.get(l), store, device, training, dilation);
            NDArray gate = conv(h, gateWeight.get(l), gateBias.get(l), store, device, training, dilation);
            NDArray z = filter.tanh().mul(Activation.sigmoid(gate));
            // the output frames of this layer, [batch, outputFrames, R]
            NDArray last = z.get(new NDIndex(":, :, {}:", z.getShape().get(2) - outputs)).transpose(0, 2, 1);
            NDArray s = Linear.linear(last, value(skipWeight.get(l), store, device, training),
                    value(skipBias.get(l), store, device, training)).singletonOrThrow();
            skip = skip == null ? s : skip.add(s);
            if (l < config.layers() - 1) {
                NDArray residual = conv(z, residualWeight.get(l), residualBias.get(l), store, device, training, 1);
                h = h.get(new NDIndex(":, :, {}:", (long) (k - 1) * dilation)).add(residual);
            }
        }
        float rate = (float) config.dropout();
        NDArray skipOut = dropout(Activation.relu(skip), rate, training);
        NDArray hidden = dropout(Activation.relu(Linear.linear(skipOut, value(headWeight, store, device, training),
                value(headBias, store, device, training)).singletonOrThrow()), rate, training);
        NDArray out = Linear.linear(hidden, value(outputWeight, store, device, training),
                value(outputBias, store, device, training)).singletonOrThrow();
        return new NDList(outputs == 1 ? out.squeeze(1) : out);
    }

    /** Dropout only when training with a positive rate (no random numbers drawn otherwise). */
    private static NDArray dropout(NDArray x, float rate, boolean training) {
        return training && rate > 0 ? Dropout.dropout(x, rate, true).singletonOrThrow() : x;
    }

    private NDArray conv(NDArray input, Parameter weight, Parameter bias, ParameterStore store, Device device,
            boolean training, int dilation) {
        return Conv1d.conv1d(input, value(weight, store, device, training), value(bias, store, device, training),
                new Shape(1), new Shape(0), new Shape(dilation)).singletonOrThrow();
    }

    private static NDArray value(Parameter parameter, ParameterStore store, Device device, boolean training) {
        return store.getValue(parameter, device, training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = inputShapes[0].get(0);
        return new Shape[] {config.outputFrames() == 1 ? new Shape(batch, config.outputSize())
                : new Shape(batch, config.outputFrames(), config.outputSize())};
    }
}

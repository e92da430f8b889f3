package org.neuromsk.estimator.nmm.net;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A transformer encoder from per-frame features to per-frame outputs: a linear embedding to width
 * d, fixed sinusoidal position encodings (Vaswani et al. 2017) added, a stack of
 * {@link EncoderLayer}s, a final layer norm and a linear head. {@code [batch, time, features]} in,
 * {@code [batch, time, outputs]} out (no output activation).
 */
public final class TransformerEncoder extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int modelSize;
    private final Linear embedding;
    private final List<EncoderLayer> layers = new ArrayList<>();
    private final LayerNorm finalNorm;
    private final Linear head;

    /**
     * @param outputs values per output frame
     * @param modelSize d (even)
     * @param heads attention heads
     * @param layerCount encoder layers
     * @param feedForwardSize hidden width of each feed-forward part
     * @param dropoutRate dropout probability
     */
    public TransformerEncoder(int outputs, int modelSize, int heads, int layerCount, int feedForwardSize,
            double dropoutRate) {
        super(VERSION);
        this.modelSize = modelSize;
        embedding = addChildBlock("embedding", Linear.builder().setUnits(modelSize).build());
        for (int i = 0; i < layerCount; i++) {
            layers.add(addChildBlock("layer" + i, new EncoderLayer(modelSize, heads, feedForwardSize, dropoutRate)));
        }
        finalNorm = addChildBlock("final_norm", LayerNorm.builder().axis(2).build());
        head = addChildBlock("head", Linear.builder().setUnits(outputs).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = embedding.forward(store, inputs, training).singletonOrThrow();
        long frames = x.getShape().get(1);
        x = x.add(positions(x.getManager(), (int) frames).toType(x.getDataType(), false));
        NDList current = new NDList(x);
        for (EncoderLayer layer : layers) {
            current = layer.forward(store, current, training);
        }
        return head.forward(store, finalNorm.forward(store, current, training), training);
    }

    /** PE[t, 2i] = sin(t/10000^(2i/d)), PE[t, 2i+1] = cos(t/10000^(2i/d)); shape [time, d]. */
    private NDArray positions(NDManager manager, int frames) {
        float[] values = new float[frames * modelSize];
        for (int t = 0; t < frames; t++) {
            for (int i = 0; i < modelSize; i += 2) {
                double angle = t / Math.pow(10000.0, (double) i / modelSize);
                values[t * modelSize + i] = (float) Math.sin(angle);
                if (i + 1 < modelSize) {
                    values[t * modelSize + i + 1] = (float) Math.cos(angle);
                }
            }
        }
        return manager.create(values, new Shape(frames, modelSize));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return head.getOutputShapes(new Shape[] {modelShape(inputShapes[0])});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        embedding.initialize(manager, dataType, inputShapes[0]);
        Shape shape = modelShape(inputShapes[0]);
        for (EncoderLayer layer : layers) {
            layer.initialize(manager, dataType, shape);
        }
        finalNorm.initialize(manager, dataType, shape);
        head.initialize(manager, dataType, shape);
    }

    private Shape modelShape(Shape input) {
        return input.slice(0, input.dimension() - 1).add(modelSize);
    }
}

package org.neuromsk.estimator.nmm.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.physics.Scalars;

/**
 * Multi-head scaled dot-product self-attention over the frames of a sequence (Vaswani et al. 2017):
 * per head, softmax(Q·Kᵀ/√d_h)·V with Q, K, V linear projections of the input, the heads
 * concatenated and projected back. Input and output {@code [batch, time, modelSize]}; every frame
 * attends to every frame of the window.
 */
public final class MultiHeadSelfAttention extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int modelSize;
    private final int heads;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear output;

    /**
     * @param modelSize width d of the sequence features
     * @param heads number of heads; must divide d
     */
    public MultiHeadSelfAttention(int modelSize, int heads) {
        super(VERSION);
        if (heads < 1 || modelSize % heads != 0) {
            throw new NeuroMskException("attention: " + heads + " heads do not divide the model size " + modelSize);
        }
        this.modelSize = modelSize;
        this.heads = heads;
        query = addChildBlock("query", Linear.builder().setUnits(modelSize).build());
        key = addChildBlock("key", Linear.builder().setUnits(modelSize).build());
        value = addChildBlock("value", Linear.builder().setUnits(modelSize).build());
        output = addChildBlock("output", Linear.builder().setUnits(modelSize).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        long batch = x.getShape().get(0);
        long frames = x.getShape().get(1);
        long headSize = modelSize / heads;
        NDArray q = split(query.forward(store, inputs, training).singletonOrThrow(), batch, frames, headSize);
        NDArray k = split(key.forward(store, inputs, training).singletonOrThrow(), batch, frames, headSize);
        NDArray v = split(value.forward(store, inputs, training).singletonOrThrow(), batch, frames, headSize);
        NDArray weights = q.matMul(k.transpose(0, 1, 3, 2)).mul(Scalars.of(q, 1 / Math.sqrt(headSize))).softmax(-1);
        NDArray context = weights.matMul(v).transpose(0, 2, 1, 3).reshape(batch, frames, modelSize);
        return output.forward(store, new NDList(context), training);
    }

    /** [b, t, d] → [b, heads, t, d/heads]. */
    private NDArray split(NDArray x, long batch, long frames, long headSize) {
        return x.reshape(batch, frames, heads, headSize).transpose(0, 2, 1, 3);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Linear child : new Linear[] {query, key, value, output}) {
            child.initialize(manager, dataType, inputShapes[0]);
        }
    }
}

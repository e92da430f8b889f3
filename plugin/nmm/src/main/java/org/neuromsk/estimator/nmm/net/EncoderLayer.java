package org.neuromsk.estimator.nmm.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-norm transformer encoder layer: x ← x + Attention(LayerNorm(x)), then
 * x ← x + FeedForward(LayerNorm(x)) with FeedForward = Linear(d → f), GELU, Linear(f → d);
 * dropout on both residual branches when the rate is positive. Shape {@code [batch, time, d]} in and out.
 */
public final class EncoderLayer extends AbstractBlock {

    private static final byte VERSION = 1;

    private final LayerNorm attentionNorm;
    private final MultiHeadSelfAttention attention;
    private final LayerNorm feedForwardNorm;
    private final Linear expand;
    private final Linear contract;
    private final Dropout dropout;

    /**
     * @param modelSize d
     * @param heads attention heads (divides d)
     * @param feedForwardSize f
     * @param dropoutRate dropout probability in [0, 1)
     */
    public EncoderLayer(int modelSize, int heads, int feedForwardSize, double dropoutRate) {
        super(VERSION);
        attentionNorm = addChildBlock("attention_norm", LayerNorm.builder().axis(2).build());
        attention = addChildBlock("attention", new MultiHeadSelfAttention(modelSize, heads));
        feedForwardNorm = addChildBlock("feed_forward_norm", LayerNorm.builder().axis(2).build());
        expand = addChildBlock("expand", Linear.builder().setUnits(feedForwardSize).build());
        contract = addChildBlock("contract", Linear.builder().setUnits(modelSize).build());
        dropout = dropoutRate > 0 ? addChildBlock("dropout", Dropout.builder().optRate((float) dropoutRate).build())
                : null;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDList normed = attentionNorm.forward(store, new NDList(x), training);
        NDArray attended = regularise(store, attention.forward(store, normed, training).singletonOrThrow(), training);
        x = x.add(attended);
        NDList normed2 = feedForwardNorm.forward(store, new NDList(x), training);
        NDArray hidden = Activation.gelu(expand.forward(store, normed2, training).singletonOrThrow());
        NDArray fed = contract.forward(store, new NDList(hidden), training).singletonOrThrow();
        return new NDList(x.add(regularise(store, fed, training)));
    }

    private NDArray regularise(ParameterStore store, NDArray x, boolean training) {
        return dropout == null ? x : dropout.forward(store, new NDList(x), training).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape shape = inputShapes[0];
        attentionNorm.initialize(manager, dataType, shape);
        attention.initialize(manager, dataType, shape);
        feedForwardNorm.initialize(manager, dataType, shape);
        expand.initialize(manager, dataType, shape);
        contract.initialize(manager, dataType, expand.getOutputShapes(new Shape[] {shape})[0]);
        if (dropout != null) {
            dropout.initialize(manager, dataType, shape);
        }
    }
}

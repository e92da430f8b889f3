package org.neuromsk.training.model;

import ai.djl.nn.Block;

/**
 * Describes a network completely enough to rebuild it: saved as JSON next to the parameters, with a
 * {@code "type"} member naming the implementation (see {@link NetworkTypes}). Implementations are
 * immutable records whose components are plain JSON values.
 *
 * <p>New network families (transformers, WaveNet, …) implement this interface and register their
 * record class with {@link NetworkTypes#register(String, Class)}.
 */
public interface NetworkConfig {

    /** @return the name under which the implementation is registered, e.g. {@code "mlp"} */
    String type();

    /**
     * @return a new, uninitialised block; its input has shape {@code [batch, inputShape…]} and its
     *     output {@code [batch, targetShape…]} for the shapes accepted by {@link #checkShapes}
     */
    Block build();

    /**
     * @param inputShape shape of one input sample
     * @param targetShape shape of one target sample
     * @throws org.neuromsk.error.NeuroMskException if the network cannot map one to the other
     */
    void checkShapes(int[] inputShape, int[] targetShape);
}

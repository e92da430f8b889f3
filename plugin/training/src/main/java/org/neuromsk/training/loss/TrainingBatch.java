package org.neuromsk.training.loss;

import ai.djl.ndarray.NDArray;

import org.neuromsk.training.norm.Normalisers;

/**
 * What a loss may look at besides predictions and targets: the batch's (normalised) inputs, which
 * samples it holds, and the transforms back to raw units. A physics term can use
 * {@link #rawPredictions} and {@link #rawInputs}, and gather per-sample data of its own by
 * {@link #indices}.
 *
 * @param inputs normalised inputs, shape {@code [batch, inputShape…]}
 * @param indices positions of the batch's samples in the sample set being trained or evaluated
 * @param training true during a training step (gradients recorded), false when evaluating
 * @param normalisers the model's transforms
 */
public record TrainingBatch(NDArray inputs, int[] indices, boolean training, Normalisers normalisers) {

    /**
     * @param predictions normalised network outputs
     * @return the predictions in target units (gradients flow through)
     */
    public NDArray rawPredictions(NDArray predictions) {
        return normalisers.targets().invert(predictions);
    }

    /** @return the inputs in their raw units */
    public NDArray rawInputs() {
        return normalisers.inputs().invert(inputs);
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    /** @return number of samples in the batch */
    public int size() {
        return indices.length;
    }
}

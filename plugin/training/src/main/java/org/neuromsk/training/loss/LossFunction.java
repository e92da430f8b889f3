package org.neuromsk.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * A training objective. It returns the mean loss over the batch as a scalar array, built from
 * differentiable array operations so that the trainer can back-propagate through it. Epoch losses
 * are the sample-weighted means of these batch values.
 *
 * <p>Numbers that enter the computation must be arrays from {@link Constants}
 * ({@code e.mul(Constants.like(e, 0.5))}), not Java numbers ({@code e.mul(0.5)}): see there why the
 * latter can corrupt the gradients.
 */
@FunctionalInterface
public interface LossFunction {

    /**
     * @param predictions normalised network outputs, shape {@code [batch, targetShape…]}
     * @param targets normalised targets, same shape
     * @param batch the batch's inputs, sample indices and normalisers
     * @return scalar mean loss of the batch
     */
    NDArray compute(NDArray predictions, NDArray targets, TrainingBatch batch);

    /** @return a short name for reports and the saved metadata */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * @param other a second objective (e.g. a physics residual)
     * @param weight its weight
     * @return {@code this + weight · other}
     */
    default LossFunction plus(LossFunction other, double weight) {
        LossFunction self = this;
        String name = name() + " + " + weight + "·" + other.name();
        return Losses.named(name, (p, t, b) -> {
            NDArray second = other.compute(p, t, b);
            return self.compute(p, t, b).add(second.mul(Constants.like(second, weight)));
        });
    }
}

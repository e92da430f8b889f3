package org.neuromsk.training.loss;

import ai.djl.ndarray.NDArray;

/**
 * Common losses, all means over every value of the batch. Numbers inside them are arrays made with
 * {@link Constants} (never {@code x.mul(0.5)}), so that their gradients stay right.
 */
public final class Losses {

    private Losses() {
    }

    /** @return mean squared error */
    public static LossFunction meanSquaredError() {
        return named("mse", (p, t, b) -> p.sub(t).square().mean());
    }

    /** @return mean absolute error */
    public static LossFunction meanAbsoluteError() {
        return named("mae", (p, t, b) -> p.sub(t).abs().mean());
    }

    /**
     * @param delta where the loss turns from quadratic to linear (normalised units)
     * @return Huber loss: {@code ½e²} for {@code |e| ≤ δ}, {@code δ(|e| − ½δ)} beyond
     */
    public static LossFunction huber(double delta) {
        if (!(delta > 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("Huber delta must be positive and finite, got " + delta);
        }
        return named("huber(" + delta + ")", (p, t, b) -> {
            NDArray error = p.sub(t).abs();
            NDArray quadratic = error.minimum(Constants.like(error, delta));
            NDArray linear = error.sub(quadratic);
            // ½q² + δ·(|e| − q): equals ½e² inside δ and δ|e| − ½δ² outside
            return quadratic.square().mul(Constants.like(error, 0.5)).add(linear.mul(Constants.like(error, delta)))
                    .mean();
        });
    }

    /**
     * @param name name for reports
     * @param loss the computation
     * @return the loss with that name
     */
    public static LossFunction named(String name, LossFunction loss) {
        return new LossFunction() {
            @Override
            public NDArray compute(NDArray predictions, NDArray targets, TrainingBatch batch) {
                return loss.compute(predictions, targets, batch);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}

package org.neuromsk.training.loss;

import ai.djl.ndarray.NDArray;

/** Common losses, all means over every value of the batch. */
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
        float d = (float) delta;
        return named("huber(" + delta + ")", (p, t, b) -> {
            NDArray error = p.sub(t).abs();
            NDArray quadratic = error.minimum(d);
            NDArray linear = error.sub(quadratic);
            // ½q² + δ·(|e| − q): equals ½e² inside δ and δ|e| − ½δ² outside (float scalars keep float32)
            return quadratic.square().mul(0.5f).add(linear.mul(d)).mean();
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

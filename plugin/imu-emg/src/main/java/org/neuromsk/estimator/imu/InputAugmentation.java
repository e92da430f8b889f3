package org.neuromsk.estimator.imu;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.loss.Constants;

/**
 * Training-only perturbations of a z-scored IMU window {@code [batch, frames, channels]}, for
 * robustness to sensor and gait differences. Both act in the normalised units the network sees, so a
 * noise SD of 0.1 is a tenth of each channel's SD on the training data. At inference (and with both
 * values 0) the window passes unchanged and no random numbers are drawn; the draws during training come
 * from PyTorch's generator, which the trainer reseeds every epoch (reproducible runs).
 *
 * @param noise SD of the Gaussian noise added to every value of the window (normalised units, ≥ 0)
 * @param channelDropout probability that a channel is zeroed (set to its training mean) for a whole
 *     window, the kept channels scaled by {@code 1 / (1 − channelDropout)} as PyTorch's {@code Dropout1d}
 *     does; in [0, 1)
 */
public record InputAugmentation(double noise, double channelDropout) {

    /** No perturbation. */
    public static final InputAugmentation NONE = new InputAugmentation(0, 0);

    /** Checks the ranges. */
    public InputAugmentation {
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new NeuroMskException("input noise SD must be finite and ≥ 0, got " + noise);
        }
        if (!(channelDropout >= 0 && channelDropout < 1)) {
            throw new NeuroMskException("channel dropout " + channelDropout + " outside [0, 1)");
        }
    }

    /** @return true when the window always passes unchanged */
    public boolean isNone() {
        return noise == 0 && channelDropout == 0;
    }

    /**
     * @param window normalised inputs {@code [batch, frames, channels]}
     * @param training true while training (the only time anything is changed)
     * @return the perturbed window, or {@code window} itself
     */
    public NDArray apply(NDArray window, boolean training) {
        if (!training || isNone()) {
            return window;
        }
        if (window.getShape().dimension() != 3) {
            throw new NeuroMskException("input augmentation expects windows [batch, frames, channels], got "
                    + window.getShape());
        }
        NDManager manager = window.getManager();
        DataType type = window.getDataType();
        NDArray x = window;
        if (channelDropout > 0) {
            Shape shape = window.getShape();
            NDArray kept = manager.randomUniform(0f, 1f, new Shape(shape.get(0), 1, shape.get(2)), type)
                    .gte(channelDropout).toType(type, false);
            NDArray keep = kept.mul(Constants.like(kept, 1 / (1 - channelDropout)));
            x = x.mul(keep);
        }
        if (noise > 0) {
            x = x.add(manager.randomNormal(0f, (float) noise, window.getShape(), type));
        }
        return x;
    }
}

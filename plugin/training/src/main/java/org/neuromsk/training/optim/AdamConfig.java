package org.neuromsk.training.optim;

import org.neuromsk.error.NeuroMskException;

/**
 * Adam settings (Kingma &amp; Ba 2015).
 *
 * @param learningRate step size α
 * @param beta1 decay of the first-moment average
 * @param beta2 decay of the second-moment average
 * @param epsilon added to √v (DJL's fused update adds it to the uncorrected √v)
 * @param weightDecay L2 factor; 0 for none
 * @param decoupledWeightDecay true for AdamW (the weight shrinks by {@code α·λ·w} each step), false
 *     for L2 added to the gradient as in {@code torch.optim.Adam}
 */
public record AdamConfig(double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
        boolean decoupledWeightDecay) {

    /** Checks the ranges. */
    public AdamConfig {
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)
                || !(weightDecay >= 0)) {
            throw new NeuroMskException("adam: need learningRate > 0, 0 ≤ beta1, beta2 < 1, epsilon > 0, weightDecay ≥ 0;"
                    + " got " + describe(learningRate, beta1, beta2, epsilon, weightDecay));
        }
    }

    /**
     * @param learningRate step size
     * @return PyTorch's defaults (β₁ 0.9, β₂ 0.999, ε 1e−8, no weight decay) with this step size
     */
    public static AdamConfig of(double learningRate) {
        return new AdamConfig(learningRate, 0.9, 0.999, 1e-8, 0, false);
    }

    /**
     * @param decay L2 factor
     * @param decoupled true for AdamW
     * @return these settings with that weight decay
     */
    public AdamConfig withWeightDecay(double decay, boolean decoupled) {
        return new AdamConfig(learningRate, beta1, beta2, epsilon, decay, decoupled);
    }

    private static String describe(double lr, double b1, double b2, double eps, double wd) {
        return "lr " + lr + ", beta1 " + b1 + ", beta2 " + b2 + ", epsilon " + eps + ", weightDecay " + wd;
    }
}

package org.neuromsk.training.norm;

import java.util.Arrays;

import ai.djl.ndarray.NDArray;

import org.neuromsk.error.NeuroMskException;

/**
 * Per-feature z-score: {@code z = (x − mean) / std} for each feature of the last axis, in the units of
 * the raw feature. Features that are constant in the data they were fitted on get {@code std = 1}, so
 * they map to 0 instead of dividing by zero.
 *
 * @param mean per-feature mean (feature units)
 * @param std per-feature standard deviation (feature units), all positive
 */
public record ZScore(float[] mean, float[] std) {

    /** Relative spread below which a feature counts as constant. */
    static final double CONSTANT_TOLERANCE = 1e-7;

    /** Copies the arrays and checks them. */
    public ZScore {
        if (mean == null || std == null || mean.length != std.length || mean.length == 0) {
            throw new NeuroMskException("z-score needs as many means as standard deviations (at least one)");
        }
        mean = mean.clone();
        std = std.clone();
        for (int i = 0; i < std.length; i++) {
            if (!(std[i] > 0) || !Float.isFinite(std[i]) || !Float.isFinite(mean[i])) {
                throw new NeuroMskException("z-score feature " + i + ": mean " + mean[i] + ", std " + std[i]
                        + " (std must be positive and both finite)");
            }
        }
    }

    /**
     * @param features number of features
     * @return the identity transform (mean 0, std 1)
     */
    public static ZScore identity(int features) {
        float[] ones = new float[features];
        Arrays.fill(ones, 1f);
        return new ZScore(new float[features], ones);
    }

    /**
     * Fits mean and population standard deviation (divisor n) per feature, in double precision.
     *
     * @param values samples flattened so that the feature index is {@code i % features}
     * @param features number of features (size of the last axis)
     * @return the fitted transform
     */
    public static ZScore fit(float[] values, int features) {
        if (features <= 0 || values.length == 0 || values.length % features != 0) {
            throw new NeuroMskException("cannot fit a z-score of " + features + " features to " + values.length + " values");
        }
        int rows = values.length / features;
        double[] sum = new double[features];
        for (int i = 0; i < values.length; i++) {
            sum[i % features] += values[i];
        }
        double[] mu = new double[features];
        for (int f = 0; f < features; f++) {
            mu[f] = sum[f] / rows;
        }
        double[] squares = new double[features];
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - mu[i % features];
            squares[i % features] += d * d;
        }
        float[] mean = new float[features];
        float[] std = new float[features];
        for (int f = 0; f < features; f++) {
            double sd = Math.sqrt(squares[f] / rows);
            mean[f] = (float) mu[f];
            boolean constant = sd <= CONSTANT_TOLERANCE * Math.max(1.0, Math.abs(mu[f]));
            std[f] = constant ? 1f : (float) sd;
        }
        return new ZScore(mean, std);
    }

    /** @return number of features */
    public int features() {
        return mean.length;
    }

    /**
     * @param values raw values, feature index {@code i % features()}
     * @return the z-scores (a new array)
     */
    public float[] apply(float[] values) {
        check(values.length);
        float[] z = new float[values.length];
        int n = mean.length;
        for (int i = 0; i < values.length; i++) {
            z[i] = (values[i] - mean[i % n]) / std[i % n];
        }
        return z;
    }

    /**
     * @param z z-scores, feature index {@code i % features()}
     * @return the raw values (a new array)
     */
    public float[] invert(float[] z) {
        check(z.length);
        float[] values = new float[z.length];
        int n = mean.length;
        for (int i = 0; i < z.length; i++) {
            values[i] = z[i] * std[i % n] + mean[i % n];
        }
        return values;
    }

    /**
     * Undoes the transform inside a computation graph (gradients flow through), e.g. for a loss term
     * that needs raw units.
     *
     * @param z array whose last axis holds the features
     * @return {@code z × std + mean}, broadcast over the other axes
     */
    public NDArray invert(NDArray z) {
        return z.mul(z.getManager().create(std)).add(z.getManager().create(mean));
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZScore z && Arrays.equals(mean, z.mean) && Arrays.equals(std, z.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "ZScore[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }

    private void check(int length) {
        if (length % mean.length != 0) {
            throw new NeuroMskException(length + " values is not a whole number of " + mean.length + "-feature rows");
        }
    }
}

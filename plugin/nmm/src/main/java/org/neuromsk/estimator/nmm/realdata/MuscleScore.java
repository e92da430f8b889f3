package org.neuromsk.estimator.nmm.realdata;

/**
 * How well a method reconstructed one hidden muscle over the test recordings (series concatenated).
 *
 * @param muscle the hidden muscle
 * @param method the method ({@code NMM}, {@code MSE})
 * @param rmse root-mean-square difference from the reference signal (dimensionless)
 * @param r Pearson's correlation with it (NaN when the reference or the estimate is constant)
 */
public record MuscleScore(String muscle, String method, double rmse, double r) {
}

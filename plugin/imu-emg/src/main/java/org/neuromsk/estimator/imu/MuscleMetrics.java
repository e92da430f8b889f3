package org.neuromsk.estimator.imu;

/**
 * How well one estimated envelope follows the true one.
 *
 * @param muscle the muscle (channel) name
 * @param r Pearson correlation coefficient
 * @param r2 coefficient of determination {@code 1 − SS_res / SS_tot} (negative when worse than the mean)
 * @param nrmse root-mean-square error divided by the range (max − min) of the true envelope
 * @param peakRatio mean over cycles of (largest estimate in the cycle) / (largest true value in the cycle);
 *     1 means peaks at the right height, below 1 underestimated
 * @param cycles number of cycles in the peak ratio
 */
public record MuscleMetrics(String muscle, double r, double r2, double nrmse, double peakRatio, int cycles) {
}

package org.neuromsk.metrics;

/**
 * How well one muscle's EMG was estimated on one trial.
 *
 * @param muscle the muscle (our name)
 * @param ensembleR2 R² between the ensemble averages (101 points) of measured and estimated EMG (-)
 * @param sampleR2 R² over every frame of the accepted cycles (-)
 * @param pearson Pearson's r over those frames (-)
 * @param rmse RMSE over those frames (EMG unit)
 * @param cycles number of cycles averaged
 */
public record MuscleMetrics(String muscle, double ensembleR2, double sampleR2, double pearson, double rmse,
        int cycles) {
}

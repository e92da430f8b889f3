package org.neuromsk.estimator.imu;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One trained network's results on a test trial.
 *
 * @param name the candidate's name (e.g. {@code wavenet}, {@code mlp})
 * @param networkType the network's JSON type
 * @param loss the training loss's name
 * @param parameterCount trainable parameter values
 * @param epochs epochs run
 * @param bestEpoch epoch whose parameters were kept
 * @param trainSeconds wall time of training (s)
 * @param metrics per-muscle metrics on the test trial
 * @param firstFrame test frame of the first estimate (a window's length minus one)
 * @param estimates estimates for test frames {@code firstFrame …}, {@code frames × muscles}
 * @param modelDir where the model was saved, or null (an ensemble: one {@code member-K} folder per member,
 *     {@link EnsembleMembers})
 * @param members networks averaged ({@link ImuEmgSettings#members()}); for an ensemble, {@code parameterCount}
 *     and {@code trainSeconds} are totals over the members, {@code epochs} and {@code bestEpoch} the first
 *     member's
 * @param firstMember the first member alone (the single network of the seed), or null when
 *     {@code members} is 1
 */
public record ModelEvaluation(String name, String networkType, String loss, long parameterCount, int epochs,
        int bestEpoch, double trainSeconds, List<MuscleMetrics> metrics, int firstFrame, float[][] estimates,
        Path modelDir, int members, ModelEvaluation firstMember) {

    /** Copies the list. */
    public ModelEvaluation {
        metrics = List.copyOf(metrics);
    }

    /** @return mean Pearson r over muscles */
    public double meanR() {
        return mean(MuscleMetrics::r);
    }

    /** @return mean R² over muscles */
    public double meanR2() {
        return mean(MuscleMetrics::r2);
    }

    /** @return mean NRMSE over muscles */
    public double meanNrmse() {
        return mean(MuscleMetrics::nrmse);
    }

    /** @return mean peak-amplitude ratio over muscles */
    public double meanPeakRatio() {
        return mean(MuscleMetrics::peakRatio);
    }

    private double mean(ToDoubleFunction<MuscleMetrics> value) {
        return metrics.stream().mapToDouble(value).average().orElse(Double.NaN);
    }
}

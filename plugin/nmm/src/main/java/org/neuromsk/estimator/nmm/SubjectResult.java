package org.neuromsk.estimator.nmm;

import java.util.List;
import java.util.Map;

/**
 * One subject's results in an {@link NmmStudy}.
 *
 * @param subject subject name
 * @param muscles the subject's muscles, model order (the order of series rows)
 * @param scores hidden-muscle scores per method and held-out trial
 * @param momentError per method that predicts moments, the mean over held-out trials of the
 *     moment RMSE as a percentage of the trial's peak inverse-dynamics moment
 * @param recovery parameter errors of the personalised NMM and of the generic model, or null
 *     without truth
 * @param trainingSeconds wall time of the full NMM's personalisation and training (s)
 * @param series time series of the held-out trials for plots, by trial name
 */
public record SubjectResult(String subject, List<String> muscles, List<TrialScore> scores, Map<String, Double> momentError,
        ParameterRecovery recovery, double trainingSeconds, Map<String, TrialSeries> series) {

    /** Copies the collections. */
    public SubjectResult {
        muscles = List.copyOf(muscles);
        scores = List.copyOf(scores);
        momentError = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(momentError));
        series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
    }

    /**
     * Mean absolute percentage errors of the recovered parameters over all muscles.
     *
     * @param maxIsometricForce F_iso error of the NMM (%)
     * @param optimalFiberLength l_opt error of the NMM (%)
     * @param tendonSlackLength l_Ts error of the NMM (%)
     * @param genericMaxIsometricForce F_iso error of the generic model (%)
     * @param genericOptimalFiberLength l_opt error of the generic model (%)
     * @param genericTendonSlackLength l_Ts error of the generic model (%)
     * @param values per muscle in model order: {F_iso, l_opt, l_Ts} fitted, true and generic
     */
    public record ParameterRecovery(double maxIsometricForce, double optimalFiberLength, double tendonSlackLength,
            double genericMaxIsometricForce, double genericOptimalFiberLength, double genericTendonSlackLength,
            Map<String, double[][]> values) {

        /** Copies the map. */
        public ParameterRecovery {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    /**
     * A held-out trial's series, {@code [muscle][frame]} in the subject's muscle order.
     *
     * @param loadMass load (kg)
     * @param time frame times (s)
     * @param trueExcitation true excitations
     * @param nmm the NMM's excitations
     * @param mse MSE's excitations (null when not run)
     * @param staticOptimization static optimisation's activations (null when not run)
     * @param idMoment inverse-dynamics moment (N·m)
     * @param nmmMoment the NMM's moment (N·m)
     */
    public record TrialSeries(double loadMass, double[] time, double[][] trueExcitation, double[][] nmm,
            double[][] mse, double[][] staticOptimization, double[] idMoment, double[] nmmMoment) {
    }
}

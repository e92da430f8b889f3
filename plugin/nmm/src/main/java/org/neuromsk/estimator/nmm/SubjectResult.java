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
 * @param pooledScores hidden-muscle scores per method over all held-out trials of the subject
 *     concatenated (trial {@link #POOLED}, load NaN): the correlation then also measures whether the
 *     level changes between loads are right, and stays defined when one trial's truth is nearly flat
 */
public record SubjectResult(String subject, List<String> muscles, List<TrialScore> scores, Map<String, Double> momentError,
        ParameterRecovery recovery, double trainingSeconds, Map<String, TrialSeries> series,
        List<TrialScore> pooledScores) {

    /** Trial name of the scores over the concatenated held-out trials. */
    public static final String POOLED = "held-out trials concatenated";

    /** Copies the collections. */
    public SubjectResult {
        muscles = List.copyOf(muscles);
        scores = List.copyOf(scores);
        pooledScores = pooledScores == null ? List.of() : List.copyOf(pooledScores);
        momentError = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(momentError));
        series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
    }

    /**
     * Results without pooled scores.
     *
     * @param subject subject name
     * @param muscles the subject's muscles
     * @param scores per-trial scores
     * @param momentError moment errors per method (%)
     * @param recovery parameter errors, or null
     * @param trainingSeconds training wall time (s)
     * @param series held-out series by trial name
     */
    public SubjectResult(String subject, List<String> muscles, List<TrialScore> scores,
            Map<String, Double> momentError, ParameterRecovery recovery, double trainingSeconds,
            Map<String, TrialSeries> series) {
        this(subject, muscles, scores, momentError, recovery, trainingSeconds, series, List.of());
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
     * @param forceScaleProduct error of F_iso × EMG scale over the measured muscles (%), the combination
     *     the moment identifies (NaN when unknown)
     * @param genericForceScaleProduct the same for the generic model with scale 1 (%)
     */
    public record ParameterRecovery(double maxIsometricForce, double optimalFiberLength, double tendonSlackLength,
            double genericMaxIsometricForce, double genericOptimalFiberLength, double genericTendonSlackLength,
            Map<String, double[][]> values, double forceScaleProduct, double genericForceScaleProduct) {

        /** Copies the map. */
        public ParameterRecovery {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }

        /**
         * Recovery without the force × scale products.
         *
         * @param maxIsometricForce F_iso error (%)
         * @param optimalFiberLength l_opt error (%)
         * @param tendonSlackLength l_Ts error (%)
         * @param genericMaxIsometricForce generic F_iso error (%)
         * @param genericOptimalFiberLength generic l_opt error (%)
         * @param genericTendonSlackLength generic l_Ts error (%)
         * @param values fitted, true and generic values per muscle
         */
        public ParameterRecovery(double maxIsometricForce, double optimalFiberLength, double tendonSlackLength,
                double genericMaxIsometricForce, double genericOptimalFiberLength, double genericTendonSlackLength,
                Map<String, double[][]> values) {
            this(maxIsometricForce, optimalFiberLength, tendonSlackLength, genericMaxIsometricForce,
                    genericOptimalFiberLength, genericTendonSlackLength, values, Double.NaN, Double.NaN);
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

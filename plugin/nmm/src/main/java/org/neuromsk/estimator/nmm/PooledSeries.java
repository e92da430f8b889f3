package org.neuromsk.estimator.nmm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, per method and hidden muscle, the estimates and true excitations of a subject's held-out
 * trials one after another, and scores the concatenation ({@link SubjectResult#pooledScores()}).
 */
final class PooledSeries {

    private final Map<String, Map<String, List<double[][]>>> parts = new LinkedHashMap<>();

    /**
     * @param method method name
     * @param muscle hidden muscle
     * @param estimate the trial's estimate (-)
     * @param truth the trial's true excitation (-)
     */
    void add(String method, String muscle, double[] estimate, double[] truth) {
        parts.computeIfAbsent(method, k -> new LinkedHashMap<>()).computeIfAbsent(muscle, k -> new ArrayList<>())
                .add(new double[][] {estimate, truth});
    }

    /**
     * @param subject subject name
     * @return RMSE and Pearson r of every method and muscle over the concatenated trials
     */
    List<TrialScore> scores(String subject) {
        List<TrialScore> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<double[][]>>> method : parts.entrySet()) {
            for (Map.Entry<String, List<double[][]>> muscle : method.getValue().entrySet()) {
                double[] estimate = concatenate(muscle.getValue(), 0);
                double[] truth = concatenate(muscle.getValue(), 1);
                out.add(new TrialScore(subject, Double.NaN, SubjectResult.POOLED, method.getKey(), muscle.getKey(),
                        Metrics.rmse(estimate, truth), Metrics.pearson(estimate, truth)));
            }
        }
        return out;
    }

    private static double[] concatenate(List<double[][]> pieces, int which) {
        int n = pieces.stream().mapToInt(p -> p[which].length).sum();
        double[] out = new double[n];
        int at = 0;
        for (double[][] p : pieces) {
            System.arraycopy(p[which], 0, out, at, p[which].length);
            at += p[which].length;
        }
        return out;
    }
}

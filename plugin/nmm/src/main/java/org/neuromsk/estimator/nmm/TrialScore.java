package org.neuromsk.estimator.nmm;

/**
 * How well one method estimated one hidden muscle in one held-out trial, against the true excitation.
 *
 * @param subject subject name
 * @param loadMass the trial's load (kg)
 * @param trial trial name
 * @param method method name ({@link NmmStudy#NMM}, …)
 * @param muscle hidden muscle
 * @param rmse root-mean-square error of the excitation
 * @param r Pearson correlation with the true excitation (NaN for a constant estimate)
 */
public record TrialScore(String subject, double loadMass, String trial, String method, String muscle, double rmse,
        double r) {
}

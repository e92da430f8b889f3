package org.neuromsk.estimator.nmm;

import java.util.LinkedHashMap;
import java.util.Map;

/** Compares a fitted NMM's personalised muscle parameters with a virtual subject's truth. */
final class ParameterRecoveries {

    private ParameterRecoveries() {
    }

    /**
     * @param subject the subject (with truth)
     * @param fit its fitted NMM
     * @return mean absolute percentage errors over every muscle, or null without truth
     */
    static SubjectResult.ParameterRecovery of(SubjectData subject, FittedNmm fit) {
        SubjectData.TrueParameters truth = subject.truth();
        if (truth == null) {
            return null;
        }
        Map<String, double[]> v = fit.physicalValues();
        GenericMuscles generic = fit.generic();
        double[][] fitted = {v.get("max_isometric_force"), v.get("optimal_fiber_length"),
            v.get("tendon_slack_length")};
        double[][] nominal = {generic.maxIsometricForces(), generic.optimalFiberLengths(),
            generic.tendonSlackLengths()};
        double[] error = new double[3];
        double[] genericError = new double[3];
        Map<String, double[][]> values = new LinkedHashMap<>();
        int n = subject.muscles().size();
        for (int m = 0; m < n; m++) {
            String name = subject.muscles().get(m);
            double[] t = {truth.maxIsometricForce().get(name), truth.optimalFiberLength().get(name),
                truth.tendonSlackLength().get(name)};
            for (int k = 0; k < 3; k++) {
                error[k] += Metrics.percentError(fitted[k][m], t[k]) / n;
                genericError[k] += Metrics.percentError(nominal[k][m], t[k]) / n;
            }
            values.put(name, new double[][] {{fitted[0][m], fitted[1][m], fitted[2][m]}, t,
                {nominal[0][m], nominal[1][m], nominal[2][m]}});
        }
        double[] scale = v.get("emg_scale");
        double product = 0;
        double genericProduct = 0;
        int measured = 0;
        for (int m = 0; m < n; m++) {
            String name = subject.muscles().get(m);
            Double trueScale = truth.emgScale().get(name);
            if (subject.measured().contains(name) && trueScale != null && scale != null) {
                double t = truth.maxIsometricForce().get(name) * trueScale;
                product += Metrics.percentError(fitted[0][m] * scale[m], t);
                genericProduct += Metrics.percentError(nominal[0][m], t);
                measured++;
            }
        }
        return new SubjectResult.ParameterRecovery(error[0], error[1], error[2], genericError[0], genericError[1],
                genericError[2], values, measured == 0 ? Double.NaN : product / measured,
                measured == 0 ? Double.NaN : genericProduct / measured);
    }
}

package org.neuromsk.estimator.nmm;

import org.neuromsk.error.NeuroMskException;

/** Agreement measures between an estimate and the truth. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * @param estimate estimated series
     * @param truth true series, same length
     * @return root-mean-square difference
     */
    public static double rmse(double[] estimate, double[] truth) {
        check(estimate, truth);
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            double d = estimate[i] - truth[i];
            s += d * d;
        }
        return Math.sqrt(s / truth.length);
    }

    /**
     * @param estimate estimated series
     * @param truth true series
     * @return Pearson's correlation coefficient r; NaN when either series is constant
     */
    public static double pearson(double[] estimate, double[] truth) {
        check(estimate, truth);
        int n = truth.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += estimate[i];
            mb += truth[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double a = estimate[i] - ma;
            double b = truth[i] - mb;
            sab += a * b;
            saa += a * a;
            sbb += b * b;
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }

    /**
     * @param values a series
     * @return the largest absolute value
     */
    public static double peak(double[] values) {
        double p = 0;
        for (double v : values) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }

    /**
     * @param estimate an estimated value
     * @param truth the true value (non-zero)
     * @return 100·|estimate − truth|/|truth| (%)
     */
    public static double percentError(double estimate, double truth) {
        return 100 * Math.abs(estimate - truth) / Math.abs(truth);
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new NeuroMskException("series of " + a.length + " and " + b.length + " values cannot be compared");
        }
    }
}

package org.neuromsk.metrics;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

import org.neuromsk.error.NeuroMskException;

/** Agreement between a measured and an estimated series of the same length. */
public final class Agreement {

    private Agreement() {
    }

    /**
     * Coefficient of determination of the estimate, about the mean of the measurement:
     * {@code 1 − Σ(y − ŷ)² / Σ(y − ȳ)²}.
     *
     * @param measured y
     * @param estimated ŷ
     * @return R² (-); NaN if the measurement is constant
     */
    public static double r2(double[] measured, double[] estimated) {
        check(measured, estimated);
        double mean = 0;
        for (double y : measured) {
            mean += y;
        }
        mean /= measured.length;
        double res = 0;
        double tot = 0;
        for (int i = 0; i < measured.length; i++) {
            double e = measured[i] - estimated[i];
            double d = measured[i] - mean;
            res += e * e;
            tot += d * d;
        }
        return tot == 0 ? Double.NaN : 1 - res / tot;
    }

    /**
     * @param measured y
     * @param estimated ŷ
     * @return Pearson's correlation coefficient (-), NaN if either is constant
     */
    public static double pearson(double[] measured, double[] estimated) {
        check(measured, estimated);
        if (measured.length < 2) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(measured, estimated);
    }

    /**
     * @param measured y
     * @param estimated ŷ
     * @return root-mean-square of {@code y − ŷ}, in their unit
     */
    public static double rmse(double[] measured, double[] estimated) {
        check(measured, estimated);
        double sum = 0;
        for (int i = 0; i < measured.length; i++) {
            double e = measured[i] - estimated[i];
            sum += e * e;
        }
        return Math.sqrt(sum / measured.length);
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new NeuroMskException("cannot compare series of " + a.length + " and " + b.length + " values");
        }
    }
}

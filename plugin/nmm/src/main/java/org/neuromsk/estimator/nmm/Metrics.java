package org.neuromsk.estimator.nmm;

import org.neuromsk.metrics.Agreement;

/**
 * Agreement measures between an estimate and the truth, in the NMM's argument order (estimate first);
 * r and RMSE are those of {@link Agreement}.
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * @param estimate estimated series
     * @param truth true series, same length
     * @return root-mean-square difference ({@link Agreement#rmse})
     */
    public static double rmse(double[] estimate, double[] truth) {
        return Agreement.rmse(truth, estimate);
    }

    /**
     * @param estimate estimated series
     * @param truth true series
     * @return Pearson's correlation coefficient r; NaN when either series is constant ({@link Agreement#pearson})
     */
    public static double pearson(double[] estimate, double[] truth) {
        return Agreement.pearson(truth, estimate);
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
}

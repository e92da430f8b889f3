package org.neuromsk.metrics;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

import org.neuromsk.error.NeuroMskException;

/** Agreement between a measured and an estimated series of the same length. */
public final class Agreement {

    private Agreement() {
    }

    /**
     * What {@link #r2(double[], double[], ConstantMeasurement)} reports when the measurement is constant
     * ({@code Σ(y − ȳ)² = 0}), where R² is undefined.
     */
    public enum ConstantMeasurement {
        /** NaN (the gait EMG estimators' convention). */
        NAN,
        /**
         * The plain quotient {@code 1 − SS_res / 0}: −∞ for any error, NaN for a perfect estimate (the IMU
         * envelope metrics' convention).
         */
        UNGUARDED
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
        return r2(measured, estimated, ConstantMeasurement.NAN);
    }

    /**
     * Coefficient of determination as {@link #r2(double[], double[])}, with a chosen value for a constant
     * measurement.
     *
     * @param measured y
     * @param estimated ŷ
     * @param ifConstant what a constant measurement gives
     * @return R² (-)
     */
    public static double r2(double[] measured, double[] estimated, ConstantMeasurement ifConstant) {
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
        if (tot == 0 && ifConstant == ConstantMeasurement.NAN) {
            return Double.NaN;
        }
        return 1 - res / tot;
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

    /**
     * RMSE normalised by the range of the measurement.
     *
     * @param measured y
     * @param estimated ŷ
     * @return {@code rmse(y, ŷ) / (max y − min y)} (-); +∞ or NaN for a constant measurement, NaN if y
     *     holds a NaN
     */
    public static double nrmse(double[] measured, double[] estimated) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double y : measured) {
            min = Math.min(min, y);
            max = Math.max(max, y);
        }
        return rmse(measured, estimated) / (max - min);
    }

    /**
     * Peak-amplitude ratio per cycle, averaged: cycle {@code c} covers frames {@code boundaries[c]}
     * (inclusive) to {@code boundaries[c + 1]} (exclusive) of both series.
     *
     * @param measured y
     * @param estimated ŷ, same frames
     * @param boundaries ascending frame indices, at least two (one cycle)
     * @return mean over cycles of {@code max ŷ / max y} within the cycle (-); 1 means peaks at the right
     *     height, below 1 underestimated
     * @throws NeuroMskException if a cycle has no positive measured peak
     */
    public static double peakRatio(double[] measured, double[] estimated, int[] boundaries) {
        int cycles = boundaries.length - 1;
        if (cycles < 1) {
            throw new NeuroMskException("a peak ratio needs at least one cycle (2 boundaries), got "
                    + boundaries.length + " boundaries");
        }
        double sum = 0;
        for (int c = 0; c < cycles; c++) {
            double peakMeasured = Double.NEGATIVE_INFINITY;
            double peakEstimated = Double.NEGATIVE_INFINITY;
            for (int i = boundaries[c]; i < boundaries[c + 1]; i++) {
                peakMeasured = Math.max(peakMeasured, measured[i]);
                peakEstimated = Math.max(peakEstimated, estimated[i]);
            }
            if (!(peakMeasured > 0)) {
                throw new NeuroMskException("cycle " + c + " has no positive true peak (" + peakMeasured + ")");
            }
            sum += peakEstimated / peakMeasured;
        }
        return sum / cycles;
    }

    private static void check(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new NeuroMskException("cannot compare series of " + a.length + " and " + b.length + " values");
        }
    }
}

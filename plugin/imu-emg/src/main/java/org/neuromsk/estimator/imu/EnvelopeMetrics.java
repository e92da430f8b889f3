package org.neuromsk.estimator.imu;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.metrics.Agreement;

/**
 * Per-muscle accuracy of estimated envelopes: Pearson r, R², NRMSE (RMSE over the true range) and the
 * per-cycle peak-amplitude ratio, as {@link Agreement} defines them (R² of a constant true envelope is
 * the unguarded quotient, {@link Agreement.ConstantMeasurement#UNGUARDED}). Cycles come from a given
 * segmentation or from the peaks of each true envelope ({@link Cycles#fromPeaks}), with the peak spacing
 * set from the common period of all muscles.
 */
public final class EnvelopeMetrics {

    /** Shortest stride period searched (s). */
    public static final double MIN_PERIOD = 0.4;
    /** Longest stride period searched (s). */
    public static final double MAX_PERIOD = 2.5;
    /** Least spacing of cycle peaks as a share of the period. */
    public static final double PEAK_SPACING = 0.6;

    private EnvelopeMetrics() {
    }

    /**
     * @param muscle name
     * @param truth true envelope
     * @param estimate estimated envelope, same length
     * @param cycles segmentation of the series for the peak ratio
     * @return the metrics
     */
    public static MuscleMetrics of(String muscle, double[] truth, double[] estimate, Cycles cycles) {
        if (truth.length != estimate.length || truth.length < 3) {
            throw new NeuroMskException(muscle + ": " + truth.length + " true and " + estimate.length
                    + " estimated values (need equal lengths ≥ 3)");
        }
        return new MuscleMetrics(muscle, Agreement.pearson(truth, estimate),
                Agreement.r2(truth, estimate, Agreement.ConstantMeasurement.UNGUARDED),
                Agreement.nrmse(truth, estimate), Agreement.peakRatio(truth, estimate, cycles.boundaries()),
                cycles.count());
    }

    /**
     * Metrics for every muscle, each with cycles from the peaks of its own true envelope.
     *
     * @param muscles names, one per column
     * @param truth true envelopes, {@code frames × muscles}
     * @param estimate estimated envelopes, same shape
     * @param rate frames per second (Hz)
     * @return one entry per muscle
     */
    public static List<MuscleMetrics> byPeaks(List<String> muscles, double[][] truth, double[][] estimate,
            double rate) {
        double[][] columns = columns(truth, muscles.size());
        int period = period(columns, rate);
        int spacing = (int) Math.round(PEAK_SPACING * period);
        List<MuscleMetrics> result = new ArrayList<>();
        double[][] estimates = columns(estimate, muscles.size());
        for (int m = 0; m < muscles.size(); m++) {
            result.add(of(muscles.get(m), columns[m], estimates[m], cycles(muscles.get(m), columns[m], spacing)));
        }
        return result;
    }

    /**
     * Cycles around the peaks of one muscle's true envelope ({@link Cycles#fromPeaks}).
     *
     * @param muscle its name, for the error message
     * @param truth its true envelope
     * @param spacing least distance between peaks (frames)
     * @return the cycles
     * @throws NeuroMskException naming the muscle if fewer than three peaks are found
     */
    public static Cycles cycles(String muscle, double[] truth, int spacing) {
        try {
            return Cycles.fromPeaks(truth, spacing);
        } catch (NeuroMskException e) {
            throw new NeuroMskException(muscle + ": " + e.getMessage(), e);
        }
    }

    /**
     * Metrics for every muscle with one given segmentation.
     *
     * @param muscles names, one per column
     * @param truth true envelopes, {@code frames × muscles}
     * @param estimate estimated envelopes, same shape
     * @param cycles the segmentation (frame indices into the rows)
     * @return one entry per muscle
     */
    public static List<MuscleMetrics> byCycles(List<String> muscles, double[][] truth, double[][] estimate,
            Cycles cycles) {
        double[][] columns = columns(truth, muscles.size());
        double[][] estimates = columns(estimate, muscles.size());
        List<MuscleMetrics> result = new ArrayList<>();
        for (int m = 0; m < muscles.size(); m++) {
            result.add(of(muscles.get(m), columns[m], estimates[m], cycles));
        }
        return result;
    }

    /**
     * The common stride period of envelopes ({@link Cycles#period}), searched between {@value #MIN_PERIOD}
     * and {@value #MAX_PERIOD} s, as {@link #byPeaks} cuts cycles.
     *
     * @param columns envelopes, {@code muscles × frames}
     * @param rate frames per second (Hz)
     * @return the period (frames)
     * @throws NeuroMskException when the series is too short for that search ({@link #canFindPeriod})
     */
    public static int period(double[][] columns, double rate) {
        int[] lags = periodLags(columns[0].length, rate);
        return Cycles.period(columns, lags[0], lags[1]);
    }

    /**
     * @param frames series length
     * @param rate frames per second (Hz)
     * @return whether {@link #period} can search a series of that length
     */
    public static boolean canFindPeriod(int frames, double rate) {
        int[] lags = periodLags(frames, rate);
        return lags[0] >= 1 && lags[1] >= lags[0];
    }

    /** @return the shortest and longest period searched in a series of that length (frames) */
    private static int[] periodLags(int frames, double rate) {
        return new int[] {(int) Math.round(MIN_PERIOD * rate),
            Math.min(frames - 1, (int) Math.round(MAX_PERIOD * rate))};
    }

    static double[][] columns(double[][] rows, int width) {
        double[][] columns = new double[width][rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new NeuroMskException("row " + i + " has " + rows[i].length + " values, expected " + width);
            }
            for (int m = 0; m < width; m++) {
                columns[m][i] = rows[i][m];
            }
        }
        return columns;
    }
}

package org.neuromsk.estimator.gait;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.neuromsk.error.NeuroMskException;

/**
 * The mean envelope over the gait cycle as a function of gait phase: what an estimate that knows only
 * where in the stride each frame lies can give. The phase [0, 1) is cut into {@value #BINS} equal bins;
 * each bin holds the mean of the frames whose phase falls in it, and an estimate interpolates linearly
 * between bin centres, wrapping from the last bin to the first (the cycle is periodic).
 *
 * <p>A reference, not a trained model. A training trial's template applied to another trial shows what
 * the stride-average pattern alone scores there. A trial's own template with each stride left out
 * ({@link #leaveOneStrideOut}) reads that trial's EMG, so it is no estimator: it shows how much of the
 * trial's per-sample variance one repeated pattern per stride can explain at best.
 *
 * @param curves mean value per muscle and phase bin, {@code [muscle][bin]}
 */
public record PhaseTemplate(double[][] curves) {

    /** Phase bins per cycle. */
    public static final int BINS = 100;

    /** Checks the shape and copies the curves. */
    public PhaseTemplate {
        double[][] copy = new double[curves.length][];
        for (int m = 0; m < curves.length; m++) {
            if (curves[m].length != BINS) {
                throw new NeuroMskException("phase template: muscle " + m + " has " + curves[m].length
                        + " bins, expected " + BINS);
            }
            copy[m] = curves[m].clone();
        }
        curves = copy;
    }

    @Override
    public double[][] curves() {
        double[][] copy = new double[curves.length][];
        for (int m = 0; m < curves.length; m++) {
            copy[m] = curves[m].clone();
        }
        return copy;
    }

    /**
     * @param phase gait phase of every frame, in [0, 1)
     * @param values values per muscle and frame, {@code [muscle][frame]}
     * @return the mean of every muscle per phase bin
     * @throws NeuroMskException if a bin holds no frame
     */
    public static PhaseTemplate fit(double[] phase, double[][] values) {
        BinSums all = BinSums.of(phase, values, null);
        return new PhaseTemplate(all.means(null));
    }

    /**
     * @param phase gait phase of every frame, in [0, 1)
     * @return the template at each frame's phase, {@code [muscle][frame]}
     */
    public double[][] predict(double[] phase) {
        double[][] out = new double[curves.length][phase.length];
        for (int i = 0; i < phase.length; i++) {
            double x = bin(phase[i]) + fraction(phase[i]) - 0.5;
            int lo = (int) Math.floor(x);
            double w = x - lo;
            int a = Math.floorMod(lo, BINS);
            int b = Math.floorMod(lo + 1, BINS);
            for (int m = 0; m < curves.length; m++) {
                out[m][i] = (1 - w) * curves[m][a] + w * curves[m][b];
            }
        }
        return out;
    }

    /**
     * Each frame estimated by the template of all the other strides of the same series: the stride a
     * frame belongs to never contributes to its own estimate.
     *
     * @param phase gait phase of every frame, in [0, 1)
     * @param stride stride number of every frame (frames of one stride share it; see {@link #strides})
     * @param values values per muscle and frame, {@code [muscle][frame]}
     * @return the estimates, {@code [muscle][frame]}
     * @throws NeuroMskException if, without some stride, a bin holds no frame
     */
    public static double[][] leaveOneStrideOut(double[] phase, int[] stride, double[][] values) {
        if (stride.length != phase.length) {
            throw new NeuroMskException("phase template: " + phase.length + " phases but " + stride.length
                    + " stride numbers");
        }
        BinSums all = BinSums.of(phase, values, null);
        Map<Integer, List<Integer>> frames = IntStream.range(0, phase.length).boxed()
                .collect(Collectors.groupingBy(i -> stride[i]));
        double[][] out = new double[values.length][phase.length];
        for (List<Integer> strideFrames : frames.values()) {
            int[] own = strideFrames.stream().mapToInt(Integer::intValue).toArray();
            double[] ownPhase = new double[own.length];
            for (int k = 0; k < own.length; k++) {
                ownPhase[k] = phase[own[k]];
            }
            double[][] estimate = new PhaseTemplate(all.means(BinSums.of(phase, values, own))).predict(ownPhase);
            for (int k = 0; k < own.length; k++) {
                for (int m = 0; m < values.length; m++) {
                    out[m][own[k]] = estimate[m][k];
                }
            }
        }
        return out;
    }

    /**
     * The correlation ratio η of each muscle's values on the phase bins: the square root of the share of
     * their variance that the bin means explain. No estimate that is a function of the phase bin alone
     * correlates better than η with the values (Pearson's r ≤ η, equality for the bin means themselves),
     * so η bounds what a pattern repeated stride after stride can reach on this series.
     *
     * @param phase gait phase of every frame, in [0, 1)
     * @param values values per muscle and frame, {@code [muscle][frame]}
     * @return η per muscle, in [0, 1] (NaN for a constant muscle)
     */
    public static double[] correlationRatio(double[] phase, double[][] values) {
        BinSums all = BinSums.of(phase, values, null);
        double[][] means = all.means(null);
        double[] eta = new double[values.length];
        for (int m = 0; m < values.length; m++) {
            double mean = Arrays.stream(values[m]).average().orElse(Double.NaN);
            double total = 0;
            for (double v : values[m]) {
                total += (v - mean) * (v - mean);
            }
            double between = 0;
            for (int b = 0; b < BINS; b++) {
                between += all.counts()[b] * (means[m][b] - mean) * (means[m][b] - mean);
            }
            eta[m] = Math.sqrt(between / total);
        }
        return eta;
    }

    /**
     * @param time frame times (s), increasing
     * @param heelStrikes heel-strike times (s), increasing
     * @return for every frame the number of heel strikes at or before it: frames between two
     *     consecutive heel strikes share a number, those before the first get 0
     */
    public static int[] strides(double[] time, double[] heelStrikes) {
        int[] out = new int[time.length];
        int e = 0;
        for (int i = 0; i < time.length; i++) {
            while (e < heelStrikes.length && heelStrikes[e] <= time[i]) {
                e++;
            }
            out[i] = e;
        }
        return out;
    }

    private static int bin(double phase) {
        if (!(phase >= 0 && phase < 1)) {
            throw new NeuroMskException("phase template: phase " + phase + " outside [0, 1)");
        }
        return Math.min(BINS - 1, (int) Math.floor(phase * BINS));
    }

    private static double fraction(double phase) {
        return phase * BINS - bin(phase);
    }

    /** Sums and counts per phase bin, of all frames or of one stride's. */
    private record BinSums(double[][] sums, int[] counts) {

        /** @param frames the frames to sum (indices), or null for all */
        static BinSums of(double[] phase, double[][] values, int[] frames) {
            for (int m = 0; m < values.length; m++) {
                if (values[m].length != phase.length) {
                    throw new NeuroMskException("phase template: muscle " + m + " has " + values[m].length
                            + " values for " + phase.length + " phases");
                }
            }
            double[][] sums = new double[values.length][BINS];
            int[] counts = new int[BINS];
            int n = frames == null ? phase.length : frames.length;
            for (int k = 0; k < n; k++) {
                int i = frames == null ? k : frames[k];
                int b = bin(phase[i]);
                counts[b]++;
                for (int m = 0; m < values.length; m++) {
                    sums[m][b] += values[m][i];
                }
            }
            return new BinSums(sums, counts);
        }

        /** @return the means per bin of these sums without those of {@code minus} (or all, if null) */
        double[][] means(BinSums minus) {
            double[][] out = new double[sums.length][BINS];
            for (int b = 0; b < BINS; b++) {
                int n = counts[b] - (minus == null ? 0 : minus.counts[b]);
                if (n <= 0) {
                    throw new NeuroMskException(String.format(java.util.Locale.ROOT,
                            "phase template: no frame with phase in [%.2f, %.2f) (too few strides)",
                            b / (double) BINS, (b + 1) / (double) BINS));
                }
                for (int m = 0; m < sums.length; m++) {
                    out[m][b] = (sums[m][b] - (minus == null ? 0 : minus.sums[m][b])) / n;
                }
            }
            return out;
        }
    }
}

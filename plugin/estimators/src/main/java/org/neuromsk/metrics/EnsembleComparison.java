package org.neuromsk.metrics;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.dataset.CycleAverages;
import org.neuromsk.dataset.GaitCycle;
import org.neuromsk.error.NeuroMskException;

/**
 * Measured against estimated EMG over the gait cycles of a trial, as Park &amp; Park's Table 1 does:
 * both signals are cut into the same cycles, each cycle is time-normalised to 101 points, the cycles
 * are averaged point by point, and R² compares the two 101-point averages. Per-sample metrics use the
 * frames inside the cycles.
 */
public final class EnsembleComparison {

    private EnsembleComparison() {
    }

    /**
     * @param time frame times (s)
     * @param muscles muscle names, one per column
     * @param measured measured envelopes, {@code [muscle][frame]}
     * @param estimated estimated envelopes, {@code [muscle][frame]}
     * @param cycles the gait cycles to average over (at least one)
     * @return one entry per muscle
     */
    public static List<MuscleMetrics> compare(double[] time, List<String> muscles, double[][] measured,
            double[][] estimated, List<GaitCycle> cycles) {
        if (cycles.isEmpty()) {
            throw new NeuroMskException("no gait cycles to compare over");
        }
        if (measured.length != muscles.size() || estimated.length != muscles.size()) {
            throw new NeuroMskException(muscles.size() + " muscles but " + measured.length + " measured and "
                    + estimated.length + " estimated columns");
        }
        boolean[] inside = insideCycles(time, cycles);
        List<MuscleMetrics> out = new ArrayList<>();
        for (int m = 0; m < muscles.size(); m++) {
            double[] truthAverage = CycleAverages.ensembleAverage(time, measured[m], cycles);
            double[] estimateAverage = CycleAverages.ensembleAverage(time, estimated[m], cycles);
            double[] y = select(measured[m], inside);
            double[] p = select(estimated[m], inside);
            out.add(new MuscleMetrics(muscles.get(m), Agreement.r2(truthAverage, estimateAverage), Agreement.r2(y, p),
                    Agreement.pearson(y, p), Agreement.rmse(y, p), cycles.size()));
        }
        return out;
    }

    private static boolean[] insideCycles(double[] time, List<GaitCycle> cycles) {
        boolean[] inside = new boolean[time.length];
        for (int r = 0; r < time.length; r++) {
            for (GaitCycle c : cycles) {
                if (c.contains(time[r])) {
                    inside[r] = true;
                    break;
                }
            }
        }
        return inside;
    }

    private static double[] select(double[] values, boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[] out = new double[n];
        int j = 0;
        for (int i = 0; i < values.length; i++) {
            if (keep[i]) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    /**
     * @param metrics per-muscle metrics
     * @return the mean ensemble R² over the muscles
     */
    public static double meanEnsembleR2(List<MuscleMetrics> metrics) {
        return metrics.stream().mapToDouble(MuscleMetrics::ensembleR2).average().orElse(Double.NaN);
    }
}

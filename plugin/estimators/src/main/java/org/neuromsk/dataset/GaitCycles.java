package org.neuromsk.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The accepted gait cycles of a trial and how they were found.
 *
 * @param cycles accepted cycles, in time order, indexed from 0
 * @param heelStrikes every accepted heel strike (s)
 * @param rejected number of cycles between consecutive heel strikes that the rules dropped
 * @param method how the heel strikes were found, for reports
 */
public record GaitCycles(List<GaitCycle> cycles, double[] heelStrikes, int rejected, String method) {

    /** Copies the collections. */
    public GaitCycles {
        cycles = List.copyOf(cycles);
        heelStrikes = heelStrikes.clone();
    }

    /**
     * @param heelStrikes heel-strike times (s), increasing
     * @param rules which cycles to accept
     * @param method how the heel strikes were found
     * @return the cycles between consecutive heel strikes whose duration is within
     *     {@link CycleRules#maxDeviation()} of the median
     */
    public static GaitCycles fromHeelStrikes(double[] heelStrikes, CycleRules rules, String method) {
        if (heelStrikes.length < 2) {
            return new GaitCycles(List.of(), heelStrikes, 0, method);
        }
        double[] durations = new double[heelStrikes.length - 1];
        for (int i = 0; i < durations.length; i++) {
            durations[i] = heelStrikes[i + 1] - heelStrikes[i];
        }
        double median = median(durations);
        List<GaitCycle> kept = new ArrayList<>();
        int rejected = 0;
        for (int i = 0; i < durations.length; i++) {
            boolean ok = durations[i] >= rules.minDuration()
                    && Math.abs(durations[i] - median) <= rules.maxDeviation() * median;
            if (ok) {
                kept.add(new GaitCycle(kept.size(), heelStrikes[i], heelStrikes[i + 1]));
            } else {
                rejected++;
            }
        }
        return new GaitCycles(kept, heelStrikes, rejected, method);
    }

    /** @return number of accepted cycles */
    public int size() {
        return cycles.size();
    }

    /** @return the mean duration of the accepted cycles (s), NaN if none */
    public double meanDuration() {
        return cycles.stream().mapToDouble(GaitCycle::duration).average().orElse(Double.NaN);
    }

    /**
     * @param time frame times (s)
     * @return for each frame the index of the accepted cycle containing it, or −1
     */
    public int[] cycleOfFrames(double[] time) {
        int[] out = new int[time.length];
        Arrays.fill(out, -1);
        int c = 0;
        for (int r = 0; r < time.length; r++) {
            while (c < cycles.size() && time[r] >= cycles.get(c).end()) {
                c++;
            }
            if (c < cycles.size() && cycles.get(c).contains(time[r])) {
                out[r] = c;
            }
        }
        return out;
    }

    @Override
    public double[] heelStrikes() {
        return heelStrikes.clone();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GaitCycles g && cycles.equals(g.cycles) && Arrays.equals(heelStrikes, g.heelStrikes)
                && rejected == g.rejected && method.equals(g.method);
    }

    @Override
    public int hashCode() {
        return cycles.hashCode() * 31 + Arrays.hashCode(heelStrikes);
    }

    @Override
    public String toString() {
        return "GaitCycles[" + cycles.size() + " accepted, " + rejected + " rejected, " + method + "]";
    }
}

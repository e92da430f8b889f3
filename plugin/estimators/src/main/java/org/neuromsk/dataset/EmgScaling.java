package org.neuromsk.dataset;

import java.util.List;
import java.util.Locale;

import com.google.gson.annotations.SerializedName;

import org.neuromsk.error.NeuroMskException;

/**
 * How EMG envelopes are scaled before they are learned or compared.
 *
 * <p>{@link #CYCLE_RANGE} rescales each muscle of each trial so that its ensemble average (the mean
 * time-normalised gait cycle) runs from 0 at its lowest to 1 at its highest point. Envelopes of one
 * subject recorded at two speeds differ by an offset and a gain that kinematics cannot explain
 * (on the CEINMS-RT walks the soleus envelope never drops below 0.06 in the swing phase at 4.5 km/h
 * but reaches 0.003 at 3.6 km/h); this scaling removes both while keeping the shape of the pattern,
 * which is what the estimators learn. The scale of a test trial comes from its own measured EMG, so
 * estimates are in "fraction of the trial's mean-cycle range" (-), not in the file's unit.
 */
public enum EmgScaling {
    /** The envelopes as the file gives them. */
    @SerializedName("as-given") AS_GIVEN,
    /** (x − min) / (max − min) of the trial's ensemble average, per muscle. */
    @SerializedName("cycle-range") CYCLE_RANGE;

    /**
     * An offset and a range: scaled = (value − offset) / range.
     *
     * @param offset subtracted (EMG unit)
     * @param range divided by (EMG unit), positive
     */
    public record Scale(double offset, double range) {

        /** Checks the range. */
        public Scale {
            if (!(range > 0) || !Double.isFinite(offset)) {
                throw new NeuroMskException("EMG scale needs a positive range, got offset " + offset + ", range " + range);
            }
        }

        /**
         * @param values envelope (EMG unit)
         * @return scaled envelope (-)
         */
        public double[] apply(double[] values) {
            double[] out = new double[values.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = (values[i] - offset) / range;
            }
            return out;
        }
    }

    /**
     * @param time frame times (s)
     * @param envelope one muscle's envelope (EMG unit)
     * @param cycles the trial's gait cycles
     * @param muscle the muscle's name, for messages
     * @return the scale of this envelope
     * @throws NeuroMskException if the mean cycle is flat (nothing to learn)
     */
    public Scale fit(double[] time, double[] envelope, List<GaitCycle> cycles, String muscle) {
        if (this == AS_GIVEN) {
            return new Scale(0, 1);
        }
        double[] mean = CycleAverages.ensembleAverage(time, envelope, cycles);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : mean) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            throw new NeuroMskException("EMG of " + muscle + " has a flat mean gait cycle (" + lo + "): cannot scale it");
        }
        return new Scale(lo, hi - lo);
    }

    /** @return the JSON name, e.g. {@code cycle-range} */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param text a JSON name
     * @return the scaling
     */
    public static EmgScaling parse(String text) {
        for (EmgScaling s : values()) {
            if (s.jsonName().equals(text)) {
                return s;
            }
        }
        throw new NeuroMskException("unknown EMG scaling '" + text + "'; known: as-given, cycle-range");
    }
}

package org.neuromsk.dataset;

import org.neuromsk.error.NeuroMskException;

/**
 * One gait cycle: from a heel strike to the next heel strike of the same foot.
 *
 * @param index position among the trial's accepted cycles, from 0
 * @param start time of the first heel strike (s)
 * @param end time of the next heel strike (s)
 */
public record GaitCycle(int index, double start, double end) {

    /** Checks the times. */
    public GaitCycle {
        if (!(end > start) || !Double.isFinite(start) || !Double.isFinite(end)) {
            throw new NeuroMskException("gait cycle must end after it starts: " + start + " to " + end + " s");
        }
    }

    /** @return the cycle's duration (s) */
    public double duration() {
        return end - start;
    }

    /**
     * @param t a time (s)
     * @return true if {@code start <= t < end}
     */
    public boolean contains(double t) {
        return t >= start && t < end;
    }
}

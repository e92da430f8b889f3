package org.neuromsk.dataset;

import org.neuromsk.error.NeuroMskException;

/**
 * Which heel strikes and cycles to accept. A heel strike less than {@code minDuration} after the
 * previous accepted one is ignored (force or angle noise); a cycle whose duration differs from the
 * median cycle duration by more than {@code maxDeviation} of it is dropped (a missed or an extra heel
 * strike, a stumble, a turn).
 *
 * @param minDuration shortest cycle (s)
 * @param maxDeviation largest accepted relative difference from the median duration (-)
 */
public record CycleRules(double minDuration, double maxDeviation) {

    /** Checks the ranges. */
    public CycleRules {
        if (!(minDuration > 0) || !(maxDeviation > 0)) {
            throw new NeuroMskException("cycle rules: need minDuration > 0 and maxDeviation > 0, got " + minDuration
                    + " s and " + maxDeviation);
        }
    }

    /** @return cycles of at least 0.4 s within 20 % of the median duration */
    public static CycleRules walking() {
        return new CycleRules(0.4, 0.2);
    }
}

package org.neuromsk.virtual;

import java.util.Locale;
import java.util.random.RandomGenerator;

import org.neuromsk.error.NeuroMskException;

/**
 * A closed interval values are drawn from uniformly.
 *
 * @param min lower bound
 * @param max upper bound, ≥ min
 */
public record Range(double min, double max) {

    /** @throws NeuroMskException for non-finite or reversed bounds */
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new NeuroMskException(String.format(Locale.ROOT, "invalid range [%s, %s]: bounds must be finite "
                    + "and min <= max", min, max));
        }
    }

    /**
     * @param rng the random source
     * @return a uniform draw in [min, max]
     */
    public double draw(RandomGenerator rng) {
        return min + (max - min) * rng.nextDouble();
    }

    /**
     * @param rng the random source
     * @return a draw whose logarithm is uniform (min and max must be positive)
     */
    public double drawLog(RandomGenerator rng) {
        if (!(min > 0)) {
            throw new NeuroMskException("a log-uniform range needs positive bounds, got [" + min + ", " + max + "]");
        }
        return Math.exp(Math.log(min) + (Math.log(max) - Math.log(min)) * rng.nextDouble());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "[%s, %s]", min, max);
    }
}

package org.neuromsk.emg;

import java.util.Map;

import org.neuromsk.error.NeuroMskException;

/**
 * How an {@link EmgChain} scales its envelopes at the end.
 */
public sealed interface EmgNormalization {

    /** Keep the envelope in the raw signal's unit (V or mV). */
    record None() implements EmgNormalization {
    }

    /** Divide each channel by its own peak in the trial, so that each maximum becomes 1 (-). */
    record PerTrialPeak() implements EmgNormalization {
    }

    /**
     * Divide each channel by a reference value, e.g. its peak envelope in a maximum voluntary
     * contraction (MVC) trial processed by the same chain (see {@link EmgChain#peaks(EmgSignals)}).
     *
     * @param references channel name → reference value (unit of the envelope), positive; must cover
     *        every channel processed
     */
    record Reference(Map<String, Double> references) implements EmgNormalization {
        /**
         * @throws NeuroMskException if a reference is not positive and finite
         */
        public Reference {
            references = Map.copyOf(references);
            for (Map.Entry<String, Double> e : references.entrySet()) {
                double v = e.getValue();
                if (!(v > 0) || !Double.isFinite(v)) {
                    throw new NeuroMskException("reference value of channel '" + e.getKey() + "' must be positive, got "
                            + v);
                }
            }
        }
    }

    /** @return no normalisation */
    static EmgNormalization none() {
        return new None();
    }

    /** @return per-trial peak normalisation */
    static EmgNormalization perTrialPeak() {
        return new PerTrialPeak();
    }
}

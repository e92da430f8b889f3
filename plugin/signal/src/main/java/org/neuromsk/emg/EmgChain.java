package org.neuromsk.emg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.signal.Normalization;

/**
 * A configurable chain from raw EMG to envelopes: {@link EmgStage}s applied in order to every
 * channel, then an {@link EmgNormalization}. Immutable.
 *
 * <p>Example:
 * <pre>
 * EmgChain chain = new EmgChain(List.of(
 *         EmgStage.BandPass.of(20, 450, 4), new EmgStage.Rectify(), EmgStage.LowPass.of(6, 4)),
 *         EmgNormalization.perTrialPeak());
 * EmgSignals envelopes = chain.process(EmgReader.read(rawFile, channels, renames));
 * </pre>
 *
 * @param stages the stages, in order
 * @param normalization the final scaling
 */
public record EmgChain(List<EmgStage> stages, EmgNormalization normalization) {

    /** Copies the stage list. */
    public EmgChain {
        stages = List.copyOf(stages);
        if (normalization == null) {
            throw new NeuroMskException("an EMG chain needs a normalisation (use EmgNormalization.none())");
        }
    }

    /**
     * The processing stated for OpenSim Moco's example3DWalking EMG (its README): band-pass 50–500 Hz
     * (Butterworth, order 6), full-wave rectification, low-pass 7.5 Hz (Butterworth, order 4),
     * critically damped low-pass 15 Hz (order 4, two passes from rest), each channel normalised to
     * its peak. The Butterworth stages are zero phase with padded ends. With these conventions it
     * reproduces that example's electromyography.sto from emg_walk_raw.anc (r ≥ 0.9999 per muscle).
     *
     * @return the chain
     */
    public static EmgChain mocoWalk() {
        return new EmgChain(List.of(
                EmgStage.BandPass.of(50, 500, 6),
                new EmgStage.Rectify(),
                EmgStage.LowPass.of(7.5, 4),
                EmgStage.CriticallyDamped.of(15, 4)),
                EmgNormalization.perTrialPeak());
    }

    /**
     * Runs the stages only (no normalisation).
     *
     * @param raw raw EMG (V or mV), uniformly sampled
     * @return the envelopes, in the raw unit
     * @throws NeuroMskException naming the source if the sampling is not uniform or a stage does not
     *         fit the sample rate (e.g. a cut-off above the Nyquist frequency)
     */
    public EmgSignals envelope(EmgSignals raw) {
        double rate = raw.rate();
        for (EmgStage stage : stages) {
            try {
                stage.check(rate);
            } catch (NeuroMskException e) {
                throw new NeuroMskException(raw.source() + ": " + stage.describe() + ": " + e.getMessage(), e);
            }
            int needed = stage.minimumSamples(rate);
            if (raw.sampleCount() < needed) {
                throw new NeuroMskException(raw.source() + ": " + raw.sampleCount() + " samples, too few for the "
                        + stage.describe() + ", which needs at least " + needed + " (its padding at each end)");
            }
        }
        double[][] out = new double[raw.channels().size()][];
        for (int c = 0; c < out.length; c++) {
            double[] x = raw.valuesView()[c];
            for (EmgStage stage : stages) {
                x = stage.apply(x, rate);
            }
            out[c] = x;
        }
        return raw.withChannels(raw.channels(), out);
    }

    /**
     * Runs the stages and the normalisation.
     *
     * @param raw raw EMG (V or mV), uniformly sampled
     * @return the envelopes: dimensionless (-) if normalised, else in the raw unit
     * @throws NeuroMskException naming the source if a stage does not fit, a channel has no positive
     *         peak, or a reference value is missing
     */
    public EmgSignals process(EmgSignals raw) {
        EmgSignals env = envelope(raw);
        if (normalization instanceof EmgNormalization.None) {
            return env;
        }
        List<String> names = env.channels();
        double[][] out = new double[names.size()][];
        for (int c = 0; c < out.length; c++) {
            String name = names.get(c);
            double[] x = env.valuesView()[c];
            try {
                if (normalization instanceof EmgNormalization.Reference ref) {
                    Double value = ref.references().get(name);
                    if (value == null) {
                        throw new NeuroMskException("no reference (MVC) value for channel '" + name + "'");
                    }
                    out[c] = Normalization.byReference(x, value);
                } else {
                    out[c] = Normalization.toPeak(x);
                }
            } catch (NeuroMskException e) {
                throw new NeuroMskException(raw.source() + ": channel '" + name + "': " + e.getMessage(), e);
            }
        }
        return env.withChannels(names, out);
    }

    /**
     * Peak envelope of each channel, e.g. of an MVC trial, for {@link EmgNormalization.Reference}.
     *
     * @param raw raw EMG (V or mV)
     * @return channel name → peak of its envelope (raw unit)
     */
    public Map<String, Double> peaks(EmgSignals raw) {
        return envelope(raw).peaks();
    }

    /** @return the stages and normalisation, one line, e.g. for a file header */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (EmgStage stage : stages) {
            parts.add(stage.describe());
        }
        if (normalization instanceof EmgNormalization.None) {
            parts.add("not normalised");
        } else if (normalization instanceof EmgNormalization.Reference) {
            parts.add("normalised to reference (MVC) values");
        } else {
            parts.add("normalised to each channel's peak");
        }
        return String.join("; ", parts);
    }
}

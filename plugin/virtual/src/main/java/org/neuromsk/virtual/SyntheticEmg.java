package org.neuromsk.virtual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.neuromsk.emg.EmgChain;
import org.neuromsk.emg.EmgNormalization;
import org.neuromsk.emg.EmgSignals;
import org.neuromsk.emg.EmgStage;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.signal.Interpolation;

/**
 * EMG a surface electrode would record, made from the true excitations, and its envelopes.
 *
 * <p>Raw EMG of muscle m: x(t) = g_m·u_m(t + d)·√(π/2)·n(t) + 0.01·g_m·n₀(t), with g_m the muscle's
 * EMG gain (mV), d the subject's EMG lead, u_m the excitation (linear between nodes, held before the
 * start and after the end), n and n₀ independent Gaussian noises band-limited to 20–450 Hz and scaled to unit RMS (so the
 * rectified mean of the first term is g_m·u_m) — amplitude-modulated noise, the usual interference
 * pattern model. The envelope chain is {@link #chain}: band-pass 20–450 Hz, full-wave rectification,
 * low-pass 6 Hz (Butterworth, order 4, zero phase), each muscle divided by a reference (below), so that
 * the envelope ≈ u_m(t + d)/s_m, s_m its EMG scale: u(t) = s_m·envelope(t − d). Envelopes are
 * resampled (linearly) to the
 * trial's sample times. Deep muscles ({@link ElbowMuscles#HIDDEN}) get none.
 *
 * <p>The reference is measured as in practice: the same chain applied to a 2-s maximum voluntary
 * contraction (u = 1) of the same muscle, its mean envelope over the middle second, times s_m. The
 * band-limited carrier's rectified mean is then calibrated away and the envelope's level is u/s_m.
 */
public final class SyntheticEmg {

    /** Stream purpose: EMG noise. */
    static final long EMG_STREAM = 3;
    /** Raw EMG band (Hz). */
    static final double BAND_LOW = 20;
    /** Raw EMG band (Hz). */
    static final double BAND_HIGH = 450;
    /** Envelope low-pass cut-off (Hz). */
    static final double ENVELOPE_CUTOFF = 6;
    /** Noise floor relative to the gain. */
    static final double NOISE_FLOOR = 0.01;
    /** Raw EMG recorded before and after the trial (s). */
    static final double PAD = 0.5;

    /** Duration of the simulated maximum voluntary contraction (s). */
    static final double MVC_DURATION = 2;

    private final SubjectTruth subject;
    private final double rate;
    private final EmgChain chain;

    /**
     * @param subject the subject (gains, scales, lead)
     * @param rate raw EMG sample rate (Hz), above twice {@value #BAND_HIGH} Hz
     */
    public SyntheticEmg(SubjectTruth subject, double rate) {
        this.subject = Objects.requireNonNull(subject, "subject");
        if (!(rate > 2 * BAND_HIGH)) {
            throw new NeuroMskException("raw EMG rate must exceed " + 2 * BAND_HIGH + " Hz, got " + rate);
        }
        this.rate = rate;
        this.chain = new EmgChain(stages(), new EmgNormalization.Reference(references()));
    }

    /** @return band-pass, rectification, low-pass */
    static List<EmgStage> stages() {
        return List.of(EmgStage.BandPass.of(BAND_LOW, BAND_HIGH, 4), new EmgStage.Rectify(),
                EmgStage.LowPass.of(ENVELOPE_CUTOFF, 4));
    }

    /** @return the envelope chain: {@link #stages()}, then each muscle divided by its MVC reference × s_m */
    public EmgChain chain() {
        return chain;
    }

    /** Per surface muscle, s_m × the mean envelope of a simulated MVC over its middle second. */
    private Map<String, Double> references() {
        SplittableRandom noise = Seeds.stream(subject.seed(), EMG_STREAM, subject.index(), -1);
        Map<String, Double> references = new LinkedHashMap<>();
        for (String name : ElbowMuscles.SURFACE) {
            MuscleTruth truth = subject.muscle(name);
            references.put(name, mvcReference(truth.emgGain(), truth.emgScale(), noise, rate));
        }
        return references;
    }

    /**
     * The envelope this generator would record for a muscle it leaves unrecorded (an experiment that
     * measures a deep muscle): raw EMG from u(t + delay) with the same carrier, noise floor and chain,
     * normalised by its own simulated MVC × s. The noise stream gives the trial's carrier and floor first,
     * then the MVC's.
     *
     * @param time the excitation's sample times, uniform (s)
     * @param excitation the excitation at those times (-)
     * @param gain EMG gain (mV at u = 1)
     * @param scale EMG scale s (-)
     * @param delay electromechanical delay: the EMG leads the excitation by it (s)
     * @param rate raw EMG sample rate (Hz)
     * @param noise the noise stream
     * @return the envelope at {@code time} (-)
     */
    public static double[] envelope(double[] time, double[] excitation, double gain, double scale, double delay,
            double rate, SplittableRandom noise) {
        double[] t = paddedTimes(time[time.length - 1], rate);
        double[] u = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            u[i] = excitationAt(time, excitation, t[i] + delay);
        }
        double[] x = rawSignal(gain, u, noise, rate);
        EmgChain chain = new EmgChain(stages(), new EmgNormalization.Reference(Map.of("m",
                mvcReference(gain, scale, noise, rate))));
        return chain.process(new EmgSignals("raw", t, List.of("m"), new double[][] {x}))
                .resampled(time, Interpolation.LINEAR).channel("m");
    }

    /**
     * The noise-free counterpart of {@link #envelope}: u(t + delay)/s through the chain's low-pass alone.
     *
     * @param time the excitation's sample times, uniform (s)
     * @param excitation the excitation at those times (-)
     * @param scale EMG scale s (-)
     * @param delay electromechanical delay (s)
     * @param rate sample rate of the filtering (Hz)
     * @return the envelope at {@code time} (-)
     */
    public static double[] cleanEnvelope(double[] time, double[] excitation, double scale, double delay,
            double rate) {
        double[] t = paddedTimes(time[time.length - 1], rate);
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = excitationAt(time, excitation, t[i] + delay) / scale;
        }
        double[] low = EmgStage.LowPass.of(ENVELOPE_CUTOFF, 4).apply(y, rate);
        return new EmgSignals("clean", t, List.of("m"), new double[][] {low}).resampled(time, Interpolation.LINEAR)
                .channel("m");
    }

    /**
     * The normalisation reference: s × the mean envelope, over its middle second, of a simulated MVC (u = 1)
     * lasting {@value #MVC_DURATION} s, processed by {@link #stages()}; its carrier and floor drawn from
     * {@code noise}.
     */
    private static double mvcReference(double gain, double scale, SplittableRandom noise, double rate) {
        int samples = (int) Math.round(MVC_DURATION * rate) + 1;
        double[] t = new double[samples];
        double[] full = new double[samples];
        for (int i = 0; i < samples; i++) {
            t[i] = i / rate;
            full[i] = 1;
        }
        double[][] raw = {rawSignal(gain, full, noise, rate)};
        double[] envelope = new EmgChain(stages(), EmgNormalization.none())
                .process(new EmgSignals("simulated MVC", t, List.of("m"), raw)).channel("m");
        double sum = 0;
        int count = 0;
        for (int i = 0; i < samples; i++) {
            if (t[i] >= MVC_DURATION / 4 && t[i] <= 3 * MVC_DURATION / 4) {
                sum += envelope[i];
                count++;
            }
        }
        return scale * sum / count;
    }

    /** Sample times from {@value #PAD} s before 0 to {@value #PAD} s after {@code end} (s). */
    private static double[] paddedTimes(double end, double rate) {
        int padSamples = (int) Math.round(PAD * rate);
        int samples = (int) Math.round(end * rate) + 1 + 2 * padSamples;
        double[] t = new double[samples];
        for (int i = 0; i < samples; i++) {
            t[i] = (i - padSamples) / rate;
        }
        return t;
    }

    /** Raw EMG: gain·(u·√(π/2)·carrier + floor·noise), carrier then floor drawn from {@code noise} (mV). */
    private static double[] rawSignal(double gain, double[] u, SplittableRandom noise, double rate) {
        double[] carrier = bandLimitedNoise(u.length, noise, rate);
        double[] floor = bandLimitedNoise(u.length, noise, rate);
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = gain * (u[i] * Math.sqrt(Math.PI / 2) * carrier[i] + NOISE_FLOOR * floor[i]);
        }
        return x;
    }

    /**
     * @param trial the simulated trial
     * @param noise the trial's EMG noise stream
     * @return raw EMG of the surface muscles (mV) at {@code rate}, from {@value #PAD} s before the trial to
     *     {@value #PAD} s after it (the excitation held at its end values), so that the filters' end
     *     transients fall outside the trial
     */
    public EmgSignals raw(SimulatedTrial trial, SplittableRandom noise) {
        double[] t = paddedTimes(trial.time()[trial.sampleCount() - 1], rate);
        List<String> names = new ArrayList<>();
        List<double[]> channels = new ArrayList<>();
        for (String name : ElbowMuscles.SURFACE) {
            int m = ElbowMuscles.ALL.indexOf(name);
            double[] u = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                u[i] = excitationAt(trial.time(), trial.excitation()[m], t[i] + subject.emgDelay());
            }
            names.add(name);
            channels.add(rawSignal(subject.muscle(name).emgGain(), u, noise, rate));
        }
        return new EmgSignals(subject.id() + " synthetic EMG", t, names, channels.toArray(new double[0][]));
    }

    /**
     * @param trial the simulated trial
     * @param noise the trial's EMG noise stream
     * @return envelopes of the surface muscles at the trial's sample times (-)
     */
    public EmgSignals envelopes(SimulatedTrial trial, SplittableRandom noise) {
        EmgSignals processed = chain.process(raw(trial, noise));
        return processed.resampled(trial.time(), Interpolation.LINEAR);
    }

    /** Gaussian white noise band-passed to the EMG band and scaled to unit RMS. */
    private static double[] bandLimitedNoise(int samples, SplittableRandom rng, double rate) {
        double[] w = new double[samples];
        for (int i = 0; i < samples; i++) {
            w[i] = rng.nextGaussian();
        }
        double[] x = EmgStage.BandPass.of(BAND_LOW, BAND_HIGH, 4).apply(w, rate);
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        double rms = Math.sqrt(sum / samples);
        for (int i = 0; i < samples; i++) {
            x[i] /= rms;
        }
        return x;
    }

    /** The excitation at t, linear between nodes at uniform times. */
    static double excitationAt(double[] time, double[] nodes, double t) {
        int last = time.length - 1;
        double step = (time[last] - time[0]) / last;
        double position = (t - time[0]) / step;
        int i = (int) Math.floor(position);
        if (i < 0) {
            return nodes[0];
        }
        if (i >= last) {
            return nodes[last];
        }
        double f = position - i;
        return nodes[i] + f * (nodes[i + 1] - nodes[i]);
    }
}

package org.neuromsk.estimator.nmm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.net.EnvelopeMeasurement;
import org.neuromsk.estimator.nmm.net.NmmLoss;
import org.neuromsk.estimator.nmm.net.NmmNetworkConfig;
import org.neuromsk.estimator.nmm.physics.BoundedVector;
import org.neuromsk.estimator.nmm.physics.MuscleConstants;
import org.neuromsk.training.EpochLoss;
import org.neuromsk.training.Trainer;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.TrainingResult;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.model.ParameterCopy;
import org.neuromsk.training.optim.AdamConfig;

/**
 * Personalises and trains the NMM of one subject on its training trials with the training core's
 * {@link Trainer} (input and target normalisation off: the block normalises its network features
 * itself and the physics needs raw units).
 */
public final class NmmFit {

    /** Starting synergy weight of a measured muscle that is not a synergist of the hidden one. */
    static final double OTHER_SYNERGY_WEIGHT = 0.01;
    /** Upper bound of a synergy weight. */
    static final double MAX_SYNERGY_WEIGHT = 1.5;

    /** Mean moment arm above which a muscle counts as crossing a trial's coordinate (m): 0.1 mm. */
    static final double CROSSING_ARM = 1e-4;

    private NmmFit() {
    }

    /**
     * @param subject the subject
     * @param settings the fit settings
     * @param onEpoch receives each epoch's loss, or null
     * @return the fitted model (close it)
     */
    public static FittedNmm fit(SubjectData subject, NmmSettings settings, Consumer<EpochLoss> onEpoch) {
        GenericMuscles generic = GenericMuscles.read(subject.genericModel(), subject.muscles());
        double step = subject.training().get(0).frameStep();
        for (TrialData t : subject.training()) {
            if (Math.abs(t.frameStep() - step) > 1e-6 * step) {
                throw new NeuroMskException("subject " + subject.id() + ": trials have different frame steps ("
                        + step + " s and " + t.frameStep() + " s in " + t.name() + ")");
            }
        }
        int length = frames(settings.windowSeconds(), step);
        int stride = Math.max(1, frames(settings.strideSeconds(), step));
        int warmup = frames(settings.warmupSeconds(), step);

        List<float[][]> inputs = new ArrayList<>();
        List<float[][]> targets = new ArrayList<>();
        for (TrialData t : subject.training()) {
            inputs.add(NmmSamples.inputs(t, settings));
            targets.add(NmmSamples.targets(t));
        }
        NmmNetworkConfig network = network(subject, settings, generic, inputs, step);
        List<String> inputNames = inputNames(subject, network);
        List<String> targetNames = targetNames(subject);
        SampleSet samples = NmmSamples.windows(inputs, targets, length, stride, inputNames, targetNames);

        NmmLoss loss = loss(subject, settings, warmup, sampleScales(subject.training(), length, stride));
        Trainer trainer = Trainer.builder(trainingConfig(settings, settings.maxEpochs(), settings.learningRate()))
                .loss(loss).quiet(true).onEpoch(onEpoch).build();
        return train(trainer, subject, settings, network, samples, length, warmup, generic);
    }

    /**
     * Refines a fitted model on one new trial of its subject before predicting it ("test-time
     * refinement"): {@link #refine(FittedNmm, List, int)} with that trial alone.
     *
     * @param fitted the subject's fitted model (left unchanged)
     * @param trial the new trial
     * @param epochs passes over the trial's windows (≥ 1)
     * @return the refined model for that trial (close it)
     */
    public static FittedNmm refine(FittedNmm fitted, TrialData trial, int epochs) {
        return refine(fitted, List.of(trial), epochs);
    }

    /**
     * Refines a fitted model on new trials of its subject before predicting them ("test-time
     * refinement"): the transformer keeps training on those trials' windows together with the same loss
     * as in {@link #fit}, from what the trials themselves provide (kinematics, load, measured envelopes
     * and the inverse-dynamics moment), while the personalised parameters and synergy weights stay as
     * fitted. Several trials are the copies of one recording that balance different coordinates (same
     * inputs, each its coordinate's moment arms and moment): one network trained on all of them fits
     * the mean of their physics terms, as training did.
     *
     * <p>No hidden muscle's signal is read: the data term covers the subject's measured muscles only,
     * and a trial carrying an envelope of a hidden muscle is refused.
     *
     * @param fitted the subject's fitted model (left unchanged)
     * @param trials the new trials (at least one, at the training frame step)
     * @param epochs passes over the trials' windows (≥ 1)
     * @return the model refined on those trials (close it)
     */
    public static FittedNmm refine(FittedNmm fitted, List<TrialData> trials, int epochs) {
        if (epochs < 1) {
            throw new NeuroMskException("nmm refinement: epochs must be ≥ 1, got " + epochs);
        }
        if (trials.isEmpty()) {
            throw new NeuroMskException("nmm refinement: no trial to refine on");
        }
        NmmSettings settings = fitted.settings();
        SubjectData subject = fitted.subject();
        double step = subject.training().get(0).frameStep();
        for (TrialData trial : trials) {
            if (Math.abs(trial.frameStep() - step) > 1e-6 * step) {
                throw new NeuroMskException("trial " + trial.name() + ": frame step " + trial.frameStep()
                        + " s, the model was trained at " + step + " s");
            }
            requireMeasuredEnvelopesOnly(subject, trial);
        }
        int length = fitted.windowFrames();
        int stride = Math.max(1, frames(settings.strideSeconds(), step));
        int warmup = fitted.warmupFrames();
        NmmNetworkConfig network = fitted.network().frozen();
        List<float[][]> inputs = new ArrayList<>();
        List<float[][]> targets = new ArrayList<>();
        for (TrialData trial : trials) {
            inputs.add(NmmSamples.inputs(trial, settings));
            targets.add(NmmSamples.targets(trial));
        }
        SampleSet samples = NmmSamples.windows(inputs, targets, length, stride, inputNames(subject, network),
                targetNames(subject));
        NmmLoss loss = loss(subject, settings, warmup, sampleScales(trials, length, stride));
        Trainer trainer = Trainer.builder(trainingConfig(settings, epochs, settings.refineLearningRate())).loss(loss)
                .quiet(true).warmStart(block -> ParameterCopy.copy(fitted.model().block(), block)).build();
        return train(trainer, subject, settings, network, samples, length, warmup, fitted.generic());
    }

    /**
     * Refuses a trial whose envelope rows do not match the subject's measured muscles: a hidden
     * muscle's signal must never reach refinement (nor a measured one be missing).
     */
    private static void requireMeasuredEnvelopesOnly(SubjectData subject, TrialData trial) {
        if (trial.envelopes().length != subject.muscles().size()) {
            throw new NeuroMskException("trial " + trial.name() + ": " + trial.envelopes().length
                    + " muscles, subject " + subject.id() + " has " + subject.muscles().size());
        }
        for (int m = 0; m < subject.muscles().size(); m++) {
            String muscle = subject.muscles().get(m);
            boolean measured = subject.measured().contains(muscle);
            if (measured != (trial.envelopes()[m] != null)) {
                throw new NeuroMskException("trial " + trial.name() + ": " + (measured
                        ? "no envelope of the measured muscle " + muscle
                        : "carries an envelope of the hidden muscle " + muscle + ", which refinement must not read"));
            }
        }
    }

    /** @return Adam with the given step size, the settings' batch and seed, no normalisation, no early stopping */
    private static TrainingConfig trainingConfig(NmmSettings settings, int epochs, double learningRate) {
        return new TrainingConfig(epochs, settings.batchSize(), AdamConfig.of(learningRate), 0, 0, false, false,
                false, settings.seed(), epochs);
    }

    /** Runs the trainer, timing it, and wraps the result. */
    private static FittedNmm train(Trainer trainer, SubjectData subject, NmmSettings settings,
            NmmNetworkConfig network, SampleSet samples, int length, int warmup, GenericMuscles generic) {
        long began = System.nanoTime();
        TrainingResult result = trainer.fit(network, samples, null);
        double seconds = (System.nanoTime() - began) / 1e9;
        return new FittedNmm(subject, settings, network, result.model(), result.history(), seconds, length, warmup,
                generic);
    }

    /**
     * @return per window of the given trials (in {@link NmmSamples#windows} order), its trial's peak
     *     inverse-dynamics moment (N·m, at least 1e-3): the physics term's scale
     */
    private static float[] sampleScales(List<TrialData> trials, int length, int stride) {
        int[] windows = trials.stream().mapToInt(t -> NmmSamples.starts(length, stride, t.frames()).length).toArray();
        float[] out = new float[IntStream.of(windows).sum()];
        int from = 0;
        for (int i = 0; i < windows.length; i++) {
            Arrays.fill(out, from, from + windows[i], (float) Math.max(trials.get(i).peakMoment(), 1e-3));
            from += windows[i];
        }
        return out;
    }

    static int frames(double seconds, double step) {
        return (int) Math.round(seconds / step);
    }

    private static NmmNetworkConfig network(SubjectData subject, NmmSettings s, GenericMuscles generic,
            List<float[][]> inputs, double step) {
        List<String> features = NmmSamples.featureNames(subject, s);
        int f = features.size();
        double[] sum = new double[f];
        double[] sumSq = new double[f];
        long n = 0;
        for (float[][] series : inputs) {
            for (float[] row : series) {
                for (int i = 0; i < f; i++) {
                    sum[i] += row[i];
                    sumSq[i] += (double) row[i] * row[i];
                }
                n++;
            }
        }
        List<Double> mean = new ArrayList<>();
        List<Double> std = new ArrayList<>();
        for (int i = 0; i < f; i++) {
            double m = sum[i] / n;
            double var = Math.max(0, sumSq[i] / n - m * m);
            mean.add(m);
            std.add(var > 1e-12 ? Math.sqrt(var) : 1.0);
        }
        List<String> muscles = subject.muscles();
        List<MuscleConstants> constants = generic.parameters().stream().map(MuscleConstants::of).toList();
        ParameterBounds b = s.bounds();
        double gain = s.parameterGain();
        BoundedVector force = BoundedVector.relative("max_isometric_force", muscles, generic.maxIsometricForces(),
                b.forceLower(), b.forceUpper()).withGain(gain);
        BoundedVector fiber = BoundedVector.relative("optimal_fiber_length", muscles, generic.optimalFiberLengths(),
                b.fiberLower(), b.fiberUpper()).withGain(gain);
        BoundedVector tendon = BoundedVector.relative("tendon_slack_length", muscles, generic.tendonSlackLengths(),
                b.tendonLower(), b.tendonUpper()).withGain(gain);
        List<Double> scaleStart = new ArrayList<>();
        List<Double> scaleLower = new ArrayList<>();
        List<Double> scaleUpper = new ArrayList<>();
        for (int i = 0; i < muscles.size(); i++) {
            scaleStart.add(b.scaleStart());
            scaleLower.add(b.scaleLower());
            scaleUpper.add(b.scaleUpper());
        }
        BoundedVector scale = new BoundedVector("emg_scale", muscles, scaleStart, scaleLower, scaleUpper, gain);
        BoundedVector tauA = BoundedVector.scalar("activation_time_constant", generic.activationTimeConstant(),
                b.activationTauLower(), b.activationTauUpper()).withGain(gain);
        BoundedVector tauD = BoundedVector.scalar("deactivation_time_constant", generic.deactivationTimeConstant(),
                b.deactivationTauLower(), b.deactivationTauUpper()).withGain(gain);
        BoundedVector delay = BoundedVector.scalar("delay", b.delayStart(), b.delayLower(), b.delayUpper())
                .withGain(gain);
        BoundedVector synergy = synergyWeights(subject, gain);
        return new NmmNetworkConfig(muscles, subject.measured(), features, mean, std, step, s.modelSize(), s.heads(),
                s.layers(), s.feedForwardSize(), s.dropout(), constants, force, fiber, tendon, scale, tauA, tauD, delay,
                synergy, s.personalise(), s.priorWeight(), s.synergyWeight(), s.learnSynergyWeights(),
                s.activationSubsteps(),
                s.equilibriumPasses());
    }

    /**
     * Starting synergy weights: each hidden muscle the mean of its functional synergists among the
     * measured muscles ({@link #synergists}), a small weight for the others; bounds [0, 1.5].
     */
    private static BoundedVector synergyWeights(SubjectData subject, double gain) {
        int[] hidden = subject.hiddenIndices();
        List<Integer> measured = new ArrayList<>();
        for (int i = 0; i < subject.muscles().size(); i++) {
            if (subject.measured().contains(subject.muscles().get(i))) {
                measured.add(i);
            }
        }
        if (hidden.length == 0 || measured.isEmpty()) {
            return null;
        }
        double[][] arm = meanMomentArms(subject.training(), subject.muscles().size());
        List<String> labels = new ArrayList<>();
        List<Double> start = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (int h : hidden) {
            List<Integer> synergists = synergists(arm, h, measured);
            for (int k : measured) {
                labels.add(subject.muscles().get(h) + "<" + subject.muscles().get(k));
                start.add(synergists.contains(k) ? 1.0 / synergists.size() : OTHER_SYNERGY_WEIGHT);
                lower.add(0.0);
                upper.add(MAX_SYNERGY_WEIGHT);
            }
        }
        return new BoundedVector("synergy_weights", labels, start, lower, upper, gain);
    }

    /** @return per trial and muscle, the mean moment arm over the trial's frames (m or m/rad) */
    private static double[][] meanMomentArms(List<TrialData> trials, int muscles) {
        double[][] arm = new double[trials.size()][muscles];
        for (int t = 0; t < trials.size(); t++) {
            for (int m = 0; m < muscles; m++) {
                double[] r = trials.get(t).momentArms()[m];
                double sum = 0;
                for (double v : r) {
                    sum += v;
                }
                arm[t][m] = sum / r.length;
            }
        }
        return arm;
    }

    /**
     * The measured muscles that act like the hidden one: per trial (a trial balances one coordinate), a
     * measured muscle scores one where both cross the coordinate (|mean moment arm| above
     * {@link #CROSSING_ARM}) with the same sign; the synergists are those with the highest score. So a
     * hamstring takes the other hamstring (hip extension and knee flexion) rather than the calf muscles
     * (knee flexion only), and with one coordinate every measured muscle whose arm has the hidden
     * muscle's sign qualifies. When no measured muscle shares a crossed coordinate's sign, the
     * synergists are those whose moment arm summed over the trials has the sign of the hidden muscle's.
     *
     * @param arm per trial (at least one) and muscle, the mean moment arm
     * @param hidden the hidden muscle
     * @param measured the measured muscles
     * @return its synergists, possibly none
     */
    static List<Integer> synergists(double[][] arm, int hidden, List<Integer> measured) {
        int best = 0;
        int[] score = new int[arm[0].length];
        for (int k : measured) {
            for (double[] trial : arm) {
                if (Math.abs(trial[hidden]) > CROSSING_ARM && Math.abs(trial[k]) > CROSSING_ARM
                        && Math.signum(trial[k]) == Math.signum(trial[hidden])) {
                    score[k]++;
                }
            }
            best = Math.max(best, score[k]);
        }
        List<Integer> out = new ArrayList<>();
        for (int k : measured) {
            if (best > 0 ? score[k] == best : Math.signum(sum(arm, k)) == Math.signum(sum(arm, hidden))) {
                out.add(k);
            }
        }
        return out;
    }

    private static double sum(double[][] arm, int muscle) {
        double s = 0;
        for (double[] trial : arm) {
            s += trial[muscle];
        }
        return s;
    }

    private static NmmLoss loss(SubjectData subject, NmmSettings s, int warmup, float[] sampleScales) {
        List<Boolean> measured = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        double peak = 0;
        for (TrialData t : subject.training()) {
            peak = Math.max(peak, t.peakMoment());
        }
        for (int m = 0; m < subject.muscles().size(); m++) {
            boolean isMeasured = subject.measured().contains(subject.muscles().get(m));
            measured.add(isMeasured);
            double sumSq = 0;
            long n = 0;
            if (isMeasured) {
                for (TrialData t : subject.training()) {
                    for (double v : t.envelopes()[m]) {
                        sumSq += v * v;
                        n++;
                    }
                }
            }
            double rms = n > 0 ? Math.sqrt(sumSq / n) : 1.0;
            scales.add(rms > 1e-9 ? rms : 1.0);
        }
        if (!(peak > 0)) {
            throw new NeuroMskException("subject " + subject.id() + ": the inverse-dynamics moment is zero throughout");
        }
        double step = subject.training().get(0).frameStep();
        EnvelopeMeasurement filter = s.envelopeCutoff() > 0
                ? new EnvelopeMeasurement(s.envelopeCutoff(), s.envelopeOrder(), 1 / step,
                        frames(s.envelopeEdgeSeconds(), step))
                : null;
        return new NmmLoss(measured, scales, peak, sampleScales, s.dataWeight(), s.physicsWeight(), s.effortWeight(),
                warmup, filter);
    }

    private static List<String> inputNames(SubjectData subject, NmmNetworkConfig network) {
        List<String> names = new ArrayList<>(network.networkFeatures());
        for (String kind : List.of("length", "speed", "moment_arm")) {
            for (String m : subject.muscles()) {
                names.add(m + "_" + kind);
            }
        }
        return names;
    }

    private static List<String> targetNames(SubjectData subject) {
        List<String> names = new ArrayList<>();
        for (String m : subject.muscles()) {
            names.add(m + "_envelope");
        }
        names.add(subject.coordinate() + "_moment");
        names.add("prior");
        return names;
    }
}

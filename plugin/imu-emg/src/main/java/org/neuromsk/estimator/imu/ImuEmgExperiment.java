package org.neuromsk.estimator.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Predictor;
import org.neuromsk.training.TrainedModel;
import org.neuromsk.training.Trainer;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.TrainingResult;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.model.Activation;
import org.neuromsk.training.model.MlpConfig;
import org.neuromsk.training.model.ParameterCopy;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.optim.AdamConfig;

/**
 * Trains IMU → EMG networks on one trial and evaluates them on another. Every network estimates the
 * envelopes at frame {@code t} from the {@link ImuEmgSettings#window()} IMU frames ending at {@code t}.
 * The last {@link ImuEmgSettings#validationFraction()} of the training trial's frames are held out
 * for early stopping (their targets are never trained on; the test trial is never seen in training).
 * Metrics per muscle on the test trial, with cycles from the peaks of the true envelopes.
 *
 * <p>Each candidate is trained {@link ImuEmgSettings#members()} times, member {@code k} from seed
 * {@link ImuEmgSettings#memberSeed(int)}, and its estimate is the members' mean ({@link EnsembleMembers});
 * with {@link ImuEmgSettings#fineTuneFactor()} positive, each member's training gets the learning-rate
 * step-down.
 */
public final class ImuEmgExperiment {

    /** Name of the WaveNet candidate. */
    public static final String WAVENET = "wavenet";
    /** Name of the MLP baseline. */
    public static final String MLP = "mlp";
    /** Name of the GRU baseline. */
    public static final String GRU = "gru";

    /**
     * A network to train and how to cut its samples.
     *
     * @param name short name for reports and the model folder
     * @param network the network
     * @param loss its training loss ({@link EnvelopeLosses#parse})
     * @param window input frames per sample
     * @param outputs trailing frames per sample with targets
     * @param stride frames between consecutive samples
     * @param training its training config
     */
    public record Candidate(String name, NetworkConfig network, String loss, int window, int outputs, int stride,
            TrainingConfig training) {

        /**
         * @param newName another name
         * @param newLoss another loss
         * @return this candidate under that name with that loss
         */
        public Candidate withLoss(String newName, String newLoss) {
            return new Candidate(newName, network, newLoss, window, outputs, stride, training);
        }
    }

    private final ImuEmgSettings settings;
    private final Path outDir;
    private final Consumer<String> log;

    /**
     * @param settings the settings
     * @param outDir where to save the models ({@code models/<name>}), or null to keep them in memory
     * @param log receives one line per trained model
     */
    public ImuEmgExperiment(ImuEmgSettings settings, Path outDir, Consumer<String> log) {
        ImuEmgNetworks.register();
        this.settings = settings;
        this.outDir = outDir;
        this.log = log;
    }

    /**
     * @param inputs IMU channels
     * @param outputs muscles
     * @return the WaveNet with the settings' loss, trained on samples of several window ends
     */
    public Candidate waveNet(int inputs, int outputs) {
        WaveNetConfig network = settings.waveNet(inputs, outputs);
        return new Candidate(WAVENET, network, settings.loss(), network.windowFrames(), network.outputFrames(),
                settings.sampleStride(), settings.training(settings.waveNetBatch()));
    }

    /**
     * @param inputs IMU channels
     * @param outputs muscles
     * @return the MLP on the flattened window, with the baseline loss and the settings' input augmentation
     */
    public Candidate mlp(int inputs, int outputs) {
        return new Candidate(MLP, InputAugmentedConfig.wrap(new MlpConfig(settings.window() * inputs,
                settings.mlpHidden(), outputs, Activation.RELU, settings.mlpDropout()), settings.inputAugmentation()),
                settings.baselineLoss(), settings.window(), 1, 1, settings.training(settings.baselineBatch()));
    }

    /**
     * @param inputs IMU channels
     * @param outputs muscles
     * @return a one-layer GRU over the window, with the baseline loss and the settings' input augmentation
     */
    public Candidate gru(int inputs, int outputs) {
        return new Candidate(GRU, InputAugmentedConfig.wrap(new RecurrentConfig(RecurrentConfig.Cell.GRU, inputs,
                settings.gruHidden(), 1, outputs), settings.inputAugmentation()), settings.baselineLoss(),
                settings.window(), 1, 1, settings.training(settings.baselineBatch()));
    }

    /**
     * @param train the training trial
     * @param test the test trial (same IMU channels and muscles)
     * @param candidates the networks to train, in order
     * @return their evaluations
     */
    public ExperimentResult run(ImuEmgTrial train, ImuEmgTrial test, List<Candidate> candidates) {
        return run(List.of(train), test, candidates);
    }

    /**
     * @param train the training trials: the recorded one first, then any synthetic ones derived from
     *     it ({@link SpeedAugmentation}); each has its last frames held out for validation
     * @param test the test trial (same IMU channels and muscles)
     * @param candidates the networks to train, in order
     * @return their evaluations
     */
    public ExperimentResult run(List<ImuEmgTrial> train, ImuEmgTrial test, List<Candidate> candidates) {
        requireLayoutOf(test, train, "training trial");
        int window = settings.window();
        HeldOut held = holdOut(train, candidates);
        double[][] truth = new double[test.frames() - window + 1][];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = toDouble(test.envelopes()[window - 1 + i]);
        }
        Scoring scoring = estimate -> EnvelopeMetrics.byPeaks(test.muscles(), truth, estimate, test.rate());
        List<ModelEvaluation> evaluations = new ArrayList<>();
        for (Candidate candidate : candidates) {
            evaluations.add(trainAndTest(candidate, samples(held.fit(), candidate), samples(held.validation(), candidate),
                    List.of(new Scored(List.of(test), scoring, window - 1)), test.muscles(), train.get(0).rate())
                    .get(0));
        }
        return new ExperimentResult(train.get(0).name(), test.name(), test, evaluations);
    }

    /**
     * Trains each candidate once and evaluates it on every test trial separately (metrics as in
     * {@link #run(List, ImuEmgTrial, List)}: cycles from the peaks of each trial's true envelopes).
     *
     * @param train the training trials (each has its last frames held out for early stopping)
     * @param tests the test trials (same IMU channels and muscles, each longer than a window)
     * @param candidates the networks to train, in order
     * @return one result per test trial, in order, each with every candidate's evaluation
     */
    public List<ExperimentResult> runEach(List<ImuEmgTrial> train, List<ImuEmgTrial> tests, List<Candidate> candidates) {
        ImuEmgTrial first = tests.get(0);
        requireLayoutOf(first, concat(train, tests), "trial");
        int window = settings.window();
        List<Scored> scored = new ArrayList<>();
        for (ImuEmgTrial test : tests) {
            double[][] truth = new double[test.frames() - window + 1][];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = toDouble(test.envelopes()[window - 1 + i]);
            }
            scored.add(new Scored(List.of(test),
                    estimate -> EnvelopeMetrics.byPeaks(test.muscles(), truth, estimate, test.rate()), window - 1));
        }
        HeldOut held = holdOut(train, candidates);
        List<List<ModelEvaluation>> byTest = new ArrayList<>();
        tests.forEach(t -> byTest.add(new ArrayList<>()));
        for (Candidate candidate : candidates) {
            List<ModelEvaluation> each = trainAndTest(candidate, samples(held.fit(), candidate),
                    samples(held.validation(), candidate), scored, first.muscles(), train.get(0).rate());
            for (int k = 0; k < each.size(); k++) {
                byTest.get(k).add(each.get(k));
            }
        }
        List<ExperimentResult> results = new ArrayList<>();
        for (int k = 0; k < tests.size(); k++) {
            results.add(new ExperimentResult(train.get(0).name(), tests.get(k).name(), tests.get(k), byTest.get(k)));
        }
        return results;
    }

    /**
     * Tests on several held-out trials (e.g. other subjects): each test trial is estimated on its own
     * (no window reaches across trials), its frames from the first full window on are joined into one
     * pooled series, and r, R², NRMSE and the peak ratio are computed over that series, each muscle's
     * cycles cut half-way between peaks of its true envelope at least {@code peakSpacing} apart.
     *
     * @param train the training trials (each has its last frames held out for validation)
     * @param tests the test trials (same IMU channels and muscles, each longer than a window)
     * @param candidates the networks to train, in order
     * @param peakSpacing least time between cycle peaks of a true envelope (s)
     * @return their evaluations; the result's test trial is the pooled series (estimates from its frame 0)
     */
    public ExperimentResult runPooled(List<ImuEmgTrial> train, List<ImuEmgTrial> tests, List<Candidate> candidates,
            double peakSpacing) {
        ImuEmgTrial first = tests.get(0);
        requireLayoutOf(first, concat(train, tests), "trial");
        int window = settings.window();
        List<float[]> pooledEnvelopes = new ArrayList<>();
        List<float[]> pooledImu = new ArrayList<>();
        for (ImuEmgTrial test : tests) {
            for (int i = window - 1; i < test.frames(); i++) {
                pooledEnvelopes.add(test.envelopes()[i]);
                pooledImu.add(test.imu()[i]);
            }
        }
        double rate = first.rate();
        double[] time = new double[pooledEnvelopes.size()];
        double[][] truth = new double[time.length][];
        for (int i = 0; i < time.length; i++) {
            time[i] = i / rate;
            truth[i] = toDouble(pooledEnvelopes.get(i));
        }
        ImuEmgTrial pooled = new ImuEmgTrial(tests.size() + " test trials", time, first.imuChannels(),
                pooledImu.toArray(float[][]::new), first.muscles(), pooledEnvelopes.toArray(float[][]::new));
        int spacing = Math.max(1, (int) Math.round(peakSpacing * rate));
        Scoring scoring = estimate -> {
            double[][] columns = EnvelopeMetrics.columns(truth, first.muscles().size());
            List<MuscleMetrics> metrics = new ArrayList<>();
            double[][] estimates = EnvelopeMetrics.columns(estimate, first.muscles().size());
            for (int m = 0; m < columns.length; m++) {
                metrics.add(EnvelopeMetrics.of(first.muscles().get(m), columns[m], estimates[m],
                        EnvelopeMetrics.cycles(first.muscles().get(m), columns[m], spacing)));
            }
            return metrics;
        };
        List<ModelEvaluation> evaluations = new ArrayList<>();
        HeldOut held = holdOut(train, candidates);
        for (Candidate candidate : candidates) {
            evaluations.add(trainAndTest(candidate, samples(held.fit(), candidate), samples(held.validation(), candidate),
                    List.of(new Scored(tests, scoring, 0)), first.muscles(), train.get(0).rate()).get(0));
        }
        return new ExperimentResult(train.get(0).name(), pooled.name(), pooled, evaluations);
    }

    /** Metrics of an estimate, {@code frames × muscles}, against the known truth. */
    private interface Scoring {
        List<MuscleMetrics> score(double[][] estimate);
    }

    /**
     * Test trials estimated one by one and scored as one series.
     *
     * @param trials the trials (estimates of each start at its first full window)
     * @param scoring metrics of the joined estimates
     * @param firstFrame the series' frame of the first estimate
     */
    private record Scored(List<ImuEmgTrial> trials, Scoring scoring, int firstFrame) {
    }

    /** Training trials cut into the parts trained on and the parts held out for early stopping. */
    private record HeldOut(List<ImuEmgTrial> fit, List<ImuEmgTrial> validation) {
    }

    private HeldOut holdOut(List<ImuEmgTrial> train, List<Candidate> candidates) {
        int window = settings.window();
        for (Candidate candidate : candidates) {
            if (candidate.window() - candidate.outputs() + 1 != window) {
                throw new NeuroMskException(candidate.name() + ": sliding windows of "
                        + (candidate.window() - candidate.outputs() + 1) + " frames, the experiment uses " + window);
            }
        }
        List<ImuEmgTrial> fit = new ArrayList<>();
        List<ImuEmgTrial> held = new ArrayList<>();
        for (ImuEmgTrial trial : train) {
            int cut = trial.frames() - (int) Math.round(trial.frames() * settings.validationFraction());
            // validation targets are the frames from cut on; their windows may reach back before it
            fit.add(trial.slice(0, cut));
            held.add(trial.slice(Math.max(0, cut - window + 1), trial.frames()));
        }
        return new HeldOut(fit, held);
    }

    /**
     * @param test the test trial whose IMU channels and muscles the others must have
     * @param trials the trials to check
     * @param role how the messages call a checked trial
     */
    private static void requireLayoutOf(ImuEmgTrial test, List<ImuEmgTrial> trials, String role) {
        for (ImuEmgTrial trial : trials) {
            if (!trial.imuChannels().equals(test.imuChannels()) || !trial.muscles().equals(test.muscles())) {
                throw new NeuroMskException(role + " " + trial.name() + " and test trial " + test.name()
                        + " differ in IMU channels or muscles");
            }
            if (!ImuEmgTrial.sameRate(trial.rate(), test.rate())) {
                // windows and dilations count frames: at another rate they span other durations
                throw new NeuroMskException(String.format(Locale.ROOT, "%s %s is sampled at %.1f Hz, test trial %s at "
                        + "%.1f Hz; the networks count frames, so every trial needs one rate", role, trial.name(),
                        trial.rate(), test.name(), test.rate()));
            }
        }
    }

    private static List<ImuEmgTrial> concat(List<ImuEmgTrial> a, List<ImuEmgTrial> b) {
        List<ImuEmgTrial> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static SampleSet samples(List<ImuEmgTrial> trials, Candidate candidate) {
        List<SampleSet> parts = new ArrayList<>();
        for (ImuEmgTrial trial : trials) {
            parts.add(SeriesSamples.of(trial.imu(), trial.envelopes(), candidate.window(), candidate.outputs(),
                    candidate.stride(), trial.imuChannels(), trial.muscles()));
        }
        return parts.size() == 1 ? parts.get(0) : SampleSet.concat(parts);
    }

    /** @param trainingRate frame rate of the training trials (Hz), recorded in the saved models */
    private List<ModelEvaluation> trainAndTest(Candidate candidate, SampleSet trainSet, SampleSet validationSet,
            List<Scored> tests, List<String> muscles, double trainingRate) {
        int members = settings.members();
        Path modelDir = outDir == null ? null : outDir.resolve("models").resolve(candidate.name());
        List<float[][]> sums = new ArrayList<>();
        List<float[][]> firsts = new ArrayList<>();
        tests.forEach(t -> sums.add(null));
        long parameters = 0;
        double seconds = 0;
        int epochs = 0;
        int bestEpoch = 0;
        String lossName = null;
        for (int k = 0; k < members; k++) {
            long start = System.nanoTime();
            try (Fitted fitted = fit(candidate, settings.memberSeed(k), trainSet, validationSet)) {
                seconds += (System.nanoTime() - start) / 1e9;
                TrainedModel model = fitted.model();
                parameters += model.parameterCount();
                if (k == 0) {
                    epochs = fitted.epochs();
                    bestEpoch = fitted.bestEpoch();
                    lossName = model.metadata().loss();
                }
                model.putProperty("muscles", String.join(",", muscles));
                model.putProperty("slidingWindow", Integer.toString(settings.window()));
                model.putProperty(StreamingWaveNet.FRAME_RATE, Double.toString(trainingRate));
                if (modelDir != null) {
                    model.save(members == 1 ? modelDir : EnsembleMembers.member(modelDir, k));
                }
                try (Predictor predictor = model.predictor()) {
                    for (int t = 0; t < tests.size(); t++) {
                        List<float[]> rows = new ArrayList<>();
                        for (ImuEmgTrial trial : tests.get(t).trials()) {
                            rows.addAll(List.of(SeriesSamples.predict(predictor, trial.imu(), candidate.window(),
                                    candidate.outputs())));
                        }
                        float[][] estimates = rows.toArray(float[][]::new);
                        if (k == 0 && members > 1) {
                            firsts.add(EnsembleMembers.add(null, estimates));
                        }
                        sums.set(t, EnsembleMembers.add(sums.get(t), estimates));
                    }
                }
                log.accept(String.format(Locale.ROOT, "%s member %d/%d: %d epochs (best %d)%s, %.1f s", candidate.name(),
                        k + 1, members, fitted.epochs(), fitted.bestEpoch(),
                        fitted.second() == null ? "" : fitted.useSecond() ? ", step-down kept" : ", step-down not kept",
                        (System.nanoTime() - start) / 1e9));
            }
        }
        List<ModelEvaluation> evaluations = new ArrayList<>();
        for (int t = 0; t < tests.size(); t++) {
            Scored test = tests.get(t);
            float[][] estimates = EnsembleMembers.mean(sums.get(t), members);
            ModelEvaluation first = members == 1 ? null : new ModelEvaluation(candidate.name(),
                    candidate.network().type(), lossName, parameters / members, epochs, bestEpoch, seconds / members,
                    test.scoring().score(toDouble(firsts.get(t))), test.firstFrame(), firsts.get(t), null, 1, null);
            ModelEvaluation evaluation = new ModelEvaluation(candidate.name(), candidate.network().type(), lossName,
                    parameters, epochs, bestEpoch, seconds, test.scoring().score(toDouble(estimates)), test.firstFrame(),
                    estimates, modelDir, members, first);
            log.accept(String.format(Locale.ROOT, "%s: %d × %d parameters, %.1f s; mean r %.3f, peak ratio %.3f%s",
                    candidate.name(), members, parameters / members, seconds, evaluation.meanR(),
                    evaluation.meanPeakRatio(), first == null ? "" : String.format(Locale.ROOT,
                            " (first member alone: r %.3f, peak ratio %.3f)", first.meanR(), first.meanPeakRatio())));
            evaluations.add(evaluation);
        }
        return evaluations;
    }

    /**
     * One member's training: the first stage at the settings' learning rate with early stopping,
     * then, when {@link ImuEmgSettings#fineTuneFactor()} is positive, a second stage from the first
     * stage's best parameters at the lower learning rate (same normalisers, loss and patience).
     *
     * @param first the first stage
     * @param second the second stage, or null
     * @param useSecond true when the second stage reached a lower validation loss (its model is kept)
     */
    private record Fitted(TrainingResult first, TrainingResult second, boolean useSecond) implements AutoCloseable {

        TrainedModel model() {
            return useSecond ? second.model() : first.model();
        }

        int epochs() {
            return first.epochs() + (second == null ? 0 : second.epochs());
        }

        int bestEpoch() {
            return useSecond ? first.bestEpoch() + second.bestEpoch() : first.bestEpoch();
        }

        @Override
        public void close() {
            if (second != null) {
                second.close();
            }
            first.close();
        }
    }

    private Fitted fit(Candidate candidate, long seed, SampleSet trainSet, SampleSet validationSet) {
        TrainingConfig config = candidate.training().withSeed(seed);
        TrainingResult first = Trainer.builder(config).loss(EnvelopeLosses.parse(candidate.loss())).quiet(true).build()
                .fit(candidate.network(), trainSet, validationSet);
        if (settings.fineTuneFactor() == 0 || validationSet == null) {
            return new Fitted(first, null, false);
        }
        try {
            AdamConfig a = config.adam();
            TrainingConfig lower = config.withAdam(new AdamConfig(a.learningRate() * settings.fineTuneFactor(),
                    a.beta1(), a.beta2(), a.epsilon(), a.weightDecay(), a.decoupledWeightDecay()));
            TrainingResult second = Trainer.builder(lower).loss(EnvelopeLosses.parse(candidate.loss())).quiet(true)
                    .normalisers(first.model().normalisers())
                    .warmStart(block -> ParameterCopy.copy(first.model().block(), block)).build()
                    .fit(candidate.network(), trainSet, validationSet);
            return new Fitted(first, second, second.bestValidationLoss() < first.bestValidationLoss());
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    static double[][] toDouble(float[][] values) {
        double[][] result = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            result[i] = toDouble(values[i]);
        }
        return result;
    }

    static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}

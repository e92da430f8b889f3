package org.neuromsk.estimator.gait;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.dataset.TrialSplit;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.EpochLoss;
import org.neuromsk.training.TrainedModel;
import org.neuromsk.training.Trainer;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.TrainingResult;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.loss.Losses;
import org.neuromsk.training.model.MlpConfig;
import org.neuromsk.training.norm.Normalisers;
import org.neuromsk.training.norm.ZScore;

/**
 * Trains the gait EMG estimators. Every training trial is segmented into gait cycles; every
 * {@code validationEvery}-th cycle (from the third) is held out for validation and early stopping,
 * all other frames train. Targets are the EMG envelopes scaled per trial
 * ({@link GaitEmgSettings#emgScaling()}).
 *
 * <p>The torque-based model trains in two stages (Park &amp; Park): an MLP learns the joint moments
 * from the inputs (mean squared error on z-scored moments); then its hidden layers are copied into a
 * network with one more hidden layer and a new EMG output layer, and the whole network is fine-tuned
 * on EMG with the input normalisation of the first stage.
 */
public final class GaitEmgTrainer {

    /** The first held-out cycle of each trial. */
    static final int VALIDATION_OFFSET = 2;

    private final GaitEmgType type;
    private final GaitEmgSettings settings;
    private final MuscleMapping muscles;
    private boolean quiet = true;
    private Consumer<String> log = s -> { };
    private PretrainingPool pool;
    private List<GaitTrial> pretrainingTrials;

    /**
     * @param type the family
     * @param settings its hyper-parameters (seeded)
     * @param muscles the muscles to estimate (our names → OpenSim names)
     */
    public GaitEmgTrainer(GaitEmgType type, GaitEmgSettings settings, MuscleMapping muscles) {
        this.type = type;
        this.settings = settings;
        this.muscles = muscles;
        if (type == GaitEmgType.TORQUE && (settings.torqueTargets().isEmpty() || settings.addedLayer() < 1)) {
            throw new NeuroMskException("the torque-based model needs torqueTargets and addedLayer ≥ 1");
        }
    }

    /**
     * @param noProgressBar false to show the training core's progress bar on standard error
     * @return this trainer
     */
    public GaitEmgTrainer quiet(boolean noProgressBar) {
        this.quiet = noProgressBar;
        return this;
    }

    /**
     * @param messages receives one line per stage (for command-line progress)
     * @return this trainer
     */
    public GaitEmgTrainer log(Consumer<String> messages) {
        this.log = messages;
        return this;
    }

    /**
     * @param shared pre-trained moment networks to reuse when the same pre-training (seed, trials,
     *     inputs, network and its training) was already run, and to add new ones to; null for none
     * @return this trainer
     */
    GaitEmgTrainer pretrainingPool(PretrainingPool shared) {
        this.pool = shared;
        return this;
    }

    /**
     * @param trials trials to pre-train the torque-based model's moment network on (with its usual
     *     interleaved validation cycles) instead of the training trials, so that trainings on parts of
     *     these trials share one pre-training through the {@link #pretrainingPool}; null for the
     *     training trials
     * @return this trainer
     */
    GaitEmgTrainer pretrainOn(List<GaitTrial> trials) {
        this.pretrainingTrials = trials == null ? null : List.copyOf(trials);
        return this;
    }

    /**
     * @param trials training trials (with EMG; with moments for the torque-based model)
     * @return the trained model (close it)
     */
    public GaitEmgModel train(List<GaitTrial> trials) {
        return train(trials, null);
    }

    /**
     * @param trials training trials (with EMG; with moments for the torque-based model)
     * @param validationTrials null to hold out every {@code validationEvery}-th gait cycle of the training
     *     trials for early stopping; otherwise trials whose gait cycles are the validation samples (each
     *     prepared on its own, like a test trial), and every frame of the training trials trains
     * @return the trained model (close it)
     */
    GaitEmgModel train(List<GaitTrial> trials, List<GaitTrial> validationTrials) {
        if (trials.isEmpty()) {
            throw new NeuroMskException("no training trial");
        }
        List<String> opensim = muscles.opensimNames();
        List<String> torqueNames = type == GaitEmgType.TORQUE ? settings.torqueTargets() : List.of();
        List<PreparedTrial> prepared = prepare(trials, torqueNames);
        Samples emg = validationTrials == null ? samples(prepared, false)
                : samples(prepared, prepare(validationTrials, List.of()));
        List<GaitTrial> momentTrials = pretrainingTrials == null ? trials : pretrainingTrials;
        Samples moments = type == GaitEmgType.TORQUE
                ? samples(momentTrials == trials ? prepared : prepare(momentTrials, torqueNames), true) : null;
        List<TrainedModel> members = new ArrayList<>();
        List<TrainedModel> pre = new ArrayList<>();
        List<MemberSummary> summaries = new ArrayList<>();
        try {
            for (int m = 0; m < settings.members(); m++) {
                long seed = settings.training().seed() + m;
                long began = System.nanoTime();
                TrainedModel pretrained = null;
                PretrainingPool.Pretrained first = null;
                if (moments != null) {
                    String key = PretrainingPool.key(settings, seed, momentTrials);
                    first = pool == null ? null : pool.copyOf(key);
                    if (first == null) {
                        log.accept(type.label() + ": member " + (m + 1) + ": pre-training on " + torqueNames.size()
                                + " joint moments");
                        TrainingResult result = trainer(settings.pretraining().withSeed(seed), null, null)
                                .loss(Losses.meanSquaredError()).build()
                                .fit(settings.pretrainingNetwork(), moments.train, moments.validation);
                        first = new PretrainingPool.Pretrained(result.model(), result.epochs(), result.history());
                        if (pool != null) {
                            pool.put(key, first);
                        }
                    } else {
                        log.accept(type.label() + ": member " + (m + 1) + ": pre-trained moment network reused");
                    }
                    pretrained = first.model();
                    pre.add(pretrained);
                }
                log.accept(type.label() + ": member " + (m + 1) + ": training on " + opensim.size() + " EMG envelopes"
                        + (pretrained != null ? " (added layer, fine-tuning)" : ""));
                TrainingResult result = fitEmg(seed, emg, pretrained);
                members.add(result.model());
                summaries.add(new MemberSummary(seed, result.model().parameterCount(), result.epochs(),
                        result.bestEpoch(), result.bestValidationLoss(), (System.nanoTime() - began) / 1e9,
                        result.history(), pretrained == null ? 0 : pretrained.parameterCount(),
                        first == null ? 0 : first.epochs(), first == null ? List.<EpochLoss>of() : first.history()));
            }
        } catch (RuntimeException e) {
            members.forEach(TrainedModel::close);
            pre.forEach(TrainedModel::close);
            throw e;
        }
        List<String> names = trials.stream().map(GaitTrial::name).toList();
        String torquesSource = type == GaitEmgType.TORQUE ? trials.get(0).torquesSource() : null;
        GaitEmgModelInfo info = new GaitEmgModelInfo(GaitEmgModel.FORMAT_VERSION, type, settings, muscles.names(),
                opensim, names, torquesSource, summaries, outputUnit(settings));
        return new GaitEmgModel(info, members, pre);
    }

    private TrainingResult fitEmg(long seed, Samples emg, TrainedModel pretrained) {
        TrainingConfig config = settings.training().withSeed(seed);
        if (pretrained == null) {
            return trainer(config, null, null).loss(settings.lossFunction()).build()
                    .fit(settings.network(muscles.names().size()), emg.train, emg.validation);
        }
        MlpConfig grown = settings.fineTuningNetwork(muscles.names().size());
        Normalisers norms = new Normalisers(pretrained.normalisers().inputs(),
                config.normaliseTargets() ? ZScore.fit(emg.train.targets(), muscles.names().size())
                        : ZScore.identity(muscles.names().size()));
        Block source = pretrained.block();
        int copied = 2 * settings.hidden().size();
        return trainer(config, block -> copyLeadingParameters(source, block, copied), norms)
                .loss(settings.lossFunction()).build().fit(grown, emg.train, emg.validation);
    }

    private Trainer.Builder trainer(TrainingConfig config, Consumer<Block> warmStart, Normalisers norms) {
        Trainer.Builder b = Trainer.builder(config).quiet(quiet);
        if (warmStart != null) {
            b.warmStart(warmStart);
        }
        if (norms != null) {
            b.normalisers(norms);
        }
        return b;
    }

    /**
     * Copies the first {@code count} parameters (weights and biases of the leading layers, in block
     * order) from one network into another of the same leading shapes. Each value is written out and
     * read back into a new array (no in-place update of a parameter that records gradients).
     */
    static void copyLeadingParameters(Block from, Block to, int count) {
        ParameterList source = from.getParameters();
        ParameterList target = to.getParameters();
        if (source.size() < count || target.size() < count) {
            throw new NeuroMskException("cannot copy " + count + " parameters between networks of " + source.size()
                    + " and " + target.size());
        }
        for (int i = 0; i < count; i++) {
            Parameter s = source.get(i).getValue();
            Parameter t = target.get(i).getValue();
            if (!s.getArray().getShape().equals(t.getArray().getShape())) {
                throw new NeuroMskException("pre-trained parameter " + source.get(i).getKey() + " has shape "
                        + s.getArray().getShape() + ", the fine-tuned network expects " + t.getArray().getShape());
            }
            try {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                    s.save(out);
                }
                try (java.io.DataInputStream in = new java.io.DataInputStream(
                        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                    t.load(t.getArray().getManager(), in);
                }
            } catch (java.io.IOException | ai.djl.MalformedModelException e) {
                throw new NeuroMskException("cannot copy pre-trained parameter " + source.get(i).getKey() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private List<PreparedTrial> prepare(List<GaitTrial> trials, List<String> torqueNames) {
        List<PreparedTrial> prepared = new ArrayList<>();
        for (GaitTrial t : trials) {
            prepared.add(PreparedTrial.of(t, settings, muscles.opensimNames(), torqueNames));
        }
        return prepared;
    }

    /** Training and validation samples. */
    record Samples(SampleSet train, SampleSet validation) {
    }

    private Samples samples(List<PreparedTrial> prepared, boolean moments) {
        List<float[]> trainIn = new ArrayList<>();
        List<float[]> trainOut = new ArrayList<>();
        List<float[]> valIn = new ArrayList<>();
        List<float[]> valOut = new ArrayList<>();
        for (PreparedTrial p : prepared) {
            Set<Integer> held = TrialSplit.interleavedCycles(p.cycles().size(), settings.validationEvery(),
                    Math.min(VALIDATION_OFFSET, settings.validationEvery() - 1));
            boolean[] validation = p.validationFrames(held);
            float[][] targets = moments ? p.torques() : p.emg();
            for (int r = 0; r < p.inputs().length; r++) {
                (validation[r] ? valIn : trainIn).add(p.inputs()[r]);
                (validation[r] ? valOut : trainOut).add(targets[r]);
            }
        }
        List<String> inputNames = settings.features().inputNames();
        List<String> targetNames = moments ? settings.torqueTargets() : muscles.opensimNames();
        SampleSet train = SampleSet.of(trainIn.toArray(float[][]::new), trainOut.toArray(float[][]::new), inputNames,
                targetNames);
        SampleSet validation = valIn.isEmpty() ? null : SampleSet.of(valIn.toArray(float[][]::new),
                valOut.toArray(float[][]::new), inputNames, targetNames);
        return new Samples(train, validation);
    }

    /** EMG samples: every frame of {@code train}; the frames in gait cycles of {@code validation}. */
    private Samples samples(List<PreparedTrial> train, List<PreparedTrial> validation) {
        List<float[]> trainIn = new ArrayList<>();
        List<float[]> trainOut = new ArrayList<>();
        for (PreparedTrial p : train) {
            trainIn.addAll(List.of(p.inputs()));
            trainOut.addAll(List.of(p.emg()));
        }
        List<float[]> valIn = new ArrayList<>();
        List<float[]> valOut = new ArrayList<>();
        for (PreparedTrial p : validation) {
            Set<Integer> all = new HashSet<>();
            for (int c = 0; c < p.cycles().size(); c++) {
                all.add(c);
            }
            boolean[] inCycle = p.validationFrames(all);
            for (int r = 0; r < inCycle.length; r++) {
                if (inCycle[r]) {
                    valIn.add(p.inputs()[r]);
                    valOut.add(p.emg()[r]);
                }
            }
        }
        List<String> inputNames = settings.features().inputNames();
        List<String> targetNames = muscles.opensimNames();
        return new Samples(SampleSet.of(trainIn.toArray(float[][]::new), trainOut.toArray(float[][]::new), inputNames,
                targetNames), valIn.isEmpty() ? null : SampleSet.of(valIn.toArray(float[][]::new),
                valOut.toArray(float[][]::new), inputNames, targetNames));
    }

    static String outputUnit(GaitEmgSettings settings) {
        return switch (settings.emgScaling()) {
            case CYCLE_RANGE -> "fraction of the trial's mean-cycle EMG range (0 = lowest, 1 = highest point of the"
                    + " ensemble average)";
            case AS_GIVEN -> "unit of the training EMG files";
        };
    }
}

package org.neuromsk.estimator.gait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.error.NeuroMskException;

/**
 * Park &amp; Park's experiment on a pair of trial folders: the baseline, the torque-based and our
 * context model are trained on one trial and evaluated on the other. The torque-based and the context
 * model first choose among their candidate settings by blocked cross-validation on the training trial
 * ({@link HyperParameterSelection#selectInStages}: the torque-based model's fine-tuning loss, then
 * dropout in its fine-tuned network, kept only if it scores higher), whose torque-based pre-training the
 * final model's first member
 * reuses; early stopping uses the training trial's interleaved held-out
 * cycles; the test trial is used for the final numbers only. Both folders hold {@code ik.sto},
 * {@code emgFilt.sto}, {@code id.sto} (moments, used as given) and optionally {@code XLD.mot}.
 */
public final class ParkReproduction {

    /** The three families, in report order. */
    public static final List<GaitEmgType> TYPES = List.of(GaitEmgType.BASELINE, GaitEmgType.TORQUE,
            GaitEmgType.CONTEXT);

    private final MuscleMapping mapping;
    private final long seed;
    private boolean quiet = true;
    private Consumer<String> log = s -> { };
    private final List<GaitTrial> otherTrials = new ArrayList<>();
    private final List<MuscleMapping> otherColumns = new ArrayList<>();
    private List<GaitEmgType> types = TYPES;

    /**
     * @param mapping the muscles
     * @param seed seed of every training
     */
    public ParkReproduction(MuscleMapping mapping, long seed) {
        this.mapping = mapping;
        this.seed = seed;
    }

    /**
     * @param noProgressBar false to show progress bars on standard error
     * @return this
     */
    public ParkReproduction quiet(boolean noProgressBar) {
        this.quiet = noProgressBar;
        return this;
    }

    /**
     * @param messages receives one line per stage
     * @return this
     */
    public ParkReproduction log(Consumer<String> messages) {
        this.log = messages;
        return this;
    }

    /**
     * @param families the families to train, a subset of {@link #TYPES} (all by default)
     * @return this
     */
    public ParkReproduction only(List<GaitEmgType> families) {
        this.types = TYPES.stream().filter(families::contains).toList();
        return this;
    }

    /**
     * Also applies every trained model to a trial of another subject ({@link TransferEvaluation}).
     *
     * @param trial the trial, read with its EMG columns
     * @param emgColumns its EMG column for each of our muscles
     * @return this
     */
    public ParkReproduction alsoOn(GaitTrial trial, MuscleMapping emgColumns) {
        otherTrials.add(trial);
        otherColumns.add(emgColumns);
        return this;
    }

    /**
     * @param trainDir training trial folder
     * @param testDir test trial folder
     * @return the results, one per family
     */
    public Reproduction run(Path trainDir, Path testDir) {
        GaitTrial train = GaitTrialReader.folder(trainDir).muscles(mapping.opensimNames()).read();
        GaitTrial test = GaitTrialReader.folder(testDir).muscles(mapping.opensimNames()).read();
        return run(train, test);
    }

    /**
     * @param train training trial
     * @param test test trial
     * @return the results, one per family
     */
    public Reproduction run(GaitTrial train, GaitTrial test) {
        List<ModelResult> results = new ArrayList<>();
        HyperParameterSelection.Folds folds = HyperParameterSelection.splitIfLongEnough(List.of(train),
                GaitEmgSettings.defaults(GaitEmgType.BASELINE));
        if (folds == null) {
            log.accept("too few gait cycles in " + train.name() + " (fewer than " + HyperParameterSelection.minCycles()
                    + ") to cross-validate hyper-parameters; every estimator keeps its first candidate settings");
        }
        for (GaitEmgType type : types) {
            GaitEmgSettings settings = GaitEmgSettings.defaults(type).withSeed(seed);
            long began = System.nanoTime();
            List<HyperParameterSelection.Candidate> candidates = HyperParameterSelection.candidates(type);
            HyperParameterSelection.Selection selection = null;
            GaitEmgModel trained;
            try (PretrainingPool pool = new PretrainingPool()) {
                if (!candidates.isEmpty() && folds != null) {
                    selection = HyperParameterSelection.selectInStages(type, settings, mapping, folds, log, pool);
                    settings = selection.settings();
                    log.accept(type.label() + ": chose '" + selection.winner().name() + "'");
                }
                trained = new GaitEmgTrainer(type, settings, mapping).quiet(quiet).log(log).pretrainingPool(pool)
                        .train(List.of(train));
            }
            try (GaitEmgModel model = trained) {
                double seconds = (System.nanoTime() - began) / 1e9;
                TrialEvaluation onTest = TrialEvaluation.of(model, test);
                TrialEvaluation onValidation = TrialEvaluation.onValidationCycles(model, train);
                List<TransferEvaluation> transfers = new ArrayList<>();
                for (int i = 0; i < otherTrials.size(); i++) {
                    transfers.add(TransferEvaluation.of(model, otherTrials.get(i), otherColumns.get(i)));
                }
                long pre = model.pretraining().isEmpty() ? 0 : model.pretraining().get(0).parameterCount();
                results.add(new ModelResult(type, model.parameterCount(), pre, seconds, onTest, onValidation,
                        model.info().members(), selection, transfers));
                log.accept(String.format(java.util.Locale.ROOT, "%s: mean ensemble R² %.3f on %s (%.1f s)",
                        type.label(), onTest.meanEnsembleR2(), test.name(), seconds));
            }
        }
        return new Reproduction(train.name(), test.name(), seed, mapping, test.torquesSource(), results,
                meanPattern(train, test));
    }

    /** @return the training trial's mean pattern scored on the test trial, or null if a phase cannot be found */
    private TrialEvaluation meanPattern(GaitTrial train, GaitTrial test) {
        try {
            TrialEvaluation e = MeanPattern.evaluate(train, test, mapping, GaitEmgSettings.defaults(GaitEmgType.CONTEXT));
            log.accept(String.format(java.util.Locale.ROOT, "mean pattern of %s (no network): mean ensemble R² %.3f on %s",
                    train.name(), e.meanEnsembleR2(), test.name()));
            return e;
        } catch (NeuroMskException e) {
            log.accept("no mean-pattern yardstick: " + e.getMessage());
            return null;
        }
    }

    /**
     * The outcome of one direction.
     *
     * @param trainTrial name of the training trial
     * @param testTrial name of the test trial
     * @param seed the seed
     * @param mapping the muscles
     * @param torquesSource where the test trial's moments came from
     * @param results one per family, in {@link #TYPES} order
     * @param meanPattern the training trial's mean pattern scored on the test trial ({@link MeanPattern}), the
     *     yardstick for the networks; null when the knee angle gives no gait phase
     */
    public record Reproduction(String trainTrial, String testTrial, long seed, MuscleMapping mapping,
            String torquesSource, List<ModelResult> results, TrialEvaluation meanPattern) {

        /** Copies the list. */
        public Reproduction {
            results = List.copyOf(results);
        }

        /**
         * @param type a family
         * @return its result
         */
        public ModelResult result(GaitEmgType type) {
            return results.stream().filter(r -> r.type() == type).findFirst().orElseThrow();
        }
    }
}

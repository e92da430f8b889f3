package org.neuromsk.estimator.gait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;

/**
 * Park &amp; Park's experiment on a pair of trial folders: the baseline, the torque-based and our
 * context model are trained on one trial (hyper-parameters and early stopping on that trial's
 * held-out cycles only) and evaluated on the other. Both folders hold {@code ik.sto},
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
        for (GaitEmgType type : TYPES) {
            GaitEmgSettings settings = GaitEmgSettings.defaults(type).withSeed(seed);
            long began = System.nanoTime();
            try (GaitEmgModel model = new GaitEmgTrainer(type, settings, mapping).quiet(quiet).log(log)
                    .train(List.of(train))) {
                double seconds = (System.nanoTime() - began) / 1e9;
                TrialEvaluation onTest = TrialEvaluation.of(model, test);
                TrialEvaluation onValidation = TrialEvaluation.onValidationCycles(model, train);
                long pre = model.pretraining().isEmpty() ? 0 : model.pretraining().get(0).parameterCount();
                results.add(new ModelResult(type, model.parameterCount(), pre, seconds, onTest, onValidation,
                        model.info().members()));
                log.accept(String.format(java.util.Locale.ROOT, "%s: mean ensemble R² %.3f on %s (%.1f s)",
                        type.label(), onTest.meanEnsembleR2(), test.name(), seconds));
            }
        }
        return new Reproduction(train.name(), test.name(), seed, mapping, test.torquesSource(), results);
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
     */
    public record Reproduction(String trainTrial, String testTrial, long seed, MuscleMapping mapping,
            String torquesSource, List<ModelResult> results) {

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

package org.neuromsk.pipeline.estimator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.gait.GaitEmgModel;

/**
 * The {@code estimator.options} of the pipeline's {@value GaitTorqueMlpEstimator#NAME}, read as a whole so
 * that every problem is found before anything is computed. Relative paths are relative to the motion
 * file's folder.
 *
 * @param training trial folders to train on ({@code ik.sto}, {@code id.sto}, {@code emgFilt.sto} each),
 *     empty when a saved model is loaded
 * @param modelFolder a saved gait EMG model folder, if given instead of {@code training}
 * @param torques joint moments of the motion ({@code .sto}), if given; else inverse dynamics of the model
 * @param seed seed of the training (default 1)
 */
public record GaitTorqueMlpOptions(List<Path> training, Optional<Path> modelFolder, Optional<Path> torques,
        long seed) {

    /** Option keys the estimator accepts. */
    public static final Set<String> KEYS = Set.of("training", "modelFolder", "torques", "seed");
    private static final List<String> TRIAL_FILES = List.of(GaitTrialReader.KINEMATICS, GaitTrialReader.TORQUES,
            GaitTrialReader.EMG);

    /** Copies the list. */
    public GaitTorqueMlpOptions {
        training = List.copyOf(training);
        Objects.requireNonNull(modelFolder, "modelFolder");
        Objects.requireNonNull(torques, "torques");
    }

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @param base folder relative paths are resolved against (the motion file's folder)
     * @return the options
     * @throws NeuroMskException listing every problem (see {@link #problems}), each naming its option
     */
    public static GaitTorqueMlpOptions parse(Map<String, Object> options, Path base) {
        OptionReader reader = new OptionReader(options, base);
        return reader.result(GaitTorqueMlpEstimator.NAME, read(reader));
    }

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @param base folder relative paths are resolved against
     * @return every problem of the options, one line each naming its option (empty when they are usable)
     */
    public static List<String> problems(Map<String, Object> options, Path base) {
        OptionReader reader = new OptionReader(options, base);
        read(reader);
        return reader.problems();
    }

    private static GaitTorqueMlpOptions read(OptionReader r) {
        r.allowOnly(KEYS);
        List<Path> training = r.folders("training", TRIAL_FILES);
        Optional<Path> modelFolder = r.existing("modelFolder", true);
        if (modelFolder.isPresent() && !Files.isRegularFile(modelFolder.get().resolve(GaitEmgModel.INFO))) {
            r.problem("modelFolder: " + modelFolder.get() + " is not a saved gait EMG model (no " + GaitEmgModel.INFO
                    + ")");
            modelFolder = Optional.empty();
        }
        if (!r.has("training") && !r.has("modelFolder")) {
            r.problem("training: required unless modelFolder is given (trial folders with ik.sto, id.sto and "
                    + "emgFilt.sto)");
        }
        if (r.has("training") && r.has("modelFolder")) {
            r.problem("modelFolder: give either training or modelFolder, not both");
        }
        Optional<Path> torques = r.existing("torques", false);
        long seed = r.whole("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        return new GaitTorqueMlpOptions(training, modelFolder, torques, seed);
    }
}

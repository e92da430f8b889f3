package org.neuromsk.pipeline.estimator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    private static final String PREFIX = "estimator.options.";

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
        Reader reader = new Reader(options, base);
        GaitTorqueMlpOptions read = reader.read();
        if (!reader.problems.isEmpty()) {
            throw new NeuroMskException("estimator " + GaitTorqueMlpEstimator.NAME + ": " + reader.problems.size()
                    + " problem(s): " + String.join("; ", reader.problems));
        }
        return read;
    }

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @param base folder relative paths are resolved against
     * @return every problem of the options, one line each naming its option (empty when they are usable)
     */
    public static List<String> problems(Map<String, Object> options, Path base) {
        Reader reader = new Reader(options, base);
        reader.read();
        return List.copyOf(reader.problems);
    }

    /** Reads every option, collecting problems instead of stopping at the first. */
    private static final class Reader {

        private static final List<String> TRIAL_FILES = List.of(GaitTrialReader.KINEMATICS, GaitTrialReader.TORQUES,
                GaitTrialReader.EMG);

        private final Map<String, Object> options;
        private final Path base;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, Object> options, Path base) {
            this.options = options;
            this.base = base;
        }

        GaitTorqueMlpOptions read() {
            for (String key : new TreeSet<>(options.keySet())) {
                if (!KEYS.contains(key)) {
                    problems.add(PREFIX + key + ": unknown key (allowed: " + String.join(", ", new TreeSet<>(KEYS))
                            + ")");
                }
            }
            List<Path> training = trainingFolders();
            Optional<Path> modelFolder = modelFolder();
            if (!options.containsKey("training") && !options.containsKey("modelFolder")) {
                problems.add(PREFIX + "training: required unless modelFolder is given (trial folders with ik.sto, "
                        + "id.sto and emgFilt.sto)");
            }
            if (options.containsKey("training") && options.containsKey("modelFolder")) {
                problems.add(PREFIX + "modelFolder: give either training or modelFolder, not both");
            }
            Optional<Path> torques = torques();
            long seed = seed();
            return new GaitTorqueMlpOptions(training, modelFolder, torques, seed);
        }

        private List<Path> trainingFolders() {
            Object v = options.get("training");
            List<Path> folders = new ArrayList<>();
            if (v == null) {
                return folders;
            }
            List<?> entries = v instanceof List<?> l ? l : List.of(v);
            if (entries.isEmpty()) {
                problems.add(PREFIX + "training: must name at least one trial folder");
            }
            for (Object entry : entries) {
                if (!(entry instanceof String s) || s.isBlank()) {
                    problems.add(PREFIX + "training: must be a folder name or a list of them, got " + entry);
                    continue;
                }
                Path folder = resolve(s);
                if (!Files.isDirectory(folder)) {
                    problems.add(PREFIX + "training: folder not found: " + folder);
                    continue;
                }
                for (String file : TRIAL_FILES) {
                    if (!Files.isRegularFile(folder.resolve(file))) {
                        problems.add(PREFIX + "training: " + folder.resolve(file) + " not found (a trial folder holds "
                                + "ik.sto, id.sto and emgFilt.sto)");
                    }
                }
                folders.add(folder);
            }
            return folders;
        }

        private Optional<Path> modelFolder() {
            Object v = options.get("modelFolder");
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof String s) || s.isBlank()) {
                problems.add(PREFIX + "modelFolder: must be a folder name (a string), got " + v);
                return Optional.empty();
            }
            Path folder = resolve(s);
            if (!Files.isDirectory(folder)) {
                problems.add(PREFIX + "modelFolder: folder not found: " + folder);
                return Optional.empty();
            }
            if (!Files.isRegularFile(folder.resolve(GaitEmgModel.INFO))) {
                problems.add(PREFIX + "modelFolder: " + folder + " is not a saved gait EMG model (no "
                        + GaitEmgModel.INFO + ")");
                return Optional.empty();
            }
            return Optional.of(folder);
        }

        private Optional<Path> torques() {
            Object v = options.get("torques");
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof String s) || s.isBlank()) {
                problems.add(PREFIX + "torques: must be a file name (a string), got " + v);
                return Optional.empty();
            }
            Path file = resolve(s);
            if (!Files.isRegularFile(file)) {
                problems.add(PREFIX + "torques: file not found: " + file);
                return Optional.empty();
            }
            return Optional.of(file);
        }

        private long seed() {
            Object v = options.get("seed");
            if (v == null) {
                return 1;
            }
            double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
            if (d != Math.rint(d) || Math.abs(d) > 1e15) {
                problems.add(PREFIX + "seed: must be a whole number, got " + v);
                return 1;
            }
            return (long) d;
        }

        private Path resolve(String path) {
            Path p = Path.of(path);
            return p.isAbsolute() || base == null ? p.normalize() : base.resolve(p).normalize();
        }
    }
}

package org.neuromsk.estimator.imu.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.SpeedAugmentation;
import org.neuromsk.training.Json;
import org.neuromsk.training.ModelDirectory;

/**
 * The {@code estimator.options} of the pipeline's {@value WaveNetImuEstimator#NAME}, checked as a whole
 * before anything is computed. Relative paths are relative to the motion file's folder.
 *
 * @param training trial folders to train on ({@code ik.sto} and {@code emgFilt.sto} each), empty when a
 *     saved model is loaded
 * @param modelFolder a saved SW-WaveNet model folder, if given instead of {@code training}
 * @param imu an IMU recording for the motion ({@code .sto}, {@code .mot}, {@code .csv}, {@code .txt}),
 *     if given; else virtual IMUs are synthesised from the motion
 * @param placements IMU placements ({@code .json} or {@code .xml}) for virtual IMUs, if given
 * @param muscles envelope columns of the training trials to estimate (empty: all of them)
 * @param seed seed of initialisation, dropout and batch order
 * @param settings the WaveNet's architecture and training settings (the {@code neuromsk imu-emg}
 *     defaults, with {@code epochs} and {@code settings} applied)
 * @param augmentation cadence replays of each training trial
 * @param lowpass low-pass cut-off of the coordinates before the IMUs are synthesised (Hz; negative: none)
 * @param saveModel where to save the trained WaveNet (a model folder {@code modelFolder} can load), if given
 */
public record WaveNetImuOptions(List<Path> training, Optional<Path> modelFolder, Optional<Path> imu,
        Optional<Path> placements, List<String> muscles, long seed, ImuEmgSettings settings,
        SpeedAugmentation augmentation, double lowpass, Optional<Path> saveModel) {

    /** Option keys the estimator accepts. */
    public static final Set<String> KEYS = Set.of("training", "modelFolder", "imu", "placements", "muscles", "seed",
            "epochs", "settings", "augment", "amplitudeExponent", "lowpass", "saveModel");
    private static final String PREFIX = "estimator.options.";

    /** Copies the lists. */
    public WaveNetImuOptions {
        training = List.copyOf(training);
        muscles = List.copyOf(muscles);
        Objects.requireNonNull(modelFolder, "modelFolder");
        Objects.requireNonNull(imu, "imu");
        Objects.requireNonNull(placements, "placements");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(saveModel, "saveModel");
    }

    /** @return true when the WaveNet is trained here (else it is loaded from {@link #modelFolder()}) */
    public boolean trains() {
        return modelFolder.isEmpty();
    }

    /**
     * @param newSeed another seed (an ensemble member's)
     * @return these options with that seed, in the settings too
     */
    public WaveNetImuOptions withSeed(long newSeed) {
        return new WaveNetImuOptions(training, modelFolder, imu, placements, muscles, newSeed,
                settings.withSeed(newSeed), augmentation, lowpass, saveModel);
    }

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @param base folder relative paths are resolved against (the motion file's folder)
     * @return the options
     * @throws NeuroMskException listing every problem (see {@link #problems}), each naming its option
     */
    public static WaveNetImuOptions parse(Map<String, Object> options, Path base) {
        List<String> problems = problems(options, base);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return new Reader(options, base).read();
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

    /**
     * @param problems problems, one line each
     * @return an exception whose one-line message lists them, separated by "; "
     */
    static NeuroMskException failure(List<String> problems) {
        return new NeuroMskException("estimator " + WaveNetImuEstimator.NAME + ": " + problems.size()
                + " problem(s): " + String.join("; ", problems));
    }

    /** Reads every option, collecting problems instead of stopping at the first. */
    private static final class Reader {

        private final Map<String, Object> options;
        private final Path base;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, Object> options, Path base) {
            this.options = options;
            this.base = base;
        }

        WaveNetImuOptions read() {
            for (String key : new TreeSet<>(options.keySet())) {
                if (!KEYS.contains(key)) {
                    problems.add(PREFIX + key + ": unknown key (allowed: " + String.join(", ", new TreeSet<>(KEYS))
                            + ")");
                }
            }
            List<Path> training = trainingFolders();
            Optional<Path> modelFolder = path("modelFolder", true);
            if (training.isEmpty() && modelFolder.isEmpty() && !options.containsKey("training")
                    && !options.containsKey("modelFolder")) {
                problems.add(PREFIX + "training: required unless modelFolder is given (trial folders with ik.sto and "
                        + "emgFilt.sto)");
            }
            if (options.containsKey("training") && options.containsKey("modelFolder")) {
                problems.add(PREFIX + "modelFolder: give either training or modelFolder, not both");
            }
            Optional<Path> imu = path("imu", false);
            Optional<Path> placements = path("placements", false);
            if (!options.containsKey("placements")) {
                if (!options.containsKey("imu")) {
                    problems.add(PREFIX + "placements: required when no imu recording is given (the virtual IMUs "
                            + "are synthesised from the motion)");
                } else if (options.containsKey("training")) {
                    problems.add(PREFIX + "placements: required with training (the training trials' IMUs are "
                            + "synthesised from their ik.sto)");
                }
            }
            List<String> muscles = names("muscles");
            if (!muscles.isEmpty() && options.containsKey("modelFolder")) {
                problems.add(PREFIX + "muscles: only with training (a saved model estimates its own muscles)");
            }
            long seed = whole("seed", 1, Long.MIN_VALUE);
            ImuEmgSettings settings = settings(seed);
            SpeedAugmentation augmentation = augmentation();
            double lowpass = number("lowpass", -1);
            if (options.containsKey("lowpass") && !(lowpass > 0 && Double.isFinite(lowpass))) {
                problems.add(PREFIX + "lowpass: must be a positive cut-off frequency (Hz), got " + options.get("lowpass"));
            }
            Optional<Path> saveModel = saveModel();
            return new WaveNetImuOptions(training, modelFolder, imu, placements, muscles, seed, settings, augmentation,
                    lowpass, saveModel);
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
                for (String file : List.of("ik.sto", "emgFilt.sto")) {
                    if (!Files.isRegularFile(folder.resolve(file))) {
                        problems.add(PREFIX + "training: " + folder.resolve(file) + " not found (a trial folder holds "
                                + "ik.sto and emgFilt.sto)");
                    }
                }
                folders.add(folder);
            }
            return folders;
        }

        private Optional<Path> saveModel() {
            Object v = options.get("saveModel");
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof String s) || s.isBlank()) {
                problems.add(PREFIX + "saveModel: must be a folder name (a string)");
                return Optional.empty();
            }
            if (options.containsKey("modelFolder")) {
                problems.add(PREFIX + "saveModel: only with training (the model is loaded from modelFolder)");
            }
            Path p = resolve(s);
            boolean replaceable = Files.isDirectory(p) && (Files.isRegularFile(p.resolve(ModelDirectory.METADATA))
                    || isEmpty(p));
            if (Files.exists(p) && !replaceable) {
                problems.add(PREFIX + "saveModel: " + p + " exists and is not a model folder");
                return Optional.empty();
            }
            return Optional.of(p);
        }

        private static boolean isEmpty(Path dir) {
            try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
                return entries.findAny().isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        }

        private Optional<Path> path(String key, boolean folder) {
            Object v = options.get(key);
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof String s) || s.isBlank()) {
                problems.add(PREFIX + key + ": must be a " + (folder ? "folder" : "file") + " name (a string)");
                return Optional.empty();
            }
            Path p = resolve(s);
            if (folder ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
                problems.add(PREFIX + key + ": " + (folder ? "folder" : "file") + " not found: " + p);
                return Optional.empty();
            }
            return Optional.of(p);
        }

        private List<String> names(String key) {
            Object v = options.get(key);
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!(v instanceof List<?> list) || list.isEmpty()) {
                problems.add(PREFIX + key + ": must be a non-empty list of muscle names");
                return out;
            }
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) {
                    out.add(s);
                } else {
                    problems.add(PREFIX + key + ": every entry must be a muscle name, got " + o);
                }
            }
            return out;
        }

        private double number(String key, double fallback) {
            Object v = options.get(key);
            if (v == null) {
                return fallback;
            }
            if (!(v instanceof Number n)) {
                problems.add(PREFIX + key + ": must be a number, got " + v);
                return fallback;
            }
            return n.doubleValue();
        }

        private long whole(String key, long fallback, long minimum) {
            Object v = options.get(key);
            if (v == null) {
                return fallback;
            }
            double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
            if (d != Math.rint(d) || d < minimum || Math.abs(d) > 1e15) {
                problems.add(PREFIX + key + ": must be a whole number" + (minimum > Long.MIN_VALUE ? " ≥ " + minimum : "")
                        + ", got " + v);
                return fallback;
            }
            return (long) d;
        }

        private ImuEmgSettings settings(long seed) {
            ImuEmgSettings settings = ImuEmgSettings.defaults();
            Object given = options.get("settings");
            if (given != null) {
                if (!(given instanceof Map<?, ?>)) {
                    problems.add(PREFIX + "settings: must be an object of ImuEmgSettings members");
                } else {
                    Set<String> members = new TreeSet<>();
                    for (java.lang.reflect.RecordComponent c : ImuEmgSettings.class.getRecordComponents()) {
                        members.add(c.getName());
                    }
                    for (Object key : ((Map<?, ?>) given).keySet()) {
                        if (!members.contains(String.valueOf(key))) {
                            problems.add(PREFIX + "settings." + key + ": unknown key (allowed: "
                                    + String.join(", ", members) + ")");
                        }
                    }
                    try {
                        settings = settings.with(Json.gson().toJson(given));
                    } catch (RuntimeException e) {
                        problems.add(PREFIX + "settings: " + oneLine(e));
                    }
                }
            }
            long epochs = whole("epochs", settings.maxEpochs(), 1);
            try {
                return settings.with("{\"maxEpochs\": " + epochs + "}").withSeed(seed);
            } catch (RuntimeException e) {
                problems.add(PREFIX + "epochs: " + oneLine(e));
                return settings;
            }
        }

        private SpeedAugmentation augmentation() {
            SpeedAugmentation defaults = SpeedAugmentation.defaults();
            List<Double> factors = defaults.factors();
            Object v = options.get("augment");
            if (v != null) {
                factors = new ArrayList<>();
                if (v instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof Number n) {
                            factors.add(n.doubleValue());
                        } else {
                            problems.add(PREFIX + "augment: every cadence factor must be a number, got " + o);
                        }
                    }
                } else if (!"none".equals(v)) {
                    problems.add(PREFIX + "augment: must be a list of cadence factors or \"none\", got " + v);
                }
            }
            double exponent = number("amplitudeExponent", defaults.exponent());
            try {
                return new SpeedAugmentation(factors, exponent);
            } catch (NeuroMskException e) {
                problems.add(PREFIX + (e.getMessage().startsWith("amplitude") ? "amplitudeExponent: " : "augment: ")
                        + e.getMessage());
                return defaults;
            }
        }

        private Path resolve(String path) {
            Path p = Path.of(path);
            return p.isAbsolute() || base == null ? p.normalize() : base.resolve(p).normalize();
        }

        private static String oneLine(RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.replaceAll("\\s*\\R\\s*", " ");
        }
    }
}

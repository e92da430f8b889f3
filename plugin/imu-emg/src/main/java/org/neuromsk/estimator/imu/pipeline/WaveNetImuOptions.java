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
import org.neuromsk.pipeline.estimator.OptionReader;
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

    /** Settings members of {@code neuromsk imu-emg}'s experiments that this estimator (one network) refuses. */
    static final Set<String> ONE_NETWORK_ONLY = Set.of("members", "fineTuneFactor");

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
        return reader.problems();
    }

    /**
     * @param problems problems, one line each
     * @return an exception whose one-line message lists them, separated by "; "
     */
    static NeuroMskException failure(List<String> problems) {
        return OptionReader.failure(WaveNetImuEstimator.NAME, problems);
    }

    /** Reads every option, collecting problems instead of stopping at the first. */
    private static final class Reader {

        private final Map<String, Object> options;
        private final OptionReader r;

        Reader(Map<String, Object> options, Path base) {
            this.options = options;
            this.r = new OptionReader(options, base);
        }

        List<String> problems() {
            return r.problems();
        }

        WaveNetImuOptions read() {
            r.allowOnly(KEYS);
            List<Path> training = r.folders("training", List.of("ik.sto", "emgFilt.sto"));
            Optional<Path> modelFolder = r.existing("modelFolder", true);
            if (training.isEmpty() && modelFolder.isEmpty() && !options.containsKey("training")
                    && !options.containsKey("modelFolder")) {
                r.problem("training: required unless modelFolder is given (trial folders with ik.sto and "
                        + "emgFilt.sto)");
            }
            if (options.containsKey("training") && options.containsKey("modelFolder")) {
                r.problem("modelFolder: give either training or modelFolder, not both");
            }
            Optional<Path> imu = r.existing("imu", false);
            Optional<Path> placements = r.existing("placements", false);
            if (!options.containsKey("placements")) {
                if (!options.containsKey("imu")) {
                    r.problem("placements: required when no imu recording is given (the virtual IMUs "
                            + "are synthesised from the motion)");
                } else if (options.containsKey("training")) {
                    r.problem("placements: required with training (the training trials' IMUs are "
                            + "synthesised from their ik.sto)");
                }
            }
            List<String> muscles = names("muscles");
            if (!muscles.isEmpty() && options.containsKey("modelFolder")) {
                r.problem("muscles: only with training (a saved model estimates its own muscles)");
            }
            long seed = r.whole("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
            ImuEmgSettings settings = settings(seed);
            SpeedAugmentation augmentation = augmentation();
            double lowpass = r.number("lowpass", -1);
            if (options.containsKey("lowpass") && !(lowpass > 0 && Double.isFinite(lowpass))) {
                r.problem("lowpass: must be a positive cut-off frequency (Hz), got " + options.get("lowpass"));
            }
            Optional<Path> saveModel = saveModel();
            return new WaveNetImuOptions(training, modelFolder, imu, placements, muscles, seed, settings, augmentation,
                    lowpass, saveModel);
        }

        private Optional<Path> saveModel() {
            Object v = options.get("saveModel");
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof String s) || s.isBlank()) {
                r.problem("saveModel: must be a folder name (a string)");
                return Optional.empty();
            }
            if (options.containsKey("modelFolder")) {
                r.problem("saveModel: only with training (the model is loaded from modelFolder)");
            }
            Path p = r.resolve(s);
            boolean replaceable = Files.isDirectory(p) && (Files.isRegularFile(p.resolve(ModelDirectory.METADATA))
                    || isEmpty(p));
            if (Files.exists(p) && !replaceable) {
                r.problem("saveModel: " + p + " exists and is not a model folder");
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

        private List<String> names(String key) {
            Object v = options.get(key);
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (!(v instanceof List<?> list) || list.isEmpty()) {
                r.problem(key + ": must be a non-empty list of muscle names");
                return out;
            }
            for (Object o : list) {
                if (o instanceof String s && !s.isBlank()) {
                    out.add(s);
                } else {
                    r.problem(key + ": every entry must be a muscle name, got " + o);
                }
            }
            return out;
        }

        private ImuEmgSettings settings(long seed) {
            ImuEmgSettings settings = ImuEmgSettings.defaults();
            Object given = options.get("settings");
            if (given != null) {
                if (!(given instanceof Map<?, ?>)) {
                    r.problem("settings: must be an object of ImuEmgSettings members");
                } else {
                    Set<String> members = new TreeSet<>();
                    for (java.lang.reflect.RecordComponent c : ImuEmgSettings.class.getRecordComponents()) {
                        members.add(c.getName());
                    }
                    boolean keysOk = true;
                    for (Object key : ((Map<?, ?>) given).keySet()) {
                        keysOk &= members.contains(String.valueOf(key)) && !ONE_NETWORK_ONLY.contains(String.valueOf(key));
                        if (ONE_NETWORK_ONLY.contains(String.valueOf(key))) {
                            r.problem("settings." + key + ": the wavenet-imu estimator trains one network without a "
                                    + "learning-rate step-down (ensembles and the step-down are for neuromsk imu-emg)");
                        } else if (!members.contains(String.valueOf(key))) {
                            r.problem("settings." + key + ": unknown key (allowed: "
                                    + String.join(", ", members) + ")");
                        }
                    }
                    try {
                        if (keysOk) { // a bad key is listed once, above, not again by the strict overlay
                            settings = settings.with(Json.gson().toJson(given));
                        }
                    } catch (RuntimeException e) {
                        r.problem("settings: " + oneLine(e));
                    }
                }
            }
            long epochs = r.whole("epochs", settings.maxEpochs(), 1, Long.MAX_VALUE);
            try {
                return settings.with("{\"maxEpochs\": " + epochs + "}").withSeed(seed);
            } catch (RuntimeException e) {
                r.problem("epochs: " + oneLine(e));
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
                            r.problem("augment: every cadence factor must be a number, got " + o);
                        }
                    }
                } else if (!"none".equals(v)) {
                    r.problem("augment: must be a list of cadence factors or \"none\", got " + v);
                }
            }
            double exponent = r.number("amplitudeExponent", defaults.exponent());
            try {
                return new SpeedAugmentation(factors, exponent);
            } catch (NeuroMskException e) {
                r.problem((e.getMessage().startsWith("amplitude") ? "amplitudeExponent: " : "augment: ")
                        + e.getMessage());
                return defaults;
            }
        }

        private static String oneLine(RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.replaceAll("\\s*\\R\\s*", " ");
        }
    }
}

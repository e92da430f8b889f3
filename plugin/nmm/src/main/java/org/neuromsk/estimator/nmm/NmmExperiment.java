package org.neuromsk.estimator.nmm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.AtomicDirectory;
import org.neuromsk.training.Json;

/**
 * The {@code "nmm"} experiment of {@code neuromsk train}: personalise and train the NMM on subjects
 * written by the virtual-subject generator, with its ablations and baselines, and write the results.
 * Paths are relative to the experiment file.
 *
 * <pre>{@code
 * {
 *   "type": "nmm",
 *   "subjects": ["virtual/subject01", "virtual/subject02"],   // generator subject folders
 *   "seed": 1,
 *   "ablations": true,          // optional, default true
 *   "baselines": true,          // optional, default true (MSE and static optimisation)
 *   "frameRate": 100,           // optional (Hz)
 *   "backend": "embedded",      // optional
 *   "model": {"maxEpochs": 40}  // optional NmmSettings overrides
 * }
 * }</pre>
 *
 * @param file the experiment file
 * @param subjects subject folders
 * @param options what to run
 */
public record NmmExperiment(Path file, List<Path> subjects, NmmStudy.Options options) {

    /** The experiment type name. */
    public static final String TYPE = "nmm";
    /** The summary table a study folder holds; it marks a folder a new study may replace. */
    public static final String STUDY_FILE = "study.txt";
    private static final String STUDY_FOLDER = "an NMM study folder";
    private static final Set<String> BACKENDS = Set.of("embedded", "opensim", "auto");
    private static final Set<String> KEYS = Set.of("type", "subjects", "seed", "ablations", "baselines", "frameRate",
            "backend", "model");

    /** Copies the list. */
    public NmmExperiment {
        subjects = List.copyOf(subjects);
    }

    /**
     * @param file a JSON experiment file
     * @return whether its {@code "type"} is {@value #TYPE} (false for unreadable files)
     */
    public static boolean handles(Path file) {
        try {
            JsonObject root = Json.parseObject(file, Json.readText(file));
            return root.has("type") && TYPE.equals(root.get("type").getAsString());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param file the experiment file
     * @return the experiment
     * @throws FileFormatException naming the file for a missing file, bad JSON, an unknown key or bad values
     */
    public static NmmExperiment read(Path file) {
        return parse(file, Json.readText(file));
    }

    /**
     * @param file where the text came from (relative paths resolve against its folder)
     * @param text the JSON
     * @return the experiment
     */
    public static NmmExperiment parse(Path file, String text) {
        JsonObject root = Json.parseObject(file, text, KEYS);
        try {
            if (!root.has("type") || !TYPE.equals(String.valueOf(root.get("type").isJsonPrimitive()
                    ? root.get("type").getAsString() : root.get("type")))) {
                throw new FileFormatException(file, 0, "\"type\" must be \"" + TYPE + "\"");
            }
            JsonElement s = root.get("subjects");
            if (s == null || !s.isJsonArray() || s.getAsJsonArray().isEmpty()) {
                throw new FileFormatException(file, 0, "\"subjects\" must list at least one subject folder");
            }
            Path base = file.toAbsolutePath().getParent();
            List<Path> subjects = new ArrayList<>();
            for (JsonElement e : s.getAsJsonArray()) {
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                    throw new FileFormatException(file, 0, "\"subjects\" must list folder names (text), got " + e);
                }
                subjects.add(base.resolve(e.getAsString()));
            }
            long seed = root.has("seed") ? Json.wholeNumber(file, "seed", root.get("seed")) : 1;
            NmmStudy.Options defaults = NmmStudy.Options.defaults(seed);
            NmmSettings settings = defaults.settings();
            if (root.has("model")) {
                try {
                    settings = settings.with(root.get("model").toString()).withSeed(seed);
                } catch (FileFormatException e) {
                    throw e;
                } catch (NeuroMskException e) {
                    throw new FileFormatException(file, 0, "model: " + e.getMessage(), e);
                }
            }
            double frameRate = defaults.frameRate();
            if (root.has("frameRate")) {
                JsonElement f = root.get("frameRate");
                if (!f.isJsonPrimitive() || !f.getAsJsonPrimitive().isNumber() || !(f.getAsDouble() > 0)
                        || Double.isInfinite(f.getAsDouble())) {
                    throw new FileFormatException(file, 0, "\"frameRate\" must be a number > 0 (Hz), got " + f);
                }
                frameRate = f.getAsDouble();
            }
            String backend = defaults.backend();
            if (root.has("backend")) {
                JsonElement b = root.get("backend");
                if (!b.isJsonPrimitive() || !BACKENDS.contains(b.getAsString())) {
                    throw new FileFormatException(file, 0, "\"backend\" must be embedded, opensim or auto, got " + b);
                }
                backend = b.getAsString();
            }
            NmmStudy.Options options = new NmmStudy.Options(settings, SynergyExtrapolation.Settings.defaults()
                    .withSeed(seed), bool(root, "ablations", true, file), bool(root, "baselines", true, file),
                    frameRate, backend);
            return new NmmExperiment(file, subjects, options);
        } catch (FileFormatException e) {
            throw e;
        } catch (NeuroMskException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw new FileFormatException(file, 0, e.getMessage(), e);
        }
    }

    /**
     * Refuses an output folder that {@link #run} would refuse, so that the caller can check before training.
     *
     * @param outDir output folder
     * @throws NeuroMskException if it exists and is neither an empty folder nor an earlier study's folder
     *     (with {@value #STUDY_FILE})
     */
    public static void checkTarget(Path outDir) {
        AtomicDirectory.checkTarget(outDir, STUDY_FILE, STUDY_FOLDER);
    }

    /**
     * Runs the study and writes {@value #STUDY_FILE} (the summary table) beside the per-subject outputs,
     * in a folder beside {@code outDir} that replaces it once complete (like a gait EMG model folder).
     *
     * @param outDir output folder: absent, empty, or an earlier study's folder (replaced as a whole)
     * @param log progress lines
     * @return the results
     * @throws NeuroMskException if {@code outDir} is refused ({@link #checkTarget})
     */
    public StudyResult run(Path outDir, Consumer<String> log) {
        StudyResult[] result = new StudyResult[1];
        AtomicDirectory.replace(outDir, STUDY_FILE, STUDY_FOLDER, folder -> {
            result[0] = NmmStudy.run(subjects, options, folder, log);
            String table = result[0].table();
            AtomicFiles.writeText(folder.resolve(STUDY_FILE), w -> w.write(table));
        });
        return result[0];
    }

    /**
     * The entry point for the training core's experiment runner.
     *
     * @param json the experiment's JSON text (paths relative to the working folder)
     * @param outDir output folder
     * @return the results
     */
    public static StudyResult run(String json, Path outDir) {
        return parse(Path.of("experiment.json"), json).run(outDir, line -> { });
    }

    private static boolean bool(JsonObject root, String key, boolean fallback, Path file) {
        if (!root.has(key)) {
            return fallback;
        }
        JsonElement e = root.get(key);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new FileFormatException(file, 0, "\"" + key + "\" must be true or false, got " + e);
        }
        return e.getAsBoolean();
    }
}

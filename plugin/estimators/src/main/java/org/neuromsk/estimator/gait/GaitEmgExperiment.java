package org.neuromsk.estimator.gait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.Json;

/**
 * An experiment file for {@code neuromsk train}: which estimator, on which trial folders, for which
 * muscles, with which seed and hyper-parameters. Paths are relative to the experiment file.
 *
 * <pre>{@code
 * {
 *   "type": "gait-emg-torque",            // or gait-emg-baseline, gait-emg-context
 *   "train": ["data/walk36"],             // trial folders: ik.sto, id.sto, emgFilt.sto, XLD.mot
 *   "mapping": "muscles.txt",             // optional; default: Park & Park's seven muscles
 *   "muscles": ["TA", "GM"],              // optional subset of the mapping
 *   "seed": 1,
 *   "model": {"loss": "mae", "members": 3, "training": {"maxEpochs": 150}}   // optional overrides
 * }
 * }</pre>
 *
 * @param file the experiment file
 * @param type the estimator family
 * @param train training trial folders
 * @param mapping the muscles to estimate
 * @param settings the hyper-parameters, seeded
 */
public record GaitEmgExperiment(Path file, GaitEmgType type, List<Path> train, MuscleMapping mapping,
        GaitEmgSettings settings) {

    private static final Set<String> KEYS = Set.of("type", "train", "mapping", "muscles", "seed", "model");

    /**
     * @param file an experiment file
     * @return the experiment
     * @throws FileFormatException naming the file for a missing file, bad JSON, an unknown key, or a
     *     muscle missing from the mapping
     */
    public static GaitEmgExperiment read(Path file) {
        JsonObject root = Json.parseObject(file, Json.readText(file), KEYS);
        Path base = file.toAbsolutePath().getParent();
        try {
            GaitEmgType type = GaitEmgType.parse(string(root, "type", file));
            List<Path> train = new ArrayList<>();
            JsonElement t = root.get("train");
            if (t == null || !t.isJsonArray() || t.getAsJsonArray().isEmpty()) {
                throw new FileFormatException(file, 0, "\"train\" must list at least one trial folder");
            }
            for (JsonElement e : t.getAsJsonArray()) {
                train.add(base.resolve(text(e, "\"train\" must list folder names (text)", file)));
            }
            MuscleMapping mapping = root.has("mapping") && !root.get("mapping").isJsonNull()
                    ? MuscleMapping.read(base.resolve(text(root.get("mapping"), "\"mapping\" must be a file name (text)",
                            file)))
                    : MuscleMapping.parkAndParkTable1();
            if (root.has("muscles") && !root.get("muscles").isJsonNull()) {
                JsonElement names = root.get("muscles");
                if (!names.isJsonArray()) {
                    throw new FileFormatException(file, 0, "\"muscles\" must list names (text), got " + names);
                }
                List<String> wanted = new ArrayList<>();
                for (JsonElement n : names.getAsJsonArray()) {
                    wanted.add(text(n, "\"muscles\" must list names (text)", file));
                }
                for (String w : wanted) {
                    if (!mapping.names().contains(w)) {
                        throw new FileFormatException(mapping.source() != null ? mapping.source() : file, 0,
                                "muscle '" + w + "' is not in the mapping (it maps " + String.join(", ", mapping.names())
                                        + ")");
                    }
                }
                mapping = mapping.select(wanted);
            }
            long seed = root.has("seed") ? Json.wholeNumber(file, "seed", root.get("seed")) : 1;
            GaitEmgSettings settings = settings(type, root.has("model") ? root.get("model") : null, file).withSeed(seed);
            return new GaitEmgExperiment(file, type, train, mapping, settings);
        } catch (FileFormatException e) {
            throw e;
        } catch (NeuroMskException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw new FileFormatException(file, 0, e.getMessage(), e);
        }
    }

    /**
     * @param type the family
     * @param model a JSON object of overrides, or null
     * @param file the experiment file, for messages
     * @return the family's defaults with the overrides
     */
    static GaitEmgSettings settings(GaitEmgType type, JsonElement model, Path file) {
        GaitEmgSettings defaults = GaitEmgSettings.defaults(type);
        if (model == null || model.isJsonNull()) {
            return defaults;
        }
        if (!model.isJsonObject()) {
            throw new FileFormatException(file, 0, "\"model\" must be a JSON object of settings");
        }
        checkKeys(Json.gson().toJsonTree(defaults).getAsJsonObject(), model.getAsJsonObject(), "model", file);
        try {
            return Json.overlay(defaults, model.toString(), GaitEmgSettings.class);
        } catch (FileFormatException e) {
            throw e;
        } catch (NeuroMskException e) {
            throw new FileFormatException(file, 0, "model: " + e.getMessage(), e);
        }
    }

    private static void checkKeys(JsonObject known, JsonObject given, String where, Path file) {
        for (Map.Entry<String, JsonElement> e : given.entrySet()) {
            JsonElement k = known.get(e.getKey());
            if (k == null && !known.has(e.getKey())) {
                throw new FileFormatException(file, 0, "unknown setting '" + where + "." + e.getKey() + "'");
            }
            if (k != null && k.isJsonObject() && e.getValue().isJsonObject()) {
                checkKeys(k.getAsJsonObject(), e.getValue().getAsJsonObject(), where + "." + e.getKey(), file);
            }
        }
    }

    private static String string(JsonObject root, String key, Path file) {
        JsonElement e = root.get(key);
        if (e == null || e.isJsonNull()) {
            throw new FileFormatException(file, 0, "missing \"" + key + "\"");
        }
        return text(e, "\"" + key + "\" must be text", file);
    }

    private static String text(JsonElement e, String expected, Path file) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new FileFormatException(file, 0, expected + ", got " + e);
        }
        return e.getAsString();
    }

    /**
     * @return the training trials, read with the mapping's muscles (and moments for the torque-based model)
     */
    public List<GaitTrial> readTrials() {
        List<GaitTrial> trials = new ArrayList<>();
        for (Path dir : train) {
            trials.add(GaitTrialReader.folder(dir).muscles(mapping.opensimNames()).read());
        }
        return trials;
    }

    /**
     * @param quiet false to show progress bars on standard error
     * @param log receives one line per stage
     * @return the trained model (close it)
     */
    public GaitEmgModel run(boolean quiet, Consumer<String> log) {
        return new GaitEmgTrainer(type, settings, mapping).quiet(quiet).log(log).train(readTrials());
    }
}

package org.neuromsk.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.forward.TrackingGains;
import org.neuromsk.pipeline.estimator.Estimators;
import org.neuromsk.pipeline.json.Json;

/**
 * Reads a pipeline file (JSON) and validates all of it before anything is computed: unknown keys,
 * missing files, muscles and coordinates the model does not have, values out of range. Every problem
 * is collected and reported together ({@link PipelineFileException}). Relative paths are relative to
 * the pipeline file's folder.
 *
 * <pre>
 * {
 *   "model": "elbow.osim", "motion": "ik.mot", "externalLoads": "loads.xml", "emg": "envelopes.sto",
 *   "truthExcitations": "excitations.sto", "muscles": ["BIClong", "TRIlong"],
 *   "estimator": {"type": "static-optimization", "activationExponent": 2, "ensemble": 10,
 *                 "kinematicNoiseDeg": 1, "strengthNoise": 0.15, "seed": 1, "options": {}},
 *   "backend": "embedded",
 *   "forward": {"enabled": true, "reserveActuators": true, "reserveOptimalForce": 1,
 *               "residualReserves": true, "trackingCorrection": false, "kp": 10000, "kv": 200,
 *               "correctionInterval": 0.002, "accuracy": 1e-5},
 *   "output": "results/"
 * }
 * </pre>
 */
public final class PipelineFile {

    static final Set<String> TOP_KEYS = Set.of("model", "motion", "externalLoads", "emg", "truthExcitations",
            "muscles", "estimator", "backend", "forward", "output");
    static final Set<String> ESTIMATOR_KEYS = Set.of("type", "activationExponent", "ensemble", "kinematicNoiseDeg",
            "strengthNoise", "seed", "options");
    static final Set<String> FORWARD_KEYS = Set.of("enabled", "reserveActuators", "reserveOptimalForce",
            "residualReserves", "trackingCorrection", "kp", "kv", "stiffness", "damping", "correctionInterval",
            "accuracy");
    static final Set<String> BACKENDS = Set.of("embedded", "opensim", "auto");

    private final Path file;
    private final Path folder;
    private final List<String> problems = new ArrayList<>();

    private PipelineFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.folder = this.file.getParent();
    }

    /**
     * @param file the pipeline file
     * @return the validated pipeline
     * @throws PipelineFileException listing every problem found
     */
    public static PipelineSpec read(Path file) {
        PipelineFile reader = new PipelineFile(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PipelineFileException(file, List.of("cannot be read: " + e.getMessage()));
        }
        Object root;
        try {
            root = Json.parse(text);
        } catch (NeuroMskException e) {
            throw new PipelineFileException(file, List.of(e.getMessage()));
        }
        return reader.validate(root);
    }

    @SuppressWarnings("unchecked")
    private PipelineSpec validate(Object root) {
        if (!(root instanceof Map<?, ?>)) {
            throw new PipelineFileException(file, List.of("the file must hold a JSON object"));
        }
        Map<String, Object> top = (Map<String, Object>) root;
        unknownKeys("", top, TOP_KEYS);
        Path model = requiredFile(top, "model");
        Path motion = requiredFile(top, "motion");
        Optional<Path> loads = optionalFile(top, "externalLoads");
        Optional<Path> emg = optionalFile(top, "emg");
        Optional<Path> truth = optionalFile(top, "truthExcitations");
        List<String> muscles = stringList(top, "muscles");
        String backend = string(top, "backend", "embedded");
        if (!BACKENDS.contains(backend)) {
            problems.add("backend: unknown backend '" + backend + "' (known: embedded, opensim, auto)");
        }
        PipelineSpec.EstimatorSettings estimator = estimator(top.get("estimator"));
        PipelineSpec.ForwardSettings forward = forward(top.get("forward"));
        // the estimator's own checks, once the motion's folder (for relative option paths) is known
        Estimator checker = motion != null && Estimators.available().contains(estimator.type())
                ? Estimators.create(estimator.type()) : null;
        List<String> optionProblems = checker == null ? List.of()
                : checker.optionProblems(estimator.options(), motion.toAbsolutePath().getParent());
        problems.addAll(optionProblems);
        if ("nmm".equals(estimator.type()) && !top.containsKey("emg")) {
            problems.add("emg: required by estimator nmm (EMG envelopes of the measured muscles)");
        }
        Path output = null;
        Object out = top.get("output");
        if (!(out instanceof String s) || s.isBlank()) {
            problems.add("output: required, the output folder (a string)");
        } else {
            output = folder.resolve(s).normalize();
            if (Files.exists(output) && !Files.isDirectory(output)) {
                problems.add("output: " + output + " exists and is not a folder");
            }
        }
        ModelNames names = model == null ? null : modelNames(model);
        if (names != null) {
            for (String m : muscles) {
                if (!names.muscles().contains(m)) {
                    problems.add("muscles: '" + m + "' is not a muscle of " + model.getFileName());
                }
            }
            columnsAreMuscles("emg", emg, names);
            columnsAreMuscles("truthExcitations", truth, names);
            if (motion != null) {
                motionMatchesModel(motion, names);
            }
            if (checker != null && optionProblems.isEmpty()) {
                problems.addAll(checker.modelProblems(estimator.options(), names.coordinates(), names.muscles(),
                        model.getFileName().toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PipelineFileException(file, problems);
        }
        List<String> chosen = muscles.isEmpty() ? List.copyOf(names.muscles()) : muscles;
        return new PipelineSpec(model, motion, loads, emg, truth, chosen, estimator, backend, forward, output);
    }

    /** Muscle and coordinate names of a model. */
    private record ModelNames(Set<String> muscles, Set<String> coordinates) {
    }

    private ModelNames modelNames(Path model) {
        try {
            OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(model);
            Set<String> muscles = new LinkedHashSet<>();
            if (doc.root().forceSet() != null) {
                for (org.neuromsk.io.osim.Muscle m : doc.root().forceSet().itemsOf(org.neuromsk.io.osim.Muscle.class)) {
                    muscles.add(m.name());
                }
            }
            Set<String> coordinates = new LinkedHashSet<>();
            org.neuromsk.engine.model.Model engine = org.neuromsk.engine.model.ModelLoader.fromDocument(doc);
            engine.multibody().coordinates().forEach(c -> coordinates.add(c.name()));
            return new ModelNames(muscles, coordinates);
        } catch (NeuroMskException e) {
            problems.add("model: " + e.getMessage());
            return null;
        }
    }

    private void columnsAreMuscles(String key, Optional<Path> table, ModelNames names) {
        if (table.isEmpty()) {
            return;
        }
        try {
            Storage s = StorageReader.read(table.get());
            for (String label : s.labels()) {
                if (!names.muscles().contains(label)) {
                    problems.add(key + ": column '" + label + "' of " + table.get().getFileName()
                            + " is not a muscle of the model");
                }
            }
        } catch (NeuroMskException e) {
            problems.add(key + ": " + e.getMessage());
        }
    }

    private void motionMatchesModel(Path motion, ModelNames names) {
        try {
            Storage s = StorageReader.read(motion);
            int known = 0;
            for (String label : s.labels()) {
                String name = coordinateOf(label);
                if (names.coordinates().contains(name)) {
                    known++;
                }
            }
            if (known == 0) {
                problems.add("motion: no column of " + motion.getFileName() + " is a coordinate of the model");
            }
            if (s.rowCount() < 3) {
                problems.add("motion: " + motion.getFileName() + " has fewer than 3 rows");
            }
        } catch (NeuroMskException e) {
            problems.add("motion: " + e.getMessage());
        }
    }

    /**
     * @param label a motion column label: a coordinate name or {@code /jointset/<joint>/<coordinate>/value}
     * @return the coordinate name
     */
    static String coordinateOf(String label) {
        if (label.startsWith("/") && label.endsWith("/value")) {
            String[] parts = label.split("/");
            return parts[parts.length - 2];
        }
        return label;
    }

    @SuppressWarnings("unchecked")
    private PipelineSpec.EstimatorSettings estimator(Object node) {
        PipelineSpec.EstimatorSettings d = PipelineSpec.EstimatorSettings.defaults();
        if (node == null) {
            return d;
        }
        if (!(node instanceof Map<?, ?>)) {
            problems.add("estimator: must be an object");
            return d;
        }
        Map<String, Object> m = (Map<String, Object>) node;
        unknownKeys("estimator.", m, ESTIMATOR_KEYS);
        String type = string(m, "type", d.type(), "estimator.");
        if (!Estimators.known().contains(type)) {
            problems.add("estimator.type: unknown estimator '" + type + "' (known: "
                    + String.join(", ", Estimators.known()) + ")");
        } else if (!Estimators.available().contains(type)) {
            problems.add("estimator.type: '" + type + "' is not available in this build (available: "
                    + String.join(", ", Estimators.available()) + ")");
        }
        double p = number(m, "activationExponent", d.activationExponent(), "estimator.");
        if (!(p > 1) || !Double.isFinite(p)) {
            problems.add("estimator.activationExponent: must be a finite number > 1, got " + fmt(p));
        }
        double ensemble = number(m, "ensemble", d.ensemble(), "estimator.");
        if (!(ensemble >= 1) || ensemble != Math.rint(ensemble) || ensemble > 1000) {
            problems.add("estimator.ensemble: must be a whole number from 1 to 1000, got " + fmt(ensemble));
        }
        double noise = number(m, "kinematicNoiseDeg", d.kinematicNoiseDeg(), "estimator.");
        if (!(noise >= 0) || !Double.isFinite(noise)) {
            problems.add("estimator.kinematicNoiseDeg: must be >= 0, got " + fmt(noise));
        }
        double strength = number(m, "strengthNoise", d.strengthNoise(), "estimator.");
        if (!(strength >= 0 && strength < 1)) {
            problems.add("estimator.strengthNoise: must be in [0, 1), got " + fmt(strength));
        }
        double seed = number(m, "seed", d.seed(), "estimator.");
        if (seed != Math.rint(seed)) {
            problems.add("estimator.seed: must be a whole number, got " + fmt(seed));
        }
        Object options = m.getOrDefault("options", Map.of());
        if (!(options instanceof Map<?, ?>)) {
            problems.add("estimator.options: must be an object");
            options = Map.of();
        }
        return new PipelineSpec.EstimatorSettings(type, p, (int) ensemble, noise, strength, (long) seed,
                (Map<String, Object>) options);
    }

    @SuppressWarnings("unchecked")
    private PipelineSpec.ForwardSettings forward(Object node) {
        PipelineSpec.ForwardSettings d = PipelineSpec.ForwardSettings.defaults();
        if (node == null) {
            return d;
        }
        if (!(node instanceof Map<?, ?>)) {
            problems.add("forward: must be an object");
            return d;
        }
        Map<String, Object> m = (Map<String, Object>) node;
        unknownKeys("forward.", m, FORWARD_KEYS);
        boolean enabled = bool(m, "enabled", d.enabled());
        boolean reserves = bool(m, "reserveActuators", d.reserveActuators());
        double reserveForce = positive(m, "reserveOptimalForce", d.reserveOptimalForce());
        boolean residual = bool(m, "residualReserves", d.residualReserves());
        boolean tracking = bool(m, "trackingCorrection", d.trackingCorrection());
        TrackingGains gains = gains(m, d.gains());
        double interval = positive(m, "correctionInterval", d.correctionInterval());
        double accuracy = positive(m, "accuracy", d.accuracy());
        // only for an interval that is itself valid (a bad one is already listed above)
        double radius = interval > 0 && Double.isFinite(interval) ? gains.heldLoopRadius(interval) : Double.NaN;
        if (tracking && radius >= 1) {
            problems.add(String.format(Locale.ROOT, "forward: kp %s 1/s² and kv %s 1/s held over correctionInterval %s s "
                    + "make the tracking correction unstable (error grows ×%.2f per interval); use correctionInterval "
                    + "%s s or less, or lower gains", TrackingGains.number(gains.position()),
                    TrackingGains.number(gains.speed()), TrackingGains.number(interval), radius,
                    TrackingGains.number(gains.stableInterval(interval))));
        }
        if (tracking && !reserves) {
            problems.add("forward.trackingCorrection: needs forward.reserveActuators true (the correction acts "
                    + "through the reserves)");
        }
        return new PipelineSpec.ForwardSettings(enabled, reserves, reserveForce, residual, tracking, gains, interval,
                accuracy);
    }

    /**
     * The correction's gains: {@code kp}/{@code kv} (acceleration level, 1/s² and 1/s) or
     * {@code stiffness}/{@code damping} (N·m/rad and N·m·s/rad), not both kinds; neither gives the defaults.
     */
    private TrackingGains gains(Map<String, Object> m, TrackingGains d) {
        boolean acceleration = m.containsKey("kp") || m.containsKey("kv");
        boolean torque = m.containsKey("stiffness") || m.containsKey("damping");
        if (acceleration && torque) {
            problems.add("forward: give kp/kv (acceleration gains, 1/s² and 1/s) or stiffness/damping (N·m/rad and "
                    + "N·m·s/rad), not both");
            return d;
        }
        if (torque) {
            return TrackingGains.torque(gain(m, "stiffness", TrackingGains.DEFAULT_STIFFNESS),
                    gain(m, "damping", TrackingGains.DEFAULT_DAMPING));
        }
        return TrackingGains.acceleration(gain(m, "kp", TrackingGains.DEFAULT_KP),
                gain(m, "kv", TrackingGains.DEFAULT_KV));
    }

    /** A gain ≥ 0; a bad one is listed as a problem and replaced by the fallback. */
    private double gain(Map<String, Object> m, String key, double fallback) {
        double v = nonNegative(m, key, fallback);
        return v >= 0 && Double.isFinite(v) ? v : fallback;
    }

    private void unknownKeys(String prefix, Map<String, Object> map, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(prefix + key + ": unknown key (allowed: " + String.join(", ", allowed.stream().sorted()
                        .toList()) + ")");
            }
        }
    }

    private Path requiredFile(Map<String, Object> map, String key) {
        if (!map.containsKey(key)) {
            problems.add(key + ": required");
            return null;
        }
        return optionalFile(map, key).orElse(null);
    }

    private Optional<Path> optionalFile(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s) || s.isBlank()) {
            problems.add(key + ": must be a file name (a string)");
            return Optional.empty();
        }
        Path p = folder.resolve(s).normalize();
        if (!Files.isRegularFile(p)) {
            problems.add(key + ": file not found: " + p);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private List<String> stringList(Map<String, Object> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!(v instanceof List<?> list)) {
            problems.add(key + ": must be a list of names");
            return out;
        }
        for (Object o : list) {
            if (o instanceof String s) {
                out.add(s);
            } else {
                problems.add(key + ": every entry must be a string, got " + o);
            }
        }
        return out;
    }

    private String string(Map<String, Object> map, String key, String fallback) {
        return string(map, key, fallback, "");
    }

    private String string(Map<String, Object> map, String key, String fallback, String prefix) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            problems.add(prefix + key + ": must be a string");
            return fallback;
        }
        return s;
    }

    private double number(Map<String, Object> map, String key, double fallback, String prefix) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Double d)) {
            problems.add(prefix + key + ": must be a number, got " + v);
            return fallback;
        }
        return d;
    }

    private double positive(Map<String, Object> map, String key, double fallback) {
        double v = number(map, key, fallback, "forward.");
        if (!(v > 0) || !Double.isFinite(v)) {
            problems.add("forward." + key + ": must be a positive number, got " + fmt(v));
        }
        return v;
    }

    private double nonNegative(Map<String, Object> map, String key, double fallback) {
        double v = number(map, key, fallback, "forward.");
        if (!(v >= 0) || !Double.isFinite(v)) {
            problems.add("forward." + key + ": must be a number >= 0, got " + fmt(v));
        }
        return v;
    }

    private boolean bool(Map<String, Object> map, String key, boolean fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            problems.add("forward." + key + ": must be true or false, got " + v);
            return fallback;
        }
        return b;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}

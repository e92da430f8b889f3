package org.neuromsk.estimator.nmm.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.VirtualSubjectReader;

/**
 * The {@code estimator.options} of the pipeline's {@value NmmEstimator#NAME}, read as a whole so that
 * every problem is found before anything is computed. The coordinate is checked against the motion and
 * the model when the estimator starts (the options alone do not name them).
 *
 * @param coordinate the joint coordinate (default {@code r_elbow_flex})
 * @param frameRate the NMM's frame rate (Hz; default 100)
 * @param loadMass hand-held load fed to the network (kg; default 0)
 * @param baselines whether muscle synergy extrapolation is also run (default true)
 * @param settings the NMM's settings: defaults with {@code epochs} (40) and {@code seed} (1) applied
 */
public record NmmOptions(String coordinate, double frameRate, double loadMass, boolean baselines,
        NmmSettings settings) {

    /** Option keys the estimator accepts. */
    public static final Set<String> KEYS = Set.of("coordinate", "frameRate", "loadMass", "epochs", "seed",
            "baselines");
    private static final String PREFIX = "estimator.options.";

    /** Checks for nulls. */
    public NmmOptions {
        Objects.requireNonNull(coordinate, "coordinate");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @return the options
     * @throws NeuroMskException listing every problem (see {@link #problems}), each naming its option
     */
    public static NmmOptions parse(Map<String, Object> options) {
        Reader reader = new Reader(options);
        NmmOptions read = reader.read();
        if (!reader.problems.isEmpty()) {
            throw new NeuroMskException("estimator " + NmmEstimator.NAME + ": " + reader.problems.size()
                    + " problem(s): " + String.join("; ", reader.problems));
        }
        return read;
    }

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @return every problem of the options, one line each naming its option (empty when they are usable)
     */
    public static List<String> problems(Map<String, Object> options) {
        Reader reader = new Reader(options);
        reader.read();
        return List.copyOf(reader.problems);
    }

    /** Reads every option, collecting problems instead of stopping at the first. */
    private static final class Reader {

        private final Map<String, Object> options;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, Object> options) {
            this.options = options;
        }

        NmmOptions read() {
            for (String key : new TreeSet<>(options.keySet())) {
                if (!KEYS.contains(key)) {
                    problems.add(PREFIX + key + ": unknown key (allowed: " + String.join(", ", new TreeSet<>(KEYS))
                            + ")");
                }
            }
            String coordinate = VirtualSubjectReader.COORDINATE;
            Object c = options.get("coordinate");
            if (c instanceof String s && !s.isBlank()) {
                coordinate = s;
            } else if (c != null) {
                problems.add(PREFIX + "coordinate: must be a coordinate name (a string), got " + c);
            }
            NmmSettings defaults = NmmSettings.defaults();
            double frameRate = number("frameRate", 100);
            // the NMM's training windows (windowSeconds, s) need at least two frames
            if (!(frameRate * defaults.windowSeconds() >= 2) || !Double.isFinite(frameRate)) {
                problems.add(PREFIX + "frameRate: must be a frame rate (Hz) ≥ " + 2 / defaults.windowSeconds()
                        + " (two frames per " + defaults.windowSeconds() + " s window), got "
                        + options.get("frameRate"));
            }
            double loadMass = number("loadMass", 0);
            if (!(loadMass >= 0) || !Double.isFinite(loadMass)) {
                problems.add(PREFIX + "loadMass: must be a mass ≥ 0 (kg), got " + options.get("loadMass"));
            }
            boolean baselines = true;
            Object b = options.get("baselines");
            if (b instanceof Boolean given) {
                baselines = given;
            } else if (b != null) {
                problems.add(PREFIX + "baselines: must be true or false, got " + b);
            }
            long epochs = whole("epochs", defaults.maxEpochs(), 1, Integer.MAX_VALUE);
            long seed = whole("seed", defaults.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
            NmmSettings settings = defaults.withMaxEpochs((int) epochs).withSeed(seed);
            return new NmmOptions(coordinate, frameRate, loadMass, baselines, settings);
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

        private long whole(String key, long fallback, long minimum, long maximum) {
            Object v = options.get(key);
            if (v == null) {
                return fallback;
            }
            double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
            if (d != Math.rint(d) || d < minimum || d > maximum || Math.abs(d) > 1e15) {
                String bound = minimum > Long.MIN_VALUE ? " ≥ " + minimum : "";
                problems.add(PREFIX + key + ": must be a whole number" + bound + ", got " + v);
                return fallback;
            }
            return (long) d;
        }
    }
}

package org.neuromsk.estimator.nmm.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.pipeline.estimator.OptionReader;

/**
 * The {@code estimator.options} of the pipeline's {@value NmmEstimator#NAME}, read as a whole so that
 * every problem is found before anything is computed. The coordinate is checked against the model with
 * the pipeline file ({@link NmmEstimator#modelProblems}) and against the motion when the estimator starts.
 *
 * @param coordinate the joint coordinate (default {@code r_elbow_flex})
 * @param frameRate the NMM's frame rate (Hz; default 100)
 * @param loadMass hand-held load fed to the network (kg; default 0)
 * @param baselines whether muscle synergy extrapolation is also run (default true)
 * @param settings the NMM's settings: {@link NmmSettings#calibratedDefaults()} (what the shipped interval
 *     calibration, {@link CalibrateIntervals}, was measured with; among them no envelope low-pass in the
 *     data term, as the pipeline's envelopes come from a chain the estimator does not know) with
 *     {@code epochs} (40) and {@code seed} (1) applied
 */
public record NmmOptions(String coordinate, double frameRate, double loadMass, boolean baselines,
        NmmSettings settings) {

    /** Option keys the estimator accepts. */
    public static final Set<String> KEYS = Set.of("coordinate", "frameRate", "loadMass", "epochs", "seed",
            "baselines");

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
        OptionReader reader = new OptionReader(options, null);
        return reader.result(NmmEstimator.NAME, read(reader));
    }

    /**
     * @param options the pipeline file's {@code estimator.options}
     * @return every problem of the options, one line each naming its option (empty when they are usable)
     */
    public static List<String> problems(Map<String, Object> options) {
        OptionReader reader = new OptionReader(options, null);
        read(reader);
        return reader.problems();
    }

    private static NmmOptions read(OptionReader r) {
        r.allowOnly(KEYS);
        String coordinate = VirtualSubjectReader.COORDINATE;
        Object c = r.raw("coordinate");
        if (c instanceof String s && !s.isBlank()) {
            coordinate = s;
        } else if (c != null) {
            r.problem("coordinate: must be a coordinate name (a string), got " + c);
        }
        NmmSettings defaults = NmmSettings.calibratedDefaults();
        double frameRate = r.number("frameRate", 100);
        // the NMM's training windows (windowSeconds, s) need at least two frames
        if (!(frameRate * defaults.windowSeconds() >= 2) || !Double.isFinite(frameRate)) {
            r.problem("frameRate: must be a frame rate (Hz) ≥ " + 2 / defaults.windowSeconds() + " (two frames per "
                    + defaults.windowSeconds() + " s window), got " + r.raw("frameRate"));
        }
        double loadMass = r.number("loadMass", 0);
        if (!(loadMass >= 0) || !Double.isFinite(loadMass)) {
            r.problem("loadMass: must be a mass ≥ 0 (kg), got " + r.raw("loadMass"));
        }
        boolean baselines = true;
        Object b = r.raw("baselines");
        if (b instanceof Boolean given) {
            baselines = given;
        } else if (b != null) {
            r.problem("baselines: must be true or false, got " + b);
        }
        long epochs = r.whole("epochs", defaults.maxEpochs(), 1, Integer.MAX_VALUE);
        long seed = r.whole("seed", defaults.seed(), Long.MIN_VALUE, Long.MAX_VALUE);
        NmmSettings settings = NmmSettings.calibratedDefaults().withMaxEpochs((int) epochs).withSeed(seed);
        return new NmmOptions(coordinate, frameRate, loadMass, baselines, settings);
    }
}

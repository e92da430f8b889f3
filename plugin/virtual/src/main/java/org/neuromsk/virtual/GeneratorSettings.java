package org.neuromsk.virtual;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.engine.simulation.ForwardSimulation;
import org.neuromsk.error.NeuroMskException;

/**
 * What to generate.
 *
 * @param subjects number of subjects, ≥ 1
 * @param seed the seed: the same seed gives the same subjects and files, another seed other subjects
 * @param loads hand-held loads (kg), each ≥ 0
 * @param trialsPerLoad trials per subject and load, ≥ 1
 * @param sampleRate kinematics and excitation-node rate (Hz)
 * @param emgRate raw EMG rate (Hz)
 * @param baseModel the elbow model to perturb; empty for the bundled {@code models-osim/elbow.osim}
 * @param threads worker threads (subject × load tasks run in parallel; results do not depend on it)
 * @param verify whether to replay every trial from its written files and report the angle error
 * @param ranges parameter ranges
 * @param integrator integrator settings of the forward simulations
 * @param coContraction whether a subject's muscles share one co-contraction modulation phase
 */
public record GeneratorSettings(int subjects, long seed, List<Double> loads, int trialsPerLoad, double sampleRate,
        double emgRate, Optional<Path> baseModel, int threads, boolean verify, PerturbationRanges ranges,
        ForwardSimulation.Settings integrator, CoContractionMode coContraction) {

    /** Most subjects one generation makes (each takes seconds; their names are subject01 … subject999). */
    public static final int MAX_SUBJECTS = 999;

    /** @throws NeuroMskException for values that cannot be generated */
    public GeneratorSettings {
        loads = List.copyOf(loads);
        Objects.requireNonNull(baseModel, "baseModel");
        Objects.requireNonNull(ranges, "ranges");
        Objects.requireNonNull(integrator, "integrator");
        Objects.requireNonNull(coContraction, "coContraction");
        if (subjects > MAX_SUBJECTS) {
            // the subjects are drawn up front: billions would exhaust the memory rather than stop with a message
            throw new NeuroMskException("subjects must be 1 to " + MAX_SUBJECTS + ", got " + subjects);
        }
        if (subjects < 1 || trialsPerLoad < 1 || threads < 1) {
            throw new NeuroMskException("subjects, trials per load and threads must be at least 1");
        }
        if (loads.isEmpty() || loads.stream().anyMatch(m -> !(m >= 0) || m.isInfinite())) {
            throw new NeuroMskException("loads must be one or more finite masses >= 0 kg, got " + loads);
        }
        if (loads.stream().distinct().count() != loads.size()) {
            throw new NeuroMskException("loads must differ from each other, got " + loads);
        }
        if (!(sampleRate >= 50) || !(emgRate >= 1000) || Double.isInfinite(sampleRate) || Double.isInfinite(emgRate)) {
            throw new NeuroMskException("sample rate must be >= 50 Hz and EMG rate >= 1000 Hz, got " + sampleRate
                    + " and " + emgRate);
        }
    }

    /**
     * The study's defaults: loads 0, 2 and 4 kg, 3 trials each, 200 Hz kinematics, 2 kHz EMG, the
     * bundled model, all processors, verification on, default ranges, integrator accuracy 1e-6 (at
     * ForwardTool's default 1e-5 a one-run replay drifts by up to about 1.4° from the node-by-node run),
     * one co-contraction modulation phase shared by a subject's muscles.
     *
     * @param subjects number of subjects
     * @param seed the seed
     * @return the settings
     */
    public static GeneratorSettings defaults(int subjects, long seed) {
        return new GeneratorSettings(subjects, seed, List.of(0.0, 2.0, 4.0), 3, 200, 2000, Optional.empty(),
                Runtime.getRuntime().availableProcessors(), true, PerturbationRanges.defaults(),
                ForwardSimulation.Settings.defaults().withAccuracy(1e-6), CoContractionMode.SHARED);
    }

    /** @return these settings with another number of trials per load */
    public GeneratorSettings withTrialsPerLoad(int value) {
        return new GeneratorSettings(subjects, seed, loads, value, sampleRate, emgRate, baseModel, threads, verify,
                ranges, integrator, coContraction);
    }

    /** @return these settings with other loads (kg) */
    public GeneratorSettings withLoads(List<Double> value) {
        return new GeneratorSettings(subjects, seed, value, trialsPerLoad, sampleRate, emgRate, baseModel, threads,
                verify, ranges, integrator, coContraction);
    }

    /** @return these settings with another base model */
    public GeneratorSettings withBaseModel(Path value) {
        return new GeneratorSettings(subjects, seed, loads, trialsPerLoad, sampleRate, emgRate, Optional.of(value),
                threads, verify, ranges, integrator, coContraction);
    }

    /** @return these settings with another thread count */
    public GeneratorSettings withThreads(int value) {
        return new GeneratorSettings(subjects, seed, loads, trialsPerLoad, sampleRate, emgRate, baseModel, value,
                verify, ranges, integrator, coContraction);
    }

    /** @return these settings with verification on or off */
    public GeneratorSettings withVerify(boolean value) {
        return new GeneratorSettings(subjects, seed, loads, trialsPerLoad, sampleRate, emgRate, baseModel, threads,
                value, ranges, integrator, coContraction);
    }

    /** @return these settings with another co-contraction mode */
    public GeneratorSettings withCoContraction(CoContractionMode value) {
        return new GeneratorSettings(subjects, seed, loads, trialsPerLoad, sampleRate, emgRate, baseModel, threads,
                verify, ranges, integrator, value);
    }
}

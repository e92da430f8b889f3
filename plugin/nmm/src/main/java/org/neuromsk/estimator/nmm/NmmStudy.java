package org.neuromsk.estimator.nmm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.estimator.nmm.baseline.StaticOptimizationBaseline;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;

/**
 * Runs the virtual-subject study: per subject, the NMM personalised and trained on the training
 * trials (with its ablations without the physics term and without personalisation), muscle synergy
 * extrapolation and static optimisation, all evaluated on the held-out trials against the true
 * excitations of the hidden muscles; the NMM's moments against inverse dynamics; its personalised
 * parameters against the truth. With an output folder it writes, per subject, the trained model
 * folder, the personalised models ({@code personalised_<load>.osim}) and the held-out trials'
 * envelopes, excitations, activations and moments.
 */
public final class NmmStudy {

    /** Method name of the full NMM. */
    public static final String NMM = "NMM";
    /** Method name of the ablation without the physics term. */
    public static final String NMM_NO_PHYSICS = "NMM without physics";
    /** Method name of the ablation without personalisation. */
    public static final String NMM_NO_PERSONALISATION = "NMM without personalisation";
    /**
     * Method name of the NMM's network as trained, without test-time refinement (reported beside
     * {@link #NMM} when the settings refine).
     */
    public static final String NMM_NO_REFINEMENT = "NMM without refinement";
    /** Method name of muscle synergy extrapolation. */
    public static final String MSE = "MSE";
    /** Method name of static optimisation. */
    public static final String SO = "SO";

    /**
     * @param settings the NMM's settings (its seed is the study's)
     * @param synergies MSE settings
     * @param ablations whether to train the two ablations
     * @param baselines whether to run MSE and static optimisation
     * @param frameRate rate the trials are resampled to (Hz)
     * @param backend backend name for geometry and models ({@code embedded}, {@code opensim}, {@code auto})
     */
    public record Options(NmmSettings settings, SynergyExtrapolation.Settings synergies, boolean ablations,
            boolean baselines, double frameRate, String backend) {

        /**
         * @param seed the seed
         * @return the full study's options: default settings, ablations and baselines, 100 Hz, embedded backend
         */
        public static Options defaults(long seed) {
            return new Options(NmmSettings.defaults().withSeed(seed), SynergyExtrapolation.Settings.defaults()
                    .withSeed(seed), true, true, 100, "embedded");
        }
    }

    private NmmStudy() {
    }

    /**
     * @param subjectFolders folders of the virtual-subject generator ({@code OUT/subjectNN})
     * @param options what to run
     * @param outDir where to write outputs, or null for none
     * @param log receives progress lines
     * @return the results
     */
    public static StudyResult run(List<Path> subjectFolders, Options options, Path outDir, Consumer<String> log) {
        return run(subjectFolders, options, ablations(options), outDir, log);
    }

    /**
     * @param subjectFolders folders of the virtual-subject generator ({@code OUT/subjectNN})
     * @param options what to run ({@link Options#ablations()} is ignored)
     * @param ablations which ablations to train: {@link #NMM_NO_PHYSICS}, {@link #NMM_NO_PERSONALISATION}
     * @param outDir where to write outputs, or null for none
     * @param log receives progress lines
     * @return the results
     */
    public static StudyResult run(List<Path> subjectFolders, Options options, Set<String> ablations, Path outDir,
            Consumer<String> log) {
        MskBackend backend = BackendRegistry.discover().choose(options.backend()).create();
        VirtualSubjectReader reader = new VirtualSubjectReader(p -> backend.loadModel(p, w -> { }),
                options.frameRate());
        List<SubjectResult> results = new ArrayList<>();
        for (Path folder : subjectFolders) {
            SubjectData subject = reader.read(folder);
            log.accept("subject " + subject.id() + ": " + subject.training().size() + " training and "
                    + subject.heldOut().size() + " held-out trial(s)");
            results.add(runSubject(subject, options, ablations, backend,
                    outDir == null ? null : outDir.resolve(subject.id()), log));
        }
        return new StudyResult(options.settings().seed(), results);
    }

    /**
     * @param subject the subject
     * @param options what to run
     * @param backend backend for writing personalised models
     * @param outDir the subject's output folder, or null
     * @param log progress lines
     * @return the subject's results
     */
    public static SubjectResult runSubject(SubjectData subject, Options options, MskBackend backend, Path outDir,
            Consumer<String> log) {
        return runSubject(subject, options, ablations(options), backend, outDir, log);
    }

    private static Set<String> ablations(Options options) {
        return options.ablations() ? Set.of(NMM_NO_PHYSICS, NMM_NO_PERSONALISATION) : Set.of();
    }

    /**
     * @param subject the subject
     * @param options what to run ({@link Options#ablations()} is ignored)
     * @param ablations which ablations to train: {@link #NMM_NO_PHYSICS}, {@link #NMM_NO_PERSONALISATION}
     * @param backend backend for writing personalised models
     * @param outDir the subject's output folder, or null
     * @param log progress lines
     * @return the subject's results
     */
    public static SubjectResult runSubject(SubjectData subject, Options options, Set<String> ablations,
            MskBackend backend, Path outDir, Consumer<String> log) {
        for (String a : ablations) {
            if (!a.equals(NMM_NO_PHYSICS) && !a.equals(NMM_NO_PERSONALISATION)) {
                throw new NeuroMskException("unknown ablation '" + a + "' (known: " + NMM_NO_PHYSICS + ", "
                        + NMM_NO_PERSONALISATION + ")");
            }
        }
        List<TrialScore> scores = new ArrayList<>();
        PooledSeries pooled = new PooledSeries();
        Map<String, Double> moments = new LinkedHashMap<>();
        Map<String, double[][]> nmmSeries = new LinkedHashMap<>();
        Map<String, double[]> nmmMoment = new LinkedHashMap<>();
        SubjectResult.ParameterRecovery recovery;
        double seconds;
        try (FittedNmm fit = NmmFit.fit(subject, options.settings(), null)) {
            seconds = fit.trainingSeconds();
            log.accept(String.format(java.util.Locale.ROOT, "  NMM trained in %.1f s", seconds));
            Map<String, NmmPrediction> predictions = evaluate(subject, fit, NMM, scores, pooled, moments, nmmSeries,
                    nmmMoment);
            if (options.settings().refineEpochs() > 0) {
                Map<String, NmmPrediction> unrefined = new LinkedHashMap<>();
                for (TrialData t : subject.heldOut()) {
                    unrefined.put(t.name(), fit.predict(t));
                }
                score(subject, NMM_NO_REFINEMENT, unrefined, scores, pooled, moments, null, null);
            }
            recovery = ParameterRecoveries.of(subject, fit);
            if (outDir != null) {
                write(subject, fit, predictions, backend, outDir);
            }
        }
        Map<String, NmmSettings> variants = new LinkedHashMap<>();
        variants.put(NMM_NO_PHYSICS, options.settings().withoutPhysics());
        variants.put(NMM_NO_PERSONALISATION, options.settings().withoutPersonalisation());
        for (Map.Entry<String, NmmSettings> a : variants.entrySet()) {
            if (ablations.contains(a.getKey())) {
                try (FittedNmm fit = NmmFit.fit(subject, a.getValue(), null)) {
                    evaluate(subject, fit, a.getKey(), scores, pooled, moments, null, null);
                    log.accept(String.format(java.util.Locale.ROOT, "  %s trained in %.1f s", a.getKey(),
                            fit.trainingSeconds()));
                }
            }
        }
        Map<String, double[][]> mseSeries = new LinkedHashMap<>();
        Map<String, double[][]> soSeries = new LinkedHashMap<>();
        if (options.baselines()) {
            GenericMuscles generic = GenericMuscles.read(subject.genericModel(), subject.muscles());
            SynergyExtrapolation mse = SynergyExtrapolation.fit(subject, generic, options.synergies());
            log.accept("  MSE: " + mse.synergies() + " synergies");
            for (TrialData t : subject.heldOut()) {
                double[][] u = mse.excitations(t);
                mseSeries.put(t.name(), u);
                score(subject, t, MSE, u, scores, pooled);
                if (t.model() != null) {
                    double[][] a = StaticOptimizationBaseline.activations(t.model(), subject.coordinate(), t,
                            subject.muscles(), w -> { });
                    soSeries.put(t.name(), a);
                    score(subject, t, SO, a, scores, pooled);
                }
            }
        }
        Map<String, SubjectResult.TrialSeries> series = new LinkedHashMap<>();
        for (TrialData t : subject.heldOut()) {
            series.put(t.name(), new SubjectResult.TrialSeries(t.loadMass(), t.time(), t.trueExcitation(),
                    nmmSeries.get(t.name()), mseSeries.get(t.name()), soSeries.get(t.name()), t.moment(),
                    nmmMoment.get(t.name())));
        }
        return new SubjectResult(subject.id(), subject.muscles(), scores, moments, recovery, seconds, series,
                pooled.scores(subject.id()));
    }

    /** Predicts every held-out trial as a new trial ({@link FittedNmm#predictNew}) and scores it. */
    private static Map<String, NmmPrediction> evaluate(SubjectData subject, FittedNmm fit, String method,
            List<TrialScore> scores, PooledSeries pooled, Map<String, Double> moments, Map<String, double[][]> series,
            Map<String, double[]> momentSeries) {
        Map<String, NmmPrediction> predictions = new LinkedHashMap<>();
        for (TrialData t : subject.heldOut()) {
            predictions.put(t.name(), fit.predictNew(t));
        }
        score(subject, method, predictions, scores, pooled, moments, series, momentSeries);
        return predictions;
    }

    private static void score(SubjectData subject, String method, Map<String, NmmPrediction> predictions,
            List<TrialScore> scores, PooledSeries pooled, Map<String, Double> moments, Map<String, double[][]> series,
            Map<String, double[]> momentSeries) {
        double momentSum = 0;
        for (TrialData t : subject.heldOut()) {
            NmmPrediction p = predictions.get(t.name());
            score(subject, t, method, p.excitation(), scores, pooled);
            momentSum += 100 * Metrics.rmse(p.moment(), t.moment()) / Metrics.peak(t.moment());
            if (series != null) {
                series.put(t.name(), p.excitation());
                momentSeries.put(t.name(), p.moment());
            }
        }
        if (!subject.heldOut().isEmpty()) {
            moments.put(method, momentSum / subject.heldOut().size());
        }
    }

    private static void score(SubjectData subject, TrialData t, String method, double[][] estimate,
            List<TrialScore> scores, PooledSeries pooled) {
        if (t.trueExcitation() == null) {
            return;
        }
        for (int m : subject.hiddenIndices()) {
            pooled.add(method, subject.muscles().get(m), estimate[m], t.trueExcitation()[m]);
            scores.add(new TrialScore(subject.id(), t.loadMass(), t.name(), method, subject.muscles().get(m),
                    Metrics.rmse(estimate[m], t.trueExcitation()[m]),
                    Metrics.pearson(estimate[m], t.trueExcitation()[m])));
        }
    }

    private static void write(SubjectData subject, FittedNmm fit, Map<String, NmmPrediction> predictions,
            MskBackend backend, Path outDir) {
        fit.save(outDir.resolve("nmm-model"));
        Map<String, double[]> values = fit.physicalValues();
        java.util.Set<Path> models = new java.util.LinkedHashSet<>();
        for (TrialData t : subject.training()) {
            if (t.model() != null) {
                models.add(t.model());
            }
        }
        for (TrialData t : subject.heldOut()) {
            NmmOutputs.writeTrial(subject, t, predictions.get(t.name()), outDir);
            if (t.model() != null) {
                models.add(t.model());
            }
        }
        for (Path model : models) {
            String load = model.getParent() == null ? "model" : model.getParent().getFileName().toString();
            try (MskModel generic = backend.loadModel(model, w -> { })) {
                NmmOutputs.writeModel(generic, fit.personalisedMuscles(), values.get("activation_time_constant")[0],
                        values.get("deactivation_time_constant")[0], outDir.resolve("personalised_" + load + ".osim"));
            }
        }
    }
}

package org.neuromsk.estimator.nmm.realdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.FittedNmm;
import org.neuromsk.estimator.nmm.GenericMuscles;
import org.neuromsk.estimator.nmm.Metrics;
import org.neuromsk.estimator.nmm.NmmFit;
import org.neuromsk.estimator.nmm.NmmPrediction;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.NmmStudy;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;

/**
 * Trains the NMM and calibrates muscle synergy extrapolation (MSE) on a real-data subject, then scores
 * both on the hidden muscles of the test recordings against the recordings' own signals of those
 * muscles (which neither method saw). Hidden muscles without a recorded signal (unrecorded muscles
 * added so that the moments can be balanced) are reconstructed but not scored.
 *
 * <p>When the settings refine ({@link NmmSettings#refineEpochs()} &gt; 0), each test recording is
 * predicted after test-time refinement on all its coordinate copies together
 * ({@link FittedNmm#predictNew(List)}); the same fit's prediction without refinement is scored beside
 * it as {@link #NMM_NO_REFINEMENT}. Refinement reads what the copies carry: kinematics, the measured
 * muscles' signals and the moments; the copies hold no envelope of a hidden muscle
 * ({@link MultiCoordinateSubject}), and {@code NmmFit.refine} refuses a trial that does.
 */
public final class HiddenMuscleComparison {

    /** Method name of the NMM in scores (after test-time refinement where the settings refine). */
    public static final String NMM = "NMM";
    /** Method name of the same fitted NMM predicting without refinement (only when the settings refine). */
    public static final String NMM_NO_REFINEMENT = NmmStudy.NMM_NO_REFINEMENT;
    /** Method name of muscle synergy extrapolation in scores. */
    public static final String MSE = "MSE";

    /** Which NMM series is compared with the hidden muscle's reference. */
    public enum Output {
        /** The excitation driving the muscle (delayed): for references that are excitations (CMC). */
        EXCITATION,
        /** The undelayed series aligned with the EMG: for references that are EMG envelopes. */
        ENVELOPE
    }

    /**
     * @param scores per hidden muscle and method ({@link #NMM}, {@link #MSE}, and
     *     {@link #NMM_NO_REFINEMENT} when refined)
     * @param momentErrorPercent per balanced coordinate, the NMM's moment RMSE over the test recordings
     *     as a percentage of the peak inverse-dynamics moment there (%)
     * @param unrefinedMomentErrorPercent the same for the NMM without refinement; empty when not refined
     * @param trainingSeconds wall time of the NMM's training (s)
     * @param refineEpochs epochs of test-time refinement per test recording (0: none)
     * @param refineSeconds wall time of the refinements, all test recordings together (s)
     * @param synergies number of MSE synergies
     * @param series per method, per test recording, the hidden muscles' reconstructions
     *     {@code [hidden][frame]} in {@code SubjectData.hiddenIndices()} order
     */
    public record Result(List<MuscleScore> scores, Map<String, Double> momentErrorPercent,
            Map<String, Double> unrefinedMomentErrorPercent, double trainingSeconds, int refineEpochs,
            double refineSeconds, int synergies, Map<String, Map<String, double[][]>> series) {

        /** Freezes the collections. */
        public Result {
            scores = List.copyOf(scores);
            momentErrorPercent = Map.copyOf(momentErrorPercent);
            unrefinedMomentErrorPercent = Map.copyOf(unrefinedMomentErrorPercent);
        }

        /** @return whether the NMM's test recordings were predicted after test-time refinement */
        public boolean refined() {
            return refineEpochs > 0;
        }

        /**
         * @param muscle a hidden muscle
         * @param method a method
         * @return its score
         */
        public MuscleScore score(String muscle, String method) {
            return scores.stream().filter(s -> s.muscle().equals(muscle) && s.method().equals(method)).findFirst()
                    .orElseThrow(() -> new NeuroMskException("no score of " + method + " for "
                            + muscle));
        }
    }

    private HiddenMuscleComparison() {
    }

    /**
     * @param data the subject
     * @param settings NMM settings (their {@code refineEpochs} decide whether test recordings are refined on)
     * @param synergies MSE settings
     * @param output which NMM series to score
     * @return scores, the NMM's moment errors and the reconstructions
     */
    public static Result run(MultiCoordinateSubject data, NmmSettings settings, SynergyExtrapolation.Settings synergies,
            Output output) {
        if (settings.momentInput() && data.coordinates().size() > 1) {
            // each coordinate's copy of a recording would feed the network a different moment for the same
            // frames, so the copies would no longer share one set of excitations
            throw new NeuroMskException("nmm: momentInput needs a single coordinate; this comparison balances "
                    + data.coordinates());
        }
        SubjectData subject = data.subject();
        int[] hidden = subject.hiddenIndices();
        boolean refine = settings.refineEpochs() > 0;
        List<String> nmmMethods = refine ? List.of(NMM, NMM_NO_REFINEMENT) : List.of(NMM);
        Map<String, Map<String, double[][]>> series = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> momentSquares = new LinkedHashMap<>();
        for (String method : nmmMethods) {
            series.put(method, new LinkedHashMap<>());
            momentSquares.put(method, new LinkedHashMap<>());
        }
        series.put(MSE, new LinkedHashMap<>());
        double seconds;
        double refineSeconds = 0;
        try (FittedNmm fit = NmmFit.fit(subject, settings, null)) {
            seconds = fit.trainingSeconds();
            for (Recording r : data.testRecordings()) {
                List<TrialData> copies = data.testCopies().get(r.name());
                List<NmmPrediction> asTrained = copies.stream().map(fit::predict).toList();
                Map<String, List<NmmPrediction>> predictions = new LinkedHashMap<>();
                if (refine) {
                    long began = System.nanoTime();
                    predictions.put(NMM, fit.predictNew(copies));
                    refineSeconds += (System.nanoTime() - began) / 1e9;
                    predictions.put(NMM_NO_REFINEMENT, asTrained);
                } else {
                    predictions.put(NMM, asTrained);
                }
                for (Map.Entry<String, List<NmmPrediction>> e : predictions.entrySet()) {
                    // the network's excitations do not depend on the coordinate copy: take the first one's
                    NmmPrediction first = e.getValue().get(0);
                    double[][] all = output == Output.EXCITATION ? first.excitation() : first.envelopes();
                    double[][] estimate = new double[hidden.length][];
                    for (int h = 0; h < hidden.length; h++) {
                        estimate[h] = all[hidden[h]];
                    }
                    series.get(e.getKey()).put(r.name(), estimate);
                    addMomentSquares(momentSquares.get(e.getKey()), data.coordinates(), copies, e.getValue());
                }
            }
        }
        GenericMuscles generic = GenericMuscles.read(subject.genericModel(), subject.muscles());
        SynergyExtrapolation mse = SynergyExtrapolation.fit(subject, generic, synergies);
        for (Recording r : data.testRecordings()) {
            double[][] u = mse.excitations(data.testCopies().get(r.name()).get(0));
            double[][] estimate = new double[hidden.length][];
            for (int h = 0; h < hidden.length; h++) {
                estimate[h] = u[hidden[h]];
            }
            series.get(MSE).put(r.name(), estimate);
        }
        List<String> methods = new ArrayList<>(nmmMethods);
        methods.add(1, MSE);
        List<MuscleScore> scores = new ArrayList<>();
        for (int h = 0; h < hidden.length; h++) {
            String muscle = subject.muscles().get(hidden[h]);
            if (!data.testRecordings().get(0).signals().containsKey(muscle)) {
                continue; // an unrecorded muscle: reconstructed, but there is nothing to score it against
            }
            List<double[]> truth = new ArrayList<>();
            for (Recording r : data.testRecordings()) {
                truth.add(r.signal(muscle));
            }
            double[] reference = concat(truth);
            for (String method : methods) {
                List<double[]> parts = new ArrayList<>();
                for (Recording r : data.testRecordings()) {
                    parts.add(series.get(method).get(r.name())[h]);
                }
                double[] estimate = concat(parts);
                scores.add(new MuscleScore(muscle, method, Metrics.rmse(estimate, reference),
                        constant(reference) ? Double.NaN : Metrics.pearson(estimate, reference)));
            }
        }
        return new Result(scores, momentErrors(momentSquares.get(NMM)),
                refine ? momentErrors(momentSquares.get(NMM_NO_REFINEMENT)) : Map.of(), seconds,
                settings.refineEpochs(), refineSeconds, mse.synergies(), series);
    }

    /** Adds per coordinate the squared moment errors, their count and the peak |ID moment| (N·m). */
    private static void addMomentSquares(Map<String, double[]> squares, List<String> coordinates,
            List<TrialData> copies, List<NmmPrediction> predictions) {
        for (int c = 0; c < copies.size(); c++) {
            double[] id = copies.get(c).moment();
            double[] moment = predictions.get(c).moment();
            double[] acc = squares.computeIfAbsent(coordinates.get(c), k -> new double[3]);
            for (int t = 0; t < id.length; t++) {
                double d = moment[t] - id[t];
                acc[0] += d * d;
                acc[1] += 1;
                acc[2] = Math.max(acc[2], Math.abs(id[t]));
            }
        }
    }

    /** @return per coordinate, the moment RMSE as a percentage of the peak |ID moment| (%) */
    private static Map<String, Double> momentErrors(Map<String, double[]> squares) {
        Map<String, Double> out = new LinkedHashMap<>();
        squares.forEach((c, acc) -> out.put(c, 100 * Math.sqrt(acc[0] / acc[1]) / acc[2]));
        return out;
    }

    /** @return whether the series is constant up to rounding (r is then undefined) */
    static boolean constant(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo <= 1e-9 * Math.max(1, Math.abs(hi));
    }

    private static double[] concat(List<double[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        double[] out = new double[n];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}

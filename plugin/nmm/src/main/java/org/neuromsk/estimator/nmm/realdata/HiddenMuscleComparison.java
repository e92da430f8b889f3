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
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;

/**
 * Trains the NMM and calibrates muscle synergy extrapolation (MSE) on a real-data subject, then scores
 * both on the hidden muscles of the test recordings against the recordings' own signals of those
 * muscles (which neither method saw). Hidden muscles without a recorded signal (unrecorded muscles
 * added so that the moments can be balanced) are reconstructed but not scored.
 */
public final class HiddenMuscleComparison {

    /** Method name of the NMM in scores. */
    public static final String NMM = "NMM";
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
     * @param scores per hidden muscle and method
     * @param momentErrorPercent per balanced coordinate, the NMM's moment RMSE over the test recordings
     *     as a percentage of the peak inverse-dynamics moment there (%)
     * @param trainingSeconds wall time of the NMM's training (s)
     * @param synergies number of MSE synergies
     * @param series per method, per test recording, the hidden muscles' reconstructions
     *     {@code [hidden][frame]} in {@code SubjectData.hiddenIndices()} order
     */
    public record Result(List<MuscleScore> scores, Map<String, Double> momentErrorPercent, double trainingSeconds,
            int synergies, Map<String, Map<String, double[][]>> series) {

        /** Freezes the collections. */
        public Result {
            scores = List.copyOf(scores);
            momentErrorPercent = Map.copyOf(momentErrorPercent);
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
     * @param settings NMM settings
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
        Map<String, Map<String, double[][]>> series = new LinkedHashMap<>();
        series.put(NMM, new LinkedHashMap<>());
        series.put(MSE, new LinkedHashMap<>());
        Map<String, double[]> momentSquares = new LinkedHashMap<>();
        double seconds;
        try (FittedNmm fit = NmmFit.fit(subject, settings, null)) {
            seconds = fit.trainingSeconds();
            for (Recording r : data.testRecordings()) {
                List<TrialData> copies = data.testCopies().get(r.name());
                double[][] estimate = null;
                for (int c = 0; c < copies.size(); c++) {
                    NmmPrediction p = fit.predict(copies.get(c));
                    if (c == 0) {
                        double[][] all = output == Output.EXCITATION ? p.excitation() : p.envelopes();
                        estimate = new double[hidden.length][];
                        for (int h = 0; h < hidden.length; h++) {
                            estimate[h] = all[hidden[h]];
                        }
                    }
                    double[] id = copies.get(c).moment();
                    double[] acc = momentSquares.computeIfAbsent(data.coordinates().get(c), k -> new double[3]);
                    for (int t = 0; t < id.length; t++) {
                        double d = p.moment()[t] - id[t];
                        acc[0] += d * d;
                        acc[1] += 1;
                        acc[2] = Math.max(acc[2], Math.abs(id[t]));
                    }
                }
                series.get(NMM).put(r.name(), estimate);
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
            for (String method : List.of(NMM, MSE)) {
                List<double[]> parts = new ArrayList<>();
                for (Recording r : data.testRecordings()) {
                    parts.add(series.get(method).get(r.name())[h]);
                }
                double[] estimate = concat(parts);
                scores.add(new MuscleScore(muscle, method, Metrics.rmse(estimate, reference),
                        constant(reference) ? Double.NaN : Metrics.pearson(estimate, reference)));
            }
        }
        Map<String, Double> momentError = new LinkedHashMap<>();
        momentSquares.forEach((c, acc) -> momentError.put(c, 100 * Math.sqrt(acc[0] / acc[1]) / acc[2]));
        return new Result(scores, momentError, seconds, mse.synergies(), series);
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

package org.neuromsk.estimator.nmm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The results of an {@link NmmStudy} over subjects, and their summary table.
 *
 * @param seed the seed the subjects were generated and the models trained with
 * @param subjects per-subject results
 */
public record StudyResult(long seed, List<SubjectResult> subjects) {

    /** Copies the list. */
    public StudyResult {
        subjects = List.copyOf(subjects);
    }

    /** @return the methods scored, in first-seen order */
    public List<String> methods() {
        Set<String> out = new LinkedHashSet<>();
        subjects.forEach(s -> s.scores().forEach(t -> out.add(t.method())));
        return new ArrayList<>(out);
    }

    /** @return the hidden muscles scored, in first-seen order */
    public List<String> hiddenMuscles() {
        Set<String> out = new LinkedHashSet<>();
        subjects.forEach(s -> s.scores().forEach(t -> out.add(t.muscle())));
        return new ArrayList<>(out);
    }

    /**
     * @param method a method
     * @param muscle a hidden muscle, or null for all
     * @return mean RMSE over subjects and held-out trials
     */
    public double meanRmse(String method, String muscle) {
        return scores(method, muscle).stream().mapToDouble(TrialScore::rmse).average().orElse(Double.NaN);
    }

    /**
     * The first reading of the correlation (the per-trial one, as in the per-trial heat maps).
     *
     * @param method a method
     * @param muscle a hidden muscle, or null for all
     * @return mean correlation over subjects and held-out trials (trials where it is undefined, a
     *     constant estimate, count as 0)
     */
    public double meanR(String method, String muscle) {
        return scores(method, muscle).stream().mapToDouble(t -> Double.isNaN(t.r()) ? 0 : t.r()).average()
                .orElse(Double.NaN);
    }

    /**
     * The second reading of the correlation: per subject, r over its held-out trials concatenated (all
     * loads one after another), then the mean over subjects. Unlike {@link #meanR} it is not dominated
     * by trials whose true excitation is nearly flat (where r measures noise), and it rewards getting
     * the level changes between loads right.
     *
     * @param method a method
     * @param muscle a hidden muscle, or null for all
     * @return mean over subjects of the pooled correlation (undefined counts as 0); NaN if none
     */
    public double meanPooledR(String method, String muscle) {
        return subjects.stream().flatMap(s -> s.pooledScores().stream())
                .filter(t -> t.method().equals(method) && (muscle == null || t.muscle().equals(muscle)))
                .mapToDouble(t -> Double.isNaN(t.r()) ? 0 : t.r()).average().orElse(Double.NaN);
    }

    /**
     * @param method a method
     * @return mean moment RMSE over subjects (% of peak), NaN if the method predicts no moments
     */
    public double meanMomentError(String method) {
        return subjects.stream().filter(s -> s.momentError().containsKey(method))
                .mapToDouble(s -> s.momentError().get(method)).average().orElse(Double.NaN);
    }

    /**
     * @return mean parameter errors over subjects: {F, l_opt, l_Ts, generic F, generic l_opt, generic l_Ts,
     *     F × EMG scale of the measured muscles, the same for the generic model} (%)
     */
    public double[] meanRecovery() {
        double[] sum = new double[8];
        int[] n = new int[8];
        for (SubjectResult s : subjects) {
            SubjectResult.ParameterRecovery r = s.recovery();
            if (r != null) {
                double[] v = {r.maxIsometricForce(), r.optimalFiberLength(), r.tendonSlackLength(),
                    r.genericMaxIsometricForce(), r.genericOptimalFiberLength(), r.genericTendonSlackLength(),
                    r.forceScaleProduct(), r.genericForceScaleProduct()};
                for (int i = 0; i < v.length; i++) {
                    if (!Double.isNaN(v[i])) {
                        sum[i] += v[i];
                        n[i]++;
                    }
                }
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        }
        return sum;
    }

    /** @return mean NMM training time per subject (s) */
    public double meanTrainingSeconds() {
        return subjects.stream().mapToDouble(SubjectResult::trainingSeconds).average().orElse(Double.NaN);
    }

    private List<TrialScore> scores(String method, String muscle) {
        List<TrialScore> out = new ArrayList<>();
        for (SubjectResult s : subjects) {
            for (TrialScore t : s.scores()) {
                if (t.method().equals(method) && (muscle == null || t.muscle().equals(muscle))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** @return the summary table, one line per row, ending with a newline */
    public String table() {
        List<String> muscles = hiddenMuscles();
        StringBuilder sb = new StringBuilder();
        int trials = (int) subjects.stream().flatMap(s -> s.scores().stream()).map(t -> t.subject() + t.trial())
                .distinct().count();
        sb.append(String.format(Locale.ROOT, "NMM study: %d subject(s), %d held-out trial(s), seed %d%n",
                subjects.size(), trials, seed));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-26s", "method"));
        for (String m : muscles) {
            header.append(String.format(Locale.ROOT, " %10s %8s", m + " RMSE", m + " r"));
        }
        header.append(String.format(Locale.ROOT, " %10s %8s %12s", "mean RMSE", "mean r", "moment %peak"));
        sb.append(header).append('\n');
        for (String method : methods()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s", method));
            for (String m : muscles) {
                row.append(String.format(Locale.ROOT, " %10.4f %8.3f", meanRmse(method, m), meanR(method, m)));
            }
            double moment = meanMomentError(method);
            row.append(String.format(Locale.ROOT, " %10.4f %8.3f %12s", meanRmse(method, null), meanR(method, null),
                    Double.isNaN(moment) ? "-" : String.format(Locale.ROOT, "%.2f", moment)));
            sb.append(row).append('\n');
        }
        double nmm = meanRmse(NmmStudy.NMM, null);
        for (String other : List.of(NmmStudy.MSE, NmmStudy.SO)) {
            double base = meanRmse(other, null);
            if (!Double.isNaN(base)) {
                sb.append(String.format(Locale.ROOT, "hidden-muscle RMSE of NMM vs %s: %+.1f %%%n", other,
                        100 * (nmm - base) / base));
            }
        }
        if (!Double.isNaN(meanPooledR(NmmStudy.NMM, null))) {
            StringBuilder pooled = new StringBuilder("r over each subject's concatenated held-out trials, mean over "
                    + "subjects:");
            for (String method : methods()) {
                pooled.append(String.format(Locale.ROOT, " %s", method));
                for (String m : muscles) {
                    pooled.append(String.format(Locale.ROOT, " %s %.3f", m, meanPooledR(method, m)));
                }
                pooled.append(';');
            }
            sb.append(pooled.substring(0, pooled.length() - 1)).append('\n');
        }
        double[] rec = meanRecovery();
        if (!Double.isNaN(rec[0])) {
            sb.append(String.format(Locale.ROOT,
                    "parameter recovery, mean |error| over muscles (NMM / generic model): max isometric force %.1f %% / "
                            + "%.1f %%, optimal fibre length %.1f %% / %.1f %%, tendon slack length %.1f %% / %.1f %%%n",
                    rec[0], rec[3], rec[1], rec[4], rec[2], rec[5]).stripTrailing()
                    + (Double.isNaN(rec[6]) ? "" : String.format(Locale.ROOT,
                            ", max isometric force × EMG scale (measured muscles) %.1f %% / %.1f %%", rec[6], rec[7]))
                    + "\n");
        }
        return sb.toString();
    }
}

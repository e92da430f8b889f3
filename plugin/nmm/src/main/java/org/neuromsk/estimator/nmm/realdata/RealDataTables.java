package org.neuromsk.estimator.nmm.realdata;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Markdown tables of the real-data checks. Where a run refined the NMM on its test recordings, the
 * same fit's scores without refinement stand beside the refined ones; elsewhere those cells read
 * "not refined".
 */
public final class RealDataTables {

    private static final String NOT_REFINED = "– (not refined)";

    private RealDataTables() {
    }

    /**
     * @param runs per configuration name, its arm26 comparison
     * @return one row per configuration and hidden muscle: NMM RMSE and r (refined where the run refines),
     *     the same without refinement, MSE RMSE and r, and the NMM's moment RMSE per balanced coordinate
     *     (% of peak; without refinement in parentheses)
     */
    public static String arm26(Map<String, HiddenMuscleComparison.Result> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| run | muscle | NMM RMSE | NMM r | NMM RMSE without refinement | NMM r without refinement | MSE RMSE "
                + "| MSE r | NMM moment RMSE (% of peak; without refinement) |\n");
        b.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Map.Entry<String, HiddenMuscleComparison.Result> e : runs.entrySet()) {
            HiddenMuscleComparison.Result r = e.getValue();
            for (String muscle : r.scores().stream().map(MuscleScore::muscle).distinct().toList()) {
                MuscleScore n = r.score(muscle, HiddenMuscleComparison.NMM);
                MuscleScore m = r.score(muscle, HiddenMuscleComparison.MSE);
                b.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %s | %s | %.4f | %s | %s |%n", e.getKey(),
                        muscle, n.rmse(), r(n.r()), unrefined(r, muscle), m.rmse(), r(m.r()), moments(r)));
            }
        }
        return b.toString();
    }

    /**
     * @param runs per held-out muscle, its gait comparison
     * @return one row per held-out muscle and a closing row of means and of where the NMM (refined, and
     *     without refinement) is better than MSE
     */
    public static String gait(Map<String, HiddenMuscleComparison.Result> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| held-out muscle | NMM RMSE | NMM r | NMM RMSE without refinement | NMM r without refinement "
                + "| MSE RMSE | MSE r | lower RMSE | NMM moment RMSE (% of peak; without refinement) |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        int rWins = 0;
        double nmmSum = 0;
        double plainSum = 0;
        double mseSum = 0;
        boolean allRefined = !runs.isEmpty();
        for (Map.Entry<String, HiddenMuscleComparison.Result> e : runs.entrySet()) {
            HiddenMuscleComparison.Result result = e.getValue();
            MuscleScore n = result.score(e.getKey(), HiddenMuscleComparison.NMM);
            MuscleScore m = result.score(e.getKey(), HiddenMuscleComparison.MSE);
            rWins += n.r() > m.r() ? 1 : 0;
            nmmSum += n.rmse();
            mseSum += m.rmse();
            allRefined &= result.refined();
            if (result.refined()) {
                plainSum += result.score(e.getKey(), HiddenMuscleComparison.NMM_NO_REFINEMENT).rmse();
            }
            b.append(String.format(Locale.ROOT, "| %s | %.4f | %s | %s | %.4f | %s | %s | %s |%n", e.getKey(),
                    n.rmse(), r(n.r()), unrefined(result, e.getKey()), m.rmse(), r(m.r()),
                    n.rmse() < m.rmse() ? "NMM" : "MSE", moments(result)));
        }
        int k = runs.size();
        String plainMean = allRefined ? String.format(Locale.ROOT, "%.4f", plainSum / k) : "";
        String plainWins = allRefined ? String.format(Locale.ROOT, "; without refinement NMM on %d of %d",
                nmmRmseWins(runs, HiddenMuscleComparison.NMM_NO_REFINEMENT), k) : "";
        b.append(String.format(Locale.ROOT, "| mean | %.4f | | %s | | %.4f | | NMM on %d of %d (r higher on %d of %d)%s "
                + "| |%n", nmmSum / k, plainMean, mseSum / k, nmmRmseWins(runs), k, rWins, k, plainWins));
        return b.toString();
    }

    /**
     * @param runs per held-out muscle, its comparison
     * @return on how many held-out muscles the NMM's RMSE is below MSE's
     */
    public static int nmmRmseWins(Map<String, HiddenMuscleComparison.Result> runs) {
        return nmmRmseWins(runs, HiddenMuscleComparison.NMM);
    }

    /**
     * @param runs per held-out muscle, its comparison
     * @param nmmMethod {@link HiddenMuscleComparison#NMM} or {@link HiddenMuscleComparison#NMM_NO_REFINEMENT}
     * @return on how many held-out muscles that NMM series' RMSE is below MSE's
     */
    public static int nmmRmseWins(Map<String, HiddenMuscleComparison.Result> runs, String nmmMethod) {
        int wins = 0;
        for (Map.Entry<String, HiddenMuscleComparison.Result> e : runs.entrySet()) {
            List<MuscleScore> s = e.getValue().scores();
            double nmm = s.stream().filter(x -> x.method().equals(nmmMethod)).mapToDouble(MuscleScore::rmse).sum();
            double mse = s.stream().filter(x -> x.method().equals(HiddenMuscleComparison.MSE)).mapToDouble(
                    MuscleScore::rmse).sum();
            wins += nmm < mse ? 1 : 0;
        }
        return wins;
    }

    /** @return "RMSE | r" of the NMM without refinement, or "not refined" twice */
    private static String unrefined(HiddenMuscleComparison.Result result, String muscle) {
        if (!result.refined()) {
            return NOT_REFINED + " | " + NOT_REFINED;
        }
        MuscleScore p = result.score(muscle, HiddenMuscleComparison.NMM_NO_REFINEMENT);
        return String.format(Locale.ROOT, "%.4f | %s", p.rmse(), r(p.r()));
    }

    private static String r(double r) {
        return Double.isNaN(r) ? "– (constant)" : String.format(Locale.ROOT, "%.3f", r);
    }

    /** @return per coordinate (sorted), the NMM's moment error and, where refined, the unrefined one (%) */
    private static String moments(HiddenMuscleComparison.Result result) {
        StringBuilder b = new StringBuilder();
        result.momentErrorPercent().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            b.append(b.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue()));
            Double plain = result.unrefinedMomentErrorPercent().get(e.getKey());
            if (plain != null) {
                b.append(String.format(Locale.ROOT, " (%.1f)", plain));
            }
        });
        return b.toString();
    }
}

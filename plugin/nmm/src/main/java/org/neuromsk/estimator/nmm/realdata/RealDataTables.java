package org.neuromsk.estimator.nmm.realdata;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Markdown tables of the real-data checks. */
public final class RealDataTables {

    private RealDataTables() {
    }

    /**
     * @param runs per configuration name, its arm26 comparison
     * @return one row per configuration and hidden muscle: NMM and MSE RMSE and r, and the NMM's
     *     moment RMSE per balanced coordinate (% of peak)
     */
    public static String arm26(Map<String, HiddenMuscleComparison.Result> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| run | muscle | NMM RMSE | NMM r | MSE RMSE | MSE r | NMM moment RMSE (% of peak) |\n");
        b.append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Map.Entry<String, HiddenMuscleComparison.Result> e : runs.entrySet()) {
            HiddenMuscleComparison.Result r = e.getValue();
            for (String muscle : r.scores().stream().map(MuscleScore::muscle).distinct().toList()) {
                MuscleScore n = r.score(muscle, HiddenMuscleComparison.NMM);
                MuscleScore m = r.score(muscle, HiddenMuscleComparison.MSE);
                b.append(String.format(Locale.ROOT, "| %s | %s | %.4f | %s | %.4f | %s | %s |%n", e.getKey(), muscle,
                        n.rmse(), r(n.r()), m.rmse(), r(m.r()), moments(r.momentErrorPercent())));
            }
        }
        return b.toString();
    }

    /**
     * @param runs per held-out muscle, its gait comparison
     * @return one row per held-out muscle and a closing count of where the NMM is better
     */
    public static String gait(Map<String, HiddenMuscleComparison.Result> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| held-out muscle | NMM RMSE | NMM r | MSE RMSE | MSE r | lower RMSE | NMM moment RMSE (% of peak) |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | --- | --- |\n");
        int rmseWins = 0;
        int rWins = 0;
        double nmmSum = 0;
        double mseSum = 0;
        for (Map.Entry<String, HiddenMuscleComparison.Result> e : runs.entrySet()) {
            MuscleScore n = e.getValue().score(e.getKey(), HiddenMuscleComparison.NMM);
            MuscleScore m = e.getValue().score(e.getKey(), HiddenMuscleComparison.MSE);
            boolean nmmBetter = n.rmse() < m.rmse();
            rmseWins += nmmBetter ? 1 : 0;
            rWins += n.r() > m.r() ? 1 : 0;
            nmmSum += n.rmse();
            mseSum += m.rmse();
            b.append(String.format(Locale.ROOT, "| %s | %.4f | %s | %.4f | %s | %s | %s |%n", e.getKey(), n.rmse(),
                    r(n.r()), m.rmse(), r(m.r()), nmmBetter ? "NMM" : "MSE",
                    moments(e.getValue().momentErrorPercent())));
        }
        int k = runs.size();
        b.append(String.format(Locale.ROOT, "| mean | %.4f | | %.4f | | NMM on %d of %d (r higher on %d of %d) | |%n",
                nmmSum / k, mseSum / k, rmseWins, k, rWins, k));
        return b.toString();
    }

    /**
     * @param runs per held-out muscle, its comparison
     * @return on how many held-out muscles the NMM's RMSE is below MSE's
     */
    public static int nmmRmseWins(Map<String, HiddenMuscleComparison.Result> runs) {
        int wins = 0;
        for (Map.Entry<String, HiddenMuscleComparison.Result> e : runs.entrySet()) {
            List<MuscleScore> s = e.getValue().scores();
            double nmm = s.stream().filter(x -> x.method().equals(HiddenMuscleComparison.NMM)).mapToDouble(
                    MuscleScore::rmse).sum();
            double mse = s.stream().filter(x -> x.method().equals(HiddenMuscleComparison.MSE)).mapToDouble(
                    MuscleScore::rmse).sum();
            wins += nmm < mse ? 1 : 0;
        }
        return wins;
    }

    private static String r(double r) {
        return Double.isNaN(r) ? "– (constant)" : String.format(Locale.ROOT, "%.3f", r);
    }

    private static String moments(Map<String, Double> errors) {
        StringBuilder b = new StringBuilder();
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(b.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue())));
        return b.toString();
    }
}

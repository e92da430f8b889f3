package org.neuromsk.estimator.nmm.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuromsk.estimator.nmm.NmmStudy;
import org.neuromsk.estimator.nmm.StudyResult;

/**
 * The virtual-subject study's targets (the NMM issue's checks) and whether a study met them: on the
 * hidden muscles (BRA, TRImed) an RMSE at least 30 % lower than muscle synergy extrapolation's and lower
 * than static optimisation's, correlation at least 0.9, the inverse-dynamics moment within 5 % of peak,
 * maximum isometric forces within 10 % and fibre and tendon slack lengths within 5 % on average.
 */
public final class StudyTargets {

    /** Required relative reduction of the hidden-muscle RMSE against MSE. */
    public static final double RMSE_REDUCTION_VS_MSE = 0.30;
    /** Required mean correlation on the hidden muscles. */
    public static final double CORRELATION = 0.9;
    /** Largest moment RMSE (% of peak). */
    public static final double MOMENT_PERCENT = 5;
    /** Largest mean maximum-isometric-force error (%). */
    public static final double FORCE_PERCENT = 10;
    /** Largest mean fibre and tendon slack length error (%). */
    public static final double LENGTH_PERCENT = 5;

    private StudyTargets() {
    }

    /**
     * @param r a study's results
     * @return the targets with their outcome
     */
    public static List<NmmReport.Target> of(StudyResult r) {
        List<NmmReport.Target> t = new ArrayList<>();
        double nmm = r.meanRmse(NmmStudy.NMM, null);
        double mse = r.meanRmse(NmmStudy.MSE, null);
        double so = r.meanRmse(NmmStudy.SO, null);
        t.add(new NmmReport.Target("hidden-muscle RMSE ≥ 30 % lower than MSE's",
                String.format(Locale.ROOT, "%.4f vs %.4f (%+.1f %%)", nmm, mse, 100 * (nmm - mse) / mse),
                nmm <= (1 - RMSE_REDUCTION_VS_MSE) * mse));
        t.add(new NmmReport.Target("hidden-muscle RMSE lower than static optimisation's",
                String.format(Locale.ROOT, "%.4f vs %.4f (%+.1f %%)", nmm, so, 100 * (nmm - so) / so), nmm < so));
        for (String m : r.hiddenMuscles()) {
            double c = r.meanR(NmmStudy.NMM, m);
            t.add(new NmmReport.Target("correlation ≥ 0.9, " + m + ", per held-out trial (mean over trials)",
                    String.format(Locale.ROOT, "%.3f", c), c >= CORRELATION));
        }
        for (String m : r.hiddenMuscles()) {
            double c = r.meanPooledR(NmmStudy.NMM, m);
            t.add(new NmmReport.Target("correlation ≥ 0.9, " + m + ", over each subject's held-out trials "
                    + "concatenated (mean over subjects)", String.format(Locale.ROOT, "%.3f", c), c >= CORRELATION));
        }
        double moment = r.meanMomentError(NmmStudy.NMM);
        t.add(new NmmReport.Target("moment RMSE ≤ 5 % of peak", String.format(Locale.ROOT, "%.2f %%", moment),
                moment <= MOMENT_PERCENT));
        double[] rec = r.meanRecovery();
        t.add(new NmmReport.Target("max isometric force error ≤ 10 % on average",
                String.format(Locale.ROOT, "%.1f %% (generic model %.1f %%)", rec[0], rec[3]), rec[0] <= FORCE_PERCENT));
        t.add(new NmmReport.Target("optimal fibre length error ≤ 5 % on average",
                String.format(Locale.ROOT, "%.1f %% (generic model %.1f %%)", rec[1], rec[4]), rec[1] <= LENGTH_PERCENT));
        t.add(new NmmReport.Target("tendon slack length error ≤ 5 % on average",
                String.format(Locale.ROOT, "%.1f %% (generic model %.1f %%)", rec[2], rec[5]), rec[2] <= LENGTH_PERCENT));
        return t;
    }
}

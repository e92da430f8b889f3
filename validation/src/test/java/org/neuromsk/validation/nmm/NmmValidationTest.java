package org.neuromsk.validation.nmm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.neuromsk.estimator.nmm.NmmStudy;
import org.neuromsk.estimator.nmm.StudyResult;
import org.neuromsk.estimator.nmm.report.StudyTargets;

/**
 * The NMM study on a reduced scale for CI: one virtual subject (seed 1, three loads, the last trial of
 * each held out) instead of the five; default settings (moment input, 100 epochs of test-time
 * refinement per held-out trial); of the two ablations only the one without physics. It writes
 * {@code validation/target/reports/nmm-ci.md} (the full five-subject report, {@code nmm.md}, comes from
 * {@link NmmValidation#main}; each report states the size it was run at).
 *
 * <p>Asserted: the NMM beats muscle synergy extrapolation by at least 30 % and static optimisation
 * on the hidden muscles; BRA's and TRImed's correlations are at least 0.9 in both readings (mean over
 * held-out trials, and over the subject's held-out trials concatenated; measured BRA 0.974 / 0.988,
 * TRImed 0.927 / 0.925 on this subject); the moment is reproduced within 5 % of peak (3.67 %); the
 * physics term and the refinement each lower the moment error (without physics 20.5 %, unrefined
 * 7.0 %). Known shortfall, asserted as a documented bound (docs/nmm.md): maximum isometric forces
 * (only force × EMG scale of a measured muscle, and force × excitation of a hidden one, reach the
 * moment, and co-contraction leaves even those products loosely pinned: 18.8 % against the generic
 * model's 19.9 %).
 *
 * <p>TRImed's target is asserted since session 8, when the generator's co-contraction became one command
 * shared by a subject's muscles (docs/virtual-subjects.md). Before, its modulation had a phase per muscle
 * that no input carried, and only a bound (pooled r ≥ 0.6; per trial 0.39 on this subject) was asserted.
 */
class NmmValidationTest {

    private static NmmValidation.Outcome outcome;

    @BeforeAll
    static void run() throws Exception {
        Path work = Files.createTempDirectory("nmm-validation-test");
        long began = System.nanoTime();
        outcome = NmmValidation.run(1, 1, null, Set.of(NmmStudy.NMM_NO_PHYSICS), work, line -> { });
        double minutes = (System.nanoTime() - began) / 60e9;
        String how = String.format(Locale.ROOT, "Run by `NmmValidationTest` (CI size: 1 virtual subject, seed 1, "
                + "default settings, only the ablation without physics) in %.1f min on %d core(s). `NmmValidation.main` runs the issue's 5 subjects.",
                minutes, Runtime.getRuntime().availableProcessors());
        NmmValidation.writeReport(outcome, how, Path.of("target", "reports", "nmm-ci.md"));
        System.out.print(outcome.result().table());
    }

    @Test
    void nmmBeatsSynergyExtrapolationByThirtyPercentAndStaticOptimisation() {
        StudyResult r = outcome.result();
        double nmm = r.meanRmse(NmmStudy.NMM, null);
        assertTrue(nmm <= 0.7 * r.meanRmse(NmmStudy.MSE, null), r.table());
        assertTrue(nmm < r.meanRmse(NmmStudy.SO, null), r.table());
    }

    @Test
    void brachialisCorrelationReachesPointNine() {
        assertTrue(outcome.result().meanR(NmmStudy.NMM, "BRA") >= 0.9, outcome.result().table());
    }

    @Test
    void brachialisCorrelationOverTheConcatenatedTrialsReachesPointNine() {
        assertTrue(outcome.result().meanPooledR(NmmStudy.NMM, "BRA") >= 0.9, outcome.result().table());
    }

    @Test
    void momentIsReproducedWithinFivePercentOfPeak() {
        // the target; measured 3.67 % (the network without refinement: 7.02 %)
        assertTrue(outcome.result().meanMomentError(NmmStudy.NMM) <= 5, outcome.result().table());
    }

    @Test
    void refinementLowersTheMomentError() {
        StudyResult r = outcome.result();
        assertTrue(r.meanMomentError(NmmStudy.NMM) < r.meanMomentError(NmmStudy.NMM_NO_REFINEMENT), r.table());
    }

    @Test
    void tricepsMedialCorrelationReachesPointNine() {
        // measured 0.927 (held-out trials 0.963, 0.907, 0.910 at 0, 2, 4 kg)
        assertTrue(outcome.result().meanR(NmmStudy.NMM, "TRImed") >= 0.9, outcome.result().table());
    }

    @Test
    void tricepsMedialCorrelationOverTheConcatenatedTrialsReachesPointNine() {
        // measured 0.925
        assertTrue(outcome.result().meanPooledR(NmmStudy.NMM, "TRImed") >= 0.9, outcome.result().table());
    }

    @Test
    void physicsTermLowersTheMomentError() {
        StudyResult r = outcome.result();
        assertTrue(r.meanMomentError(NmmStudy.NMM) < r.meanMomentError(NmmStudy.NMM_NO_PHYSICS), r.table());
    }

    @Test
    void knownShortfallsStayWithinTheirBounds() {
        StudyResult r = outcome.result();
        double[] rec = r.meanRecovery();
        // lengths: within 5 % on average (target met); forces: no worse than the generic model by 2 points
        assertTrue(rec[1] <= StudyTargets.LENGTH_PERCENT && rec[2] <= StudyTargets.LENGTH_PERCENT, r.table());
        assertTrue(rec[0] <= rec[3] + 2, r.table());
        // force × EMG scale of the measured muscles: no worse than the generic model (scale 1) by 2 points
        assertTrue(rec[6] <= rec[7] + 2, r.table());
    }
}

package org.neuromsk.validation.nmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.neuromsk.estimator.nmm.realdata.Arm26Cmc;
import org.neuromsk.estimator.nmm.realdata.CeinmsGait;
import org.neuromsk.estimator.nmm.realdata.HiddenMuscleComparison;
import org.neuromsk.estimator.nmm.realdata.MuscleScore;
import org.neuromsk.estimator.nmm.realdata.RealDataTables;
import org.neuromsk.io.testing.TestData;

/**
 * The NMM's real-data checks at CI size ({@link NmmRealDataValidation.Sizes#ci()}): arm26 CMC with BRA
 * and TRImed hidden (main run only; it scores its training frames, so nothing is refined) and CEINMS
 * gait with each of the nine muscles held out in turn on short stretches with few epochs, the walk45
 * stretch predicted after 10 epochs of test-time refinement (the report size refines 100; 100 here
 * tripled the test's time, 44 s to 134 s) and also scored without it. Writes {@code validation/target/reports/nmm-real-ci.md} and prints the
 * tables. The report size ({@code nmm-real.md}) comes from {@link NmmRealDataValidation#main}.
 *
 * <p>Asserted is what held when these checks were built (docs/nmm.md gives the numbers), not the
 * issue's hope: on arm26 (main run: shoulder and elbow moments balanced) the NMM's TRImed is closer
 * to CMC's than MSE's (lower RMSE, higher r) and both moments stay within 10 % of peak; on gait only
 * that every held-out muscle is reconstructed with a sane error. Not asserted, because it does not
 * hold: BRA (CMC keeps it at its lower bound 0.02; the NMM activates it, MSE leaves it at 0, so MSE's
 * RMSE is lower), "NMM better on most" gait muscles (see docs/nmm.md for the report size; at CI size
 * the training is too short to say) and that refinement helps (at CI size it is too short to say).
 */
class NmmRealDataTest {

    private static NmmRealDataValidation.Outcome outcome;

    @BeforeAll
    static void run() {
        Path arm26 = TestData.require(NmmRealDataValidation.ARM26);
        Path gait = TestData.require(NmmRealDataValidation.GAIT);
        long began = System.nanoTime();
        outcome = NmmRealDataValidation.run(arm26, gait, NmmRealDataValidation.Sizes.ci(), line -> { });
        String how = String.format(Locale.ROOT, "Run by `NmmRealDataTest` (CI size: arm26 main run, 150 epochs; gait "
                + "4 s / 3 s, 8 epochs, 10 refinement epochs) in %.1f min on %d core(s). "
                + "`NmmRealDataValidation.main` runs the report size.", (System.nanoTime() - began) / 60e9,
                Runtime.getRuntime().availableProcessors());
        NmmRealDataValidation.writeReport(outcome, how, Path.of("target", "reports", "nmm-real-ci.md"));
        System.out.print(RealDataTables.arm26(outcome.arm26()));
        System.out.print(RealDataTables.gait(outcome.gait()));
    }

    @Test
    void arm26NmmReconstructsTrimedBetterThanMse() {
        HiddenMuscleComparison.Result r = outcome.arm26().get(NmmRealDataValidation.MAIN_ARM26);
        MuscleScore nmm = r.score("TRImed", HiddenMuscleComparison.NMM);
        MuscleScore mse = r.score("TRImed", HiddenMuscleComparison.MSE);
        assertTrue(nmm.rmse() < mse.rmse(), RealDataTables.arm26(outcome.arm26()));
        assertTrue(nmm.r() > mse.r(), RealDataTables.arm26(outcome.arm26()));
    }

    @Test
    void arm26NmmReproducesBothMoments() {
        HiddenMuscleComparison.Result r = outcome.arm26().get(NmmRealDataValidation.MAIN_ARM26);
        assertTrue(r.momentErrorPercent().get(Arm26Cmc.ELBOW) < 10, RealDataTables.arm26(outcome.arm26()));
        assertTrue(r.momentErrorPercent().get(Arm26Cmc.SHOULDER) < 10, RealDataTables.arm26(outcome.arm26()));
    }

    @Test
    void onlyTheHeldOutGaitRecordingIsRefined() {
        assertFalse(outcome.arm26().get(NmmRealDataValidation.MAIN_ARM26).refined());
        assertTrue(outcome.arm26().get(NmmRealDataValidation.MAIN_ARM26).unrefinedMomentErrorPercent().isEmpty());
        for (HiddenMuscleComparison.Result r : outcome.gait().values()) {
            assertEquals(NmmRealDataValidation.Sizes.ci().gaitRefineEpochs(), r.refineEpochs());
            assertEquals(r.momentErrorPercent().keySet(), r.unrefinedMomentErrorPercent().keySet());
        }
    }

    @Test
    void gaitScoresEveryMuscleHeldOutWithFiniteErrors() {
        assertEquals(CeinmsGait.MUSCLES, outcome.gait().keySet().stream().toList());
        for (var e : outcome.gait().entrySet()) {
            for (String method : new String[] {HiddenMuscleComparison.NMM, HiddenMuscleComparison.NMM_NO_REFINEMENT,
                    HiddenMuscleComparison.MSE}) {
                MuscleScore s = e.getValue().score(e.getKey(), method);
                // normalised envelopes lie in [0, 1]: an RMSE at or above 1 means a broken reconstruction
                // (r is not checked: it is NaN where MSE's weights are all 0 and its series constant)
                assertTrue(s.rmse() >= 0 && s.rmse() < 1, s.toString());
            }
        }
    }
}

package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.dataset.GaitCycles;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.dataset.SyntheticGait;
import org.neuromsk.training.Json;
import org.neuromsk.training.engine.TorchRuntime;

class HyperParameterSelectionTest {

    @TempDir
    static Path longDir;

    @TempDir
    static Path shortDir;

    private static GaitTrial longTrial;
    private static GaitTrial shortTrial;
    private static final MuscleMapping MUSCLES = MuscleMapping.parkAndParkTable1().select(List.of("TA", "SOL"));

    @BeforeAll
    static void writeTrials() {
        TorchRuntime.engine();
        SyntheticGait.write(longDir, 1.1, 25, 100);
        SyntheticGait.write(shortDir, 1.1, 12, 100);
        longTrial = GaitTrialReader.folder(longDir).muscles(MUSCLES.opensimNames()).read();
        shortTrial = GaitTrialReader.folder(shortDir).muscles(MUSCLES.opensimNames()).read();
    }

    private static GaitEmgSettings quick(GaitEmgType type) {
        return Json.overlay(GaitEmgSettings.defaults(type), "{\"training\": {\"maxEpochs\": 3},"
                + " \"pretraining\": {\"maxEpochs\": 3}}", GaitEmgSettings.class).withSeed(5);
    }

    @Test
    void holdsOutTheLastFifthOfTheGaitCycles() {
        GaitEmgSettings s = GaitEmgSettings.defaults(GaitEmgType.BASELINE);
        // heel strikes every 1.1 s over 25 s: 23 strikes, 22 cycles; held out round(0.2 · 22) = 4, so the
        // boundary is the heel strike that starts cycle 18
        GaitCycles all = s.segmentation().segment(longTrial);
        assertEquals(22, all.size());
        double boundary = all.cycles().get(18).start();
        HyperParameterSelection.Parts parts = HyperParameterSelection.split(List.of(longTrial), s);
        GaitTrial first = parts.first().get(0);
        GaitTrial last = parts.last().get(0);
        assertTrue(first.time()[first.frames() - 1] <= boundary + 0.02);
        assertEquals(18, s.segmentation().segment(first).size());
        GaitCycles held = s.segmentation().segment(last);
        assertEquals(4, held.size());
        assertEquals(boundary, held.cycles().get(0).start(), 0.011);
    }

    @Test
    void aTrialWithTooFewCyclesIsNotSplit() {
        // 10 cycles: 3 held out would leave 7, fewer than two rounds of every-5th validation cycles (10)
        assertNull(HyperParameterSelection.splitIfLongEnough(List.of(shortTrial),
                GaitEmgSettings.defaults(GaitEmgType.BASELINE)));
    }

    @Test
    void theCandidateThatPredictsTheLastStridesBetterWins() {
        HyperParameterSelection.Parts parts = HyperParameterSelection.split(List.of(longTrial),
                GaitEmgSettings.defaults(GaitEmgType.BASELINE));
        List<HyperParameterSelection.Candidate> candidates = List.of(
                new HyperParameterSelection.Candidate("one epoch, tiny rate",
                        "{\"training\": {\"maxEpochs\": 1, \"adam\": {\"learningRate\": 1e-6}}}"),
                new HyperParameterSelection.Candidate("trained", "{\"training\": {\"maxEpochs\": 30}}"));
        HyperParameterSelection.Selection s = HyperParameterSelection.select(GaitEmgType.BASELINE,
                quick(GaitEmgType.BASELINE), candidates, MUSCLES, parts, line -> { });
        assertEquals(2, s.scores().size());
        assertEquals(1, s.chosen());
        assertEquals(30, s.settings().training().maxEpochs());
        assertEquals(4, s.heldOutCycles());
        assertTrue(s.scores().get(1).meanEnsembleR2() > s.scores().get(0).meanEnsembleR2());
    }

    @Test
    void sharingThePreTrainingChangesNoScore() {
        HyperParameterSelection.Parts parts = HyperParameterSelection.split(List.of(longTrial),
                GaitEmgSettings.defaults(GaitEmgType.TORQUE));
        HyperParameterSelection.Candidate mae = new HyperParameterSelection.Candidate("mae", "{\"loss\": \"mae\"}");
        HyperParameterSelection.Candidate mse = new HyperParameterSelection.Candidate("mse", "{\"loss\": \"mse\"}");
        HyperParameterSelection.Selection shared = HyperParameterSelection.select(GaitEmgType.TORQUE,
                quick(GaitEmgType.TORQUE), List.of(mae, mse), MUSCLES, parts, line -> { });
        HyperParameterSelection.Selection alone = HyperParameterSelection.select(GaitEmgType.TORQUE,
                quick(GaitEmgType.TORQUE), List.of(mse), MUSCLES, parts, line -> { });
        assertEquals(alone.scores().get(0).meanEnsembleR2(), shared.scores().get(1).meanEnsembleR2(), 0.0);
    }
}

package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void cutsTheGaitCyclesIntoFiveBlocksOfConsecutiveStrides() {
        GaitEmgSettings s = GaitEmgSettings.defaults(GaitEmgType.BASELINE);
        // heel strikes every 1.1 s over 25 s: 23 strikes, 22 cycles; block f holds cycles [22f/5, 22(f+1)/5):
        // 0–3, 4–7, 8–12, 13–16, 17–21 (4, 4, 5, 4, 5 cycles)
        GaitCycles all = s.segmentation().segment(longTrial);
        assertEquals(22, all.size());
        HyperParameterSelection.Folds folds = HyperParameterSelection.split(List.of(longTrial), s);
        assertEquals(5, folds.folds().size());
        int[] first = {0, 4, 8, 13, 17};
        int[] size = {4, 4, 5, 4, 5};
        int scored = 0;
        for (int f = 0; f < 5; f++) {
            HyperParameterSelection.Fold fold = folds.folds().get(f);
            GaitCycles held = s.segmentation().segment(fold.heldOut().get(0));
            assertEquals(size[f], held.size(), "block " + f);
            scored += held.size();
            double blockStart = all.cycles().get(first[f]).start();
            double blockEnd = all.cycles().get(first[f] + size[f] - 1).end();
            assertEquals(blockStart, held.cycles().get(0).start(), 0.011);
            // no training frame inside the block but the 0.02 s closing the part before it
            for (GaitTrial part : fold.train()) {
                double[] t = part.time();
                assertTrue(t[t.length - 1] <= blockStart + 0.02 + 1e-9 || t[0] >= blockEnd, part.name());
            }
        }
        assertEquals(22, scored);
        // first block: nothing before it; after it, cycle 4 is skipped and cycles 5–21 train (17)
        assertEquals(1, folds.folds().get(0).train().size());
        assertEquals(17, s.segmentation().segment(folds.folds().get(0).train().get(0)).size());
        // middle block (8–12): cycles 0–7 before it (8); 13 skipped, 14–21 after it (8)
        List<GaitTrial> middle = folds.folds().get(2).train();
        assertEquals(2, middle.size());
        assertEquals(8, s.segmentation().segment(middle.get(0)).size());
        assertEquals(8, s.segmentation().segment(middle.get(1)).size());
        // last block (17–21): cycles 0–16 before it, nothing after it
        assertEquals(1, folds.folds().get(4).train().size());
        assertEquals(17, s.segmentation().segment(folds.folds().get(4).train().get(0)).size());
    }

    @Test
    void aTrialWithTooFewCyclesIsNotSplit() {
        // 10 cycles: fewer than 5 blocks of 3
        assertNull(HyperParameterSelection.splitIfLongEnough(List.of(shortTrial),
                GaitEmgSettings.defaults(GaitEmgType.BASELINE)));
    }

    @Test
    void theCandidateThatPredictsTheHeldOutBlocksBetterWins() {
        HyperParameterSelection.Folds folds = HyperParameterSelection.split(List.of(longTrial),
                GaitEmgSettings.defaults(GaitEmgType.BASELINE));
        List<HyperParameterSelection.Candidate> candidates = List.of(
                new HyperParameterSelection.Candidate("one epoch, tiny rate",
                        "{\"training\": {\"maxEpochs\": 1, \"adam\": {\"learningRate\": 1e-6}}}"),
                new HyperParameterSelection.Candidate("trained", "{\"training\": {\"maxEpochs\": 30}}"));
        HyperParameterSelection.Selection s = HyperParameterSelection.select(GaitEmgType.BASELINE,
                quick(GaitEmgType.BASELINE), candidates, MUSCLES, folds, line -> { });
        assertEquals(2, s.scores().size());
        assertEquals(1, s.chosen());
        assertEquals(30, s.settings().training().maxEpochs());
        // the selection's own patience does not leak into the chosen settings
        assertEquals(20, s.settings().training().patience());
        assertEquals(5, s.folds());
        assertEquals(22, s.heldOutCycles());
        assertEquals(5, s.scores().get(1).foldMeans().size());
        assertTrue(s.scores().get(1).meanEnsembleR2() > s.scores().get(0).meanEnsembleR2());
    }

    @Test
    void sharingThePreTrainingChangesNoScore() {
        HyperParameterSelection.Folds folds = HyperParameterSelection.split(List.of(longTrial),
                GaitEmgSettings.defaults(GaitEmgType.TORQUE));
        HyperParameterSelection.Candidate mae = new HyperParameterSelection.Candidate("mae", "{\"loss\": \"mae\"}");
        HyperParameterSelection.Candidate mse = new HyperParameterSelection.Candidate("mse", "{\"loss\": \"mse\"}");
        HyperParameterSelection.Selection shared = HyperParameterSelection.select(GaitEmgType.TORQUE,
                quick(GaitEmgType.TORQUE), List.of(mae, mse), MUSCLES, folds, line -> { });
        HyperParameterSelection.Selection alone = HyperParameterSelection.select(GaitEmgType.TORQUE,
                quick(GaitEmgType.TORQUE), List.of(mse), MUSCLES, folds, line -> { });
        assertEquals(alone.scores().get(0).meanEnsembleR2(), shared.scores().get(1).meanEnsembleR2(), 0.0);
    }

    @Test
    void theFinalModelsFirstMemberReusesTheSelectionsPreTraining() {
        GaitEmgSettings settings = quick(GaitEmgType.TORQUE).withMembers(2);
        HyperParameterSelection.Folds folds = HyperParameterSelection.split(List.of(longTrial), settings);
        List<String> lines = new java.util.ArrayList<>();
        try (PretrainingPool pool = new PretrainingPool()) {
            HyperParameterSelection.select(GaitEmgType.TORQUE, settings,
                    List.of(new HyperParameterSelection.Candidate("mse", "{\"loss\": \"mse\"}")), MUSCLES, folds,
                    line -> { }, pool);
            try (GaitEmgModel reused = new GaitEmgTrainer(GaitEmgType.TORQUE, settings, MUSCLES).pretrainingPool(pool)
                    .log(lines::add).train(List.of(longTrial));
                    GaitEmgModel fresh = new GaitEmgTrainer(GaitEmgType.TORQUE, settings, MUSCLES)
                            .train(List.of(longTrial))) {
                assertTrue(lines.get(0).contains("reused"), lines.get(0));
                assertTrue(lines.stream().filter(l -> l.contains("pre-training on")).count() == 1, lines.toString());
                for (int m = 0; m < 2; m++) {
                    assertEquals(losses(fresh.info().members().get(m).pretrainingHistory()),
                            losses(reused.info().members().get(m).pretrainingHistory()));
                }
            }
        }
    }

    @Test
    void theEmgStagesDropoutLeavesTheMomentPreTrainingAlone() {
        GaitEmgSettings plain = quick(GaitEmgType.TORQUE).withMembers(1);
        GaitEmgSettings dropped = Json.overlay(plain, "{\"dropout\": 0.2}", GaitEmgSettings.class);
        assertEquals(0.0, dropped.pretrainingNetwork().dropout(), 0.0);
        assertEquals(0.2, dropped.fineTuningNetwork(2).dropout(), 1e-12);
        List<GaitTrial> trials = List.of(longTrial);
        // same key: a pool hands the dropout candidate the very moment network of the plain one
        assertEquals(PretrainingPool.key(plain, 5, trials), PretrainingPool.key(dropped, 5, trials));
        try (GaitEmgModel a = new GaitEmgTrainer(GaitEmgType.TORQUE, plain, MUSCLES).train(trials);
                GaitEmgModel b = new GaitEmgTrainer(GaitEmgType.TORQUE, dropped, MUSCLES).train(trials)) {
            // trained apart, the pre-trainings are identical epoch by epoch; the fine-tunings are not
            assertEquals(losses(a.info().members().get(0).pretrainingHistory()),
                    losses(b.info().members().get(0).pretrainingHistory()));
            assertNotEquals(losses(a.info().members().get(0).history()), losses(b.info().members().get(0).history()));
        }
    }

    /** A stub scorer: fixed mean ensemble R² per candidate name; records the order of the calls. */
    private static HyperParameterSelection.Scorer stub(java.util.Map<String, Double> means, List<String> calls) {
        return c -> {
            calls.add(c.name());
            return new HyperParameterSelection.Score(c, means.get(c.name()), List.of(), List.of(), 0, 0);
        };
    }

    private static HyperParameterSelection.Staged staged(double first, double second, List<String> calls) {
        // losses 0.87 / 0.89 / 0.88: "mse" wins the first stage; its refinements score first and second
        return HyperParameterSelection.inStages(HyperParameterSelection.candidates(GaitEmgType.TORQUE),
                w -> HyperParameterSelection.refinements(GaitEmgType.TORQUE, w),
                stub(java.util.Map.of("loss mae", 0.87, "loss mse", 0.89, "loss huber", 0.88,
                        "loss mse, dropout 0.1", first, "loss mse, dropout 0.2", second), calls));
    }

    @Test
    void theSecondStageRefinesTheFirstStagesWinnerAndIsKeptOnlyIfStrictlyHigher() {
        List<String> calls = new java.util.ArrayList<>();
        HyperParameterSelection.Staged neither = staged(0.885, 0.80, calls);
        assertEquals(List.of("loss mae", "loss mse", "loss huber", "loss mse, dropout 0.1", "loss mse, dropout 0.2"),
                calls);
        assertEquals(3, neither.firstStage());
        assertEquals(5, neither.scores().size());
        assertEquals(1, neither.chosen());
        // a tie keeps the first stage's winner
        assertEquals(1, staged(0.89, 0.89, new java.util.ArrayList<>()).chosen());
        // only 0.1 beats it
        assertEquals(3, staged(0.891, 0.85, new java.util.ArrayList<>()).chosen());
        // both beat it: the higher
        assertEquals(4, staged(0.891, 0.9, new java.util.ArrayList<>()).chosen());
        assertEquals(3, staged(0.9, 0.891, new java.util.ArrayList<>()).chosen());
    }

    @Test
    void onlyTheTorqueBasedModelHasASecondStageDropoutInItsFineTunedNetwork() {
        HyperParameterSelection.Candidate huber = HyperParameterSelection.candidates(GaitEmgType.TORQUE).get(2);
        List<HyperParameterSelection.Candidate> refined = HyperParameterSelection.refinements(GaitEmgType.TORQUE,
                huber);
        assertEquals(List.of("loss huber, dropout 0.1", "loss huber, dropout 0.2"),
                refined.stream().map(HyperParameterSelection.Candidate::name).toList());
        GaitEmgSettings s = Json.overlay(GaitEmgSettings.defaults(GaitEmgType.TORQUE), refined.get(1).overlay(),
                GaitEmgSettings.class);
        assertEquals("huber", s.loss());
        assertEquals(0.2, s.fineTuningNetwork(7).dropout(), 1e-12);
        assertEquals(0.0, s.pretrainingNetwork().dropout(), 0.0);
        assertTrue(HyperParameterSelection.refinements(GaitEmgType.CONTEXT,
                HyperParameterSelection.candidates(GaitEmgType.CONTEXT).get(0)).isEmpty());
        List<String> calls = new java.util.ArrayList<>();
        HyperParameterSelection.Staged context = HyperParameterSelection.inStages(
                HyperParameterSelection.candidates(GaitEmgType.CONTEXT),
                w -> HyperParameterSelection.refinements(GaitEmgType.CONTEXT, w),
                stub(java.util.Map.of("phase, loss mae", 0.8, "phase, loss mse", 0.9, "phase + velocities, loss mae",
                        0.9), calls));
        assertEquals(3, calls.size());
        assertEquals(1, context.chosen()); // the first of two equal scores
    }

    @Test
    void theTorqueBasedSelectionScoresBothStagesOnTheSameBlocks() {
        HyperParameterSelection.Folds folds = HyperParameterSelection.split(List.of(longTrial),
                GaitEmgSettings.defaults(GaitEmgType.TORQUE));
        List<String> lines = new java.util.ArrayList<>();
        HyperParameterSelection.Selection s = HyperParameterSelection.selectInStages(GaitEmgType.TORQUE,
                quick(GaitEmgType.TORQUE), MUSCLES, folds, lines::add);
        assertEquals(5, s.scores().size());
        assertEquals(22, s.heldOutCycles());
        String winner = s.scores().subList(0, 3).stream()
                .max(java.util.Comparator.comparingDouble(HyperParameterSelection.Score::meanEnsembleR2)).orElseThrow()
                .candidate().name();
        assertEquals(winner + ", dropout 0.1", s.scores().get(3).candidate().name());
        assertEquals(winner + ", dropout 0.2", s.scores().get(4).candidate().name());
        s.scores().forEach(c -> assertEquals(5, c.foldMeans().size()));
        assertEquals(s.scores().get(s.chosen()).candidate().overlay().contains("dropout"), s.settings().dropout() > 0);
        assertTrue(lines.stream().anyMatch(l -> l.contains("second stage")), lines.toString());
        assertEquals(6, lines.size(), lines.toString());
    }

    private static List<Double> losses(List<org.neuromsk.training.EpochLoss> history) {
        return history.stream().flatMap(e -> java.util.stream.Stream.of(e.trainLoss(), e.validationLoss())).toList();
    }
}

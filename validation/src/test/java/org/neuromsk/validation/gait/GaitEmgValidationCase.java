package org.neuromsk.validation.gait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.estimator.gait.HyperParameterSelection;
import org.neuromsk.estimator.gait.ModelResult;
import org.neuromsk.estimator.gait.ParkReproduction.Reproduction;
import org.neuromsk.estimator.gait.TransferEvaluation;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.metrics.MuscleMetrics;

/**
 * Issue 7's checks common to both estimator families, seed 1, one direction and one family per concrete class
 * (so that the four pieces share the validation module's two test JVMs): the settings are chosen by
 * cross-validation over blocks of strides of the training trial, every model is evaluated over the other
 * speed's gait cycles and applied to the Rajagopal walk (another subject). The families' own targets are in
 * {@link TorqueBasedGaitEmgCase} and {@link ImprovedGaitEmgCase}. Each estimator averages 10 seeded networks
 * (docs/gait-emg.md, "Ensembles of 10"). The baseline has no target and is trained only by
 * {@code scripts/validate-gait-emg}, which writes the report. A family trained alone gives the same numbers
 * as trained beside the other (each training seeds its own initialisation and batches).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GaitEmgValidationCase {

    /** This direction's reproduction of this family. */
    Reproduction reproduction;
    /** This family's result in it. */
    ModelResult result;

    private final String trainTrial;
    private final String testTrial;
    private final GaitEmgType family;

    /**
     * @param trainTrial the training trial of this direction
     * @param testTrial the test trial
     * @param family the family trained and checked
     */
    GaitEmgValidationCase(String trainTrial, String testTrial, GaitEmgType family) {
        this.trainTrial = trainTrial;
        this.testTrial = testTrial;
        this.family = family;
    }

    /** @return "train → test" */
    String direction() {
        return trainTrial + " → " + testTrial;
    }

    @BeforeAll
    void run() {
        Path data = TestData.require(GaitEmgValidation.DATA);
        Path rajagopal = TestData.require(GaitEmgValidation.RAJAGOPAL);
        reproduction = GaitEmgValidation.run(data, rajagopal, 1, List.of(family), trainTrial, testTrial, line -> { });
        result = reproduction.result(family);
        for (MuscleMetrics m : result.test().metrics()) {
            System.out.printf(java.util.Locale.ROOT, "%s %s %s ensemble R² %.4f%n", direction(), family.label(),
                    m.muscle(), m.ensembleR2());
        }
    }

    @Test
    void settingsAreChosenByCrossValidationOnTheTrainingTrial() {
        HyperParameterSelection.Selection s = result.selection();
        // first stage: the family's candidates; second stage: the refinements of the first's winner
        List<HyperParameterSelection.Candidate> first = HyperParameterSelection.candidates(family);
        List<HyperParameterSelection.Candidate> scored = s.scores().stream()
                .map(HyperParameterSelection.Score::candidate).toList();
        assertEquals(first, scored.subList(0, first.size()));
        HyperParameterSelection.Candidate firstWinner = s.scores().subList(0, first.size()).stream()
                .max(java.util.Comparator.comparingDouble(HyperParameterSelection.Score::meanEnsembleR2))
                .orElseThrow().candidate();
        assertEquals(HyperParameterSelection.refinements(family, firstWinner),
                scored.subList(first.size(), scored.size()));
        assertEquals(5, s.folds());
        s.scores().forEach(x -> assertEquals(5, x.foldMeans().size()));
        // every accepted stride of the training trial is scored once: 44–54 per trial (about 53–57
        // strides, minus partial and irregular ones; a block may drop one more at its edges)
        assertTrue(s.heldOutCycles() >= 40 && s.heldOutCycles() <= 57, trainTrial + ": " + s.heldOutCycles());
        double best = s.scores().stream().mapToDouble(HyperParameterSelection.Score::meanEnsembleR2).max()
                .orElseThrow();
        assertEquals(best, s.scores().get(s.chosen()).meanEnsembleR2(), 0.0);
    }

    @Test
    void everyModelIsAppliedToTheRajagopalWalkSamplePerSample() {
        assertEquals(List.of(result), reproduction.results());
        assertEquals(1, result.transfers().size());
        TransferEvaluation e = result.transfers().get(0);
        // coordinates.sto: 0.45 to 1.799 s at 1 kHz
        assertEquals(1350, e.frames());
        // one right heel strike (vertical force through 20 N at 1.41 s): no complete gait cycle
        assertEquals(0, e.cycles());
        if (family == GaitEmgType.CONTEXT) {
            assertTrue(e.metrics().isEmpty());
            assertTrue(e.note().contains("two heel strikes"), e.note());
            return;
        }
        assertEquals(7, e.metrics().size());
        for (MuscleMetrics x : e.metrics()) {
            assertTrue(Double.isNaN(x.ensembleR2()));
            assertTrue(Double.isFinite(x.pearson()) && Double.isFinite(x.sampleR2()), x.toString());
        }
        // the knee angle's sign convention is mapped (unmapped, the walk45 models gave mean r −0.25 and −0.20)
        assertTrue(e.meanPearson() > 0, trainTrial + " " + family.label() + ": mean r " + e.meanPearson());
    }

    @Test
    void everyModelIsEvaluatedOnTheOtherSpeedOverItsGaitCycles() {
        assertEquals(testTrial, reproduction.testTrial());
        assertEquals(trainTrial, reproduction.trainTrial());
        assertEquals(7, result.test().metrics().size());
        // about 53–57 strides per trial, minus the first/last partial ones and those with missed heel strikes
        assertTrue(result.test().cycles().size() >= 40, testTrial + ": " + result.test().cycles().size() + " cycles");
    }
}

package org.neuromsk.validation.gait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.metrics.MuscleMetrics;
import org.neuromsk.validation.gait.StrideTemplateReferences.Direction;

/** The stride-template yardsticks on the CEINMS-RT walks (seconds; no training). */
class StrideTemplateReferencesTest {

    private static Path data;

    @BeforeAll
    static void data() {
        data = TestData.require(GaitEmgValidation.DATA);
    }

    @Test
    void bothDirectionsScoreEveryMuscleWithFiniteNumbers() {
        List<Direction> directions = StrideTemplateReferences.run(data);
        assertEquals(2, directions.size());
        for (Direction d : directions) {
            assertEquals(7, d.ensemble().size());
            assertEquals(StrideTemplateReferences.ENVELOPES.size(), d.samples().size());
            assertEquals(StrideTemplateReferences.ENVELOPES.size(), d.ownStrides().size());
            d.ensemble().forEach(m -> assertTrue(Double.isFinite(m.ensembleR2()), m.toString()));
            for (int m = 0; m < d.samples().size(); m++) {
                assertTrue(Math.abs(d.samples().get(m).r()) <= 1, d.samples().get(m).toString());
                assertTrue(Double.isFinite(d.ownStrides().get(m).peakRatio()), d.ownStrides().get(m).toString());
                assertTrue(d.phaseBound()[m] >= 0 && d.phaseBound()[m] <= 1, "η " + d.phaseBound()[m]);
                assertTrue(d.peakVariation()[m] > 0, "stride peak CV " + d.peakVariation()[m]);
            }
        }
        String report = StrideTemplateReferences.markdown(directions);
        assertTrue(report.contains("walk36 → walk45") && report.contains("walk45 → walk36"));
    }

    @Test
    void aTrialsOwnTemplateReproducesItsOwnMeanCycles() {
        // Applied to the trial it was averaged from, the template differs from the trial's mean cycles only by
        // the 100-bin averaging and by heel strikes taken from the knee angle instead of the force plate
        // (within 20 ms, docs/gait-emg.md): the ensemble R² must be close to 1. A phase that is misaligned
        // (shifted or mirrored) or EMG scaled otherwise than the evaluation scales it would fail this.
        for (String name : GaitEmgValidation.TRIALS) {
            GaitTrial trial = GaitTrialReader.folder(data.resolve(name)).muscles(StrideTemplateReferences.ENVELOPES)
                    .read();
            for (MuscleMetrics m : StrideTemplateReferences.direction(trial, trial).ensemble()) {
                assertTrue(m.ensembleR2() > 0.97, name + " " + m);
            }
        }
    }
}

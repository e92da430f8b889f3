package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The second correlation reading (held-out trials concatenated) and the force × scale recovery. */
class PooledScoresTest {

    @Test
    void pooledCorrelationIsDefinedWhereEveryTrialIsFlat() {
        PooledSeries pooled = new PooledSeries();
        // truth flat within each trial (per-trial r undefined), at a different level per trial
        pooled.add("NMM", "TRImed", new double[] {0.1, 0.2}, new double[] {0.1, 0.1});
        pooled.add("NMM", "TRImed", new double[] {0.3, 0.4}, new double[] {0.3, 0.3});
        List<TrialScore> scores = pooled.scores("s1");
        assertEquals(1, scores.size());
        TrialScore s = scores.get(0);
        assertEquals(SubjectResult.POOLED, s.trial());
        // estimate deviations from 0.25: -.15 -.05 .05 .15; truth deviations from 0.2: -.1 -.1 .1 .1
        // r = 0.04 / sqrt(0.05 * 0.04) = 2/sqrt(5); RMSE = sqrt((0 + .01 + 0 + .01) / 4) = sqrt(0.005)
        assertEquals(2 / Math.sqrt(5), s.r(), 1e-12);
        assertEquals(Math.sqrt(0.005), s.rmse(), 1e-12);
        assertTrue(Double.isNaN(Metrics.pearson(new double[] {0.1, 0.2}, new double[] {0.1, 0.1})));
    }

    @Test
    void studyAveragesPooledCorrelationOverSubjectsAndPrintsBothReadings() {
        TrialScore trial = new TrialScore("s1", 2, "2kg/trial03", "NMM", "BRA", 0.1, 0.5);
        SubjectResult a = new SubjectResult("s1", List.of("BRA"), List.of(trial), Map.of("NMM", 4.0), null, 1,
                Map.of(), List.of(new TrialScore("s1", Double.NaN, SubjectResult.POOLED, "NMM", "BRA", 0.1, 0.8)));
        SubjectResult b = new SubjectResult("s2", List.of("BRA"), List.of(trial), Map.of("NMM", 4.0), null, 1,
                Map.of(), List.of(new TrialScore("s2", Double.NaN, SubjectResult.POOLED, "NMM", "BRA", 0.1, 0.6)));
        StudyResult r = new StudyResult(1, List.of(a, b));
        assertEquals(0.7, r.meanPooledR("NMM", "BRA"), 1e-12); // (0.8 + 0.6) / 2
        assertEquals(0.5, r.meanR("NMM", "BRA"), 1e-12); // per-trial reading unchanged
        assertTrue(r.table().contains("r over each subject's concatenated held-out trials, mean over subjects: NMM "
                + "BRA 0.700"), r.table());
    }

    @Test
    void forceScaleProductsAverageOverSubjectsThatHaveThem() {
        SubjectResult.ParameterRecovery with = new SubjectResult.ParameterRecovery(10, 4, 3, 11, 4, 3, Map.of(), 6, 20);
        SubjectResult.ParameterRecovery without = new SubjectResult.ParameterRecovery(12, 2, 1, 13, 2, 1, Map.of());
        StudyResult r = new StudyResult(1, List.of(
                new SubjectResult("s1", List.of(), List.of(), Map.of(), with, 1, Map.of()),
                new SubjectResult("s2", List.of(), List.of(), Map.of(), without, 1, Map.of())));
        double[] rec = r.meanRecovery();
        assertEquals(11, rec[0], 1e-12); // (10 + 12) / 2
        assertEquals(6, rec[6], 1e-12); // only s1 has the product
        assertEquals(20, rec[7], 1e-12);
    }
}

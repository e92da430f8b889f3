package org.neuromsk.validation.gait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.metrics.Agreement;

class StrideAmplitudeKinematicsTest {

    @Test
    void leaveOneOutRidgeFindsAPlantedLinearRelationAndNothingInNoise() {
        Random random = new Random(5);
        int n = 50;
        double[][] x = new double[n][4];
        double[] planted = new double[n];
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = random.nextGaussian();
            }
            planted[i] = 3 + 2 * x[i][0] - x[i][1] + 0.1 * random.nextGaussian();
            noise[i] = random.nextGaussian();
        }
        assertTrue(Agreement.r2(planted,
                StrideAmplitudeKinematics.leaveOneOutRidge(x, planted, 1)) > 0.95);
        // a sample never helps predict itself: pure noise gives no positive out-of-sample R²
        assertTrue(Agreement.r2(noise,
                StrideAmplitudeKinematics.leaveOneOutRidge(x, noise, 1)) < 0.05);
    }

    @Test
    void everyEnvelopeOfBothWalksIsAnalysedOverItsCompleteStrides() {
        Path data = TestData.require(GaitEmgValidation.DATA);
        for (String t : GaitEmgValidation.TRIALS) {
            List<StrideAmplitudeKinematics.MuscleResult> results = StrideAmplitudeKinematics.analyse(
                    GaitTrialReader.folder(data.resolve(t)).muscles(StrideTemplateReferences.ENVELOPES).read(),
                    StrideTemplateReferences.ENVELOPES);
            System.out.println(t + "\n" + StrideAmplitudeKinematics.table(results));
            assertEquals(StrideTemplateReferences.ENVELOPES.size(), results.size());
            for (StrideAmplitudeKinematics.MuscleResult r : results) {
                // about 53–57 strides per trial
                assertTrue(r.strides() >= 45 && r.strides() <= 60, t + " " + r);
                for (double v : new double[] {r.patternR(), r.scaledR(), r.oracleR()}) {
                    assertTrue(v > -1 && v < 1, t + " " + r);
                }
                assertEquals(StrideAmplitudeKinematics.PENALTIES.length, r.r2().length);
                for (double v : r.r2()) {
                    assertTrue(v < 1, t + " " + r);
                }
            }
        }
    }
}

package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.neuromsk.training.EpochLoss;

/** Training on a small subject made with the NMM's own physics. */
class NmmFitTest {

    private static SubjectData subject;

    @BeforeAll
    static void data() {
        subject = SyntheticElbow.subject(3.0, 2);
    }

    @Test
    void trainingLowersTheLossAndPredictsWholeTrials() {
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(6), null)) {
            List<EpochLoss> history = fit.history();
            assertTrue(history.get(history.size() - 1).trainLoss() < history.get(0).trainLoss());
            TrialData trial = subject.heldOut().get(0);
            NmmPrediction p = fit.predict(trial);
            assertEquals(trial.frames(), p.moment().length);
            for (double[] row : p.excitation()) {
                for (double u : row) {
                    assertTrue(u > 0 && u < 1);
                }
            }
            // all parameters stay inside their bounds
            double[] f = fit.physicalValues().get("max_isometric_force");
            double[] generic = fit.generic().maxIsometricForces();
            for (int m = 0; m < f.length; m++) {
                assertTrue(f[m] > 0.5 * generic[m] && f[m] < 1.6 * generic[m]);
            }
        }
    }

    @Test
    void sameSeedSameModelAnotherSeedAnother() {
        double[] a;
        double[] b;
        double[] c;
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2).withSeed(3), null)) {
            a = fit.history().stream().mapToDouble(EpochLoss::trainLoss).toArray();
        }
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2).withSeed(3), null)) {
            b = fit.history().stream().mapToDouble(EpochLoss::trainLoss).toArray();
        }
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2).withSeed(4), null)) {
            c = fit.history().stream().mapToDouble(EpochLoss::trainLoss).toArray();
        }
        assertArrayEquals(a, b, 0);
        assertNotEquals(a[1], c[1]);
    }

    @Test
    void withoutPersonalisationTheParametersStayGeneric() {
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2).withoutPersonalisation(),
                null)) {
            assertArrayEquals(fit.generic().maxIsometricForces(), fit.physicalValues().get("max_isometric_force"),
                    1e-3 * 1000);
        }
    }
}

package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.neuromsk.error.NeuroMskException;
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

    @Test
    void refinementFitsTheNewTrialKeepsTheSubjectsParametersAndLeavesTheModelAlone() {
        TrialData trial = subject.heldOut().get(0);
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(4), null)) {
            NmmPrediction before = fit.predict(trial);
            double[] forces = fit.physicalValues().get("max_isometric_force").clone();
            double[] weights = fit.physicalValues().get("synergy_weights");
            double unrefined = Metrics.rmse(before.moment(), trial.moment());
            try (FittedNmm refined = NmmFit.refine(fit, trial, 30)) {
                List<EpochLoss> history = refined.history();
                assertEquals(30, history.size());
                assertTrue(history.get(29).trainLoss() < history.get(0).trainLoss());
                assertTrue(Metrics.rmse(refined.predict(trial).moment(), trial.moment()) < unrefined);
                assertArrayEquals(forces, refined.physicalValues().get("max_isometric_force"), 1e-9);
                if (weights != null) {
                    assertArrayEquals(weights, refined.physicalValues().get("synergy_weights"), 1e-9);
                }
            }
            assertArrayEquals(before.moment(), fit.predict(trial).moment(), 0);
        }
    }

    @Test
    void refiningOnAListOfOneTrialIsTheSingleTrialRefinement() {
        TrialData trial = subject.heldOut().get(0);
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2), null);
                FittedNmm single = NmmFit.refine(fit, trial, 3);
                FittedNmm list = NmmFit.refine(fit, List.of(trial), 3)) {
            // same fit, same seed, same windows: the same Adam steps, bit for bit
            assertArrayEquals(single.history().stream().mapToDouble(EpochLoss::trainLoss).toArray(),
                    list.history().stream().mapToDouble(EpochLoss::trainLoss).toArray(), 0);
            assertArrayEquals(single.predict(trial).moment(), list.predict(trial).moment(), 0);
            assertArrayEquals(single.predict(trial).excitation()[2], list.predict(trial).excitation()[2], 0);
            // and it did train: the refined network predicts otherwise than the fitted one
            assertTrue(Metrics.rmse(fit.predict(trial).moment(), list.predict(trial).moment()) > 0);
        }
    }

    @Test
    void refiningOnSeveralTrialsTrainsOneNetworkOnAllAndKeepsTheParameters() {
        List<TrialData> trials = subject.heldOut().subList(0, 2);
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2).with("{\"refineEpochs\": 3}"),
                null);
                FittedNmm first = NmmFit.refine(fit, trials.get(0), 3);
                FittedNmm both = NmmFit.refine(fit, trials, 3)) {
            assertEquals(3, both.history().size());
            for (String group : fit.physicalValues().keySet()) {
                // τ, delay, F_iso, l_opt, l_Ts, EMG scales and synergy weights: as fitted, to the bit's rounding
                assertArrayEquals(fit.physicalValues().get(group), both.physicalValues().get(group), 1e-9, group);
            }
            // the second trial's windows changed the training: another network than from the first alone
            assertTrue(Metrics.rmse(first.predict(trials.get(0)).moment(), both.predict(trials.get(0)).moment()) > 0);
            // predictNew on a list is one refinement on all of them (the settings' 3 epochs)
            List<NmmPrediction> predicted = fit.predictNew(trials);
            assertEquals(2, predicted.size());
            assertArrayEquals(both.predict(trials.get(1)).moment(), predicted.get(1).moment(), 0);
        }
    }

    @Test
    void refinementRefusesATrialCarryingAHiddenMusclesSignal() {
        TrialData trial = subject.heldOut().get(0);
        int bra = SyntheticElbow.MUSCLES.indexOf("BRA");
        double[][] envelopes = trial.envelopes().clone();
        envelopes[bra] = trial.trueExcitation()[bra];
        TrialData leaking = new TrialData(trial.name(), trial.loadMass(), trial.time(), trial.angle(), trial.speed(),
                trial.acceleration(), trial.moment(), envelopes, trial.lengths(), trial.lengtheningSpeeds(),
                trial.momentArms(), null, null, null);
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(1), null)) {
            NeuroMskException e = assertThrows(NeuroMskException.class, () -> NmmFit.refine(fit, List.of(trial,
                    leaking), 1));
            assertTrue(e.getMessage().contains("hidden muscle BRA"), e.getMessage());
            assertThrows(NeuroMskException.class, () -> NmmFit.refine(fit, List.of(), 1));
        }
    }

    @Test
    void predictNewRefinesOnlyWhenTheSettingsSaySo() {
        TrialData trial = subject.heldOut().get(0);
        try (FittedNmm plain = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2)
                .with("{\"refineEpochs\": 0}"), null);
                FittedNmm refining = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2)
                        .with("{\"refineEpochs\": 3}"), null)) {
            assertArrayEquals(plain.predict(trial).moment(), plain.predictNew(trial).moment(), 0);
            // same seed and training: the two fits are the same network until the refinement
            assertArrayEquals(plain.predict(trial).moment(), refining.predict(trial).moment(), 0);
            assertTrue(Metrics.rmse(plain.predict(trial).moment(), refining.predictNew(trial).moment()) > 0);
        }
        assertThrows(NeuroMskException.class, () -> NmmSettings.defaults().with("{\"refineEpochs\": -1}"));
    }

    @Test
    void momentInputGivesTheNetworkTheInverseDynamicsMoment() {
        NmmSettings settings = NmmSettings.defaults().withMaxEpochs(1).with("{\"momentInput\": true}");
        TrialData trial = subject.training().get(0);
        float[][] rows = NmmSamples.inputs(trial, settings);
        List<String> names = NmmSamples.featureNames(subject, settings);
        int column = names.indexOf(subject.coordinate() + "_moment");
        assertEquals(4, column);
        for (int t = 0; t < trial.frames(); t++) {
            assertEquals((float) trial.moment()[t], rows[t][column]);
        }
        NmmSettings without = settings.with("{\"momentInput\": false}");
        assertEquals(-1, NmmSamples.featureNames(subject, without).indexOf(subject.coordinate() + "_moment"));
        assertEquals(NmmSamples.inputs(trial, without)[0].length + 1, rows[0].length);
        try (FittedNmm fit = NmmFit.fit(subject, settings, null)) {
            assertEquals(names, fit.network().networkFeatures());
            assertEquals(trial.frames(), fit.predict(trial).moment().length);
        }
    }
}

package org.neuromsk.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;

class SubjectSamplerTest {

    /** The elbow model as bundled (a build copy of models-osim/elbow.osim). */
    static Path bundledModel(Path dir) throws Exception {
        Path target = dir.resolve("elbow.osim");
        try (var in = SubjectSamplerTest.class.getResourceAsStream(VirtualSubjects.BUNDLED_MODEL)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void subjectsAreReproducibleWithinRangesAndDifferAcrossSeeds(@TempDir Path dir) throws Exception {
        Model nominal = ModelLoader.load(bundledModel(dir));
        PerturbationRanges ranges = PerturbationRanges.defaults();
        SubjectSampler sampler = new SubjectSampler(nominal, ranges, CoContractionMode.SHARED);
        SubjectTruth a = sampler.draw(5, 2);
        assertEquals(a, new SubjectSampler(nominal, ranges, CoContractionMode.SHARED).draw(5, 2), "same seed and index, same subject");
        assertNotEquals(a.muscles(), sampler.draw(6, 2).muscles(), "another seed gives another subject");
        assertNotEquals(a.muscles(), sampler.draw(5, 3).muscles(), "another index gives another subject");
        assertEquals("subject02", a.id());
        for (MuscleTruth m : a.muscles()) {
            // nominal values are the file's: BIClong F_iso 624.3 N (Holzbaur et al. 2005)
            if (m.name().equals("BIClong")) {
                assertEquals(624.3, m.nominalMaxIsometricForce(), 1e-12);
            }
            assertTrue(m.maxIsometricForceScale() >= 0.75 && m.maxIsometricForceScale() <= 1.25, m.name());
            assertTrue(m.optimalFiberLengthScale() >= 0.93 && m.optimalFiberLengthScale() <= 1.07, m.name());
            assertTrue(m.tendonSlackLengthScale() >= 0.93 && m.tendonSlackLengthScale() <= 1.07, m.name());
            assertTrue(m.emgScale() >= 0.6 && m.emgScale() <= 1.2, m.name());
        }
        assertTrue(a.activationTimeConstant() >= 0.010 && a.activationTimeConstant() <= 0.020);
        assertTrue(a.deactivationTimeConstant() >= 0.040 && a.deactivationTimeConstant() <= 0.060);
        assertTrue(a.emgDelay() >= 0.010 && a.emgDelay() <= 0.040);
    }

    @Test
    void sharedModeGivesOnePhaseAndLeavesEveryOtherValueOfTheSeedAsPerMuscleModeDraws(@TempDir Path dir)
            throws Exception {
        Model nominal = ModelLoader.load(bundledModel(dir));
        PerturbationRanges ranges = PerturbationRanges.defaults();
        for (int index = 1; index <= 3; index++) {
            SubjectTruth shared = new SubjectSampler(nominal, ranges, CoContractionMode.SHARED).draw(7, index);
            SubjectTruth perMuscle = new SubjectSampler(nominal, ranges, CoContractionMode.PER_MUSCLE).draw(7, index);
            assertEquals(CoContractionMode.SHARED, shared.coContractionMode());
            assertEquals(CoContractionMode.PER_MUSCLE, perMuscle.coContractionMode());
            double phase = shared.muscles().get(0).coContractionPhase();
            assertTrue(phase >= 0 && phase < 2 * Math.PI, "phase " + phase);
            assertEquals(7, perMuscle.muscles().stream().mapToDouble(MuscleTruth::coContractionPhase).distinct()
                    .count(), "per-muscle mode: seven independent phases");
            for (int m = 0; m < shared.muscles().size(); m++) {
                MuscleTruth s = shared.muscles().get(m);
                MuscleTruth p = perMuscle.muscles().get(m);
                assertEquals(phase, s.coContractionPhase(), 0.0, s.name() + ": one phase for every muscle");
                assertNotEquals(p.coContractionPhase(), s.coContractionPhase(), s.name());
                // every other value is the same draw: the shared phase is drawn after all of them
                assertEquals(p.withCoContractionPhase(phase), s, s.name());
            }
            assertEquals(perMuscle.activationTimeConstant(), shared.activationTimeConstant(), 0.0);
            assertEquals(perMuscle.deactivationTimeConstant(), shared.deactivationTimeConstant(), 0.0);
            assertEquals(perMuscle.emgDelay(), shared.emgDelay(), 0.0);
            assertEquals(perMuscle.coContractionLevel(), shared.coContractionLevel(), 0.0);
            assertEquals(perMuscle.coContractionLoadGain(), shared.coContractionLoadGain(), 0.0);
            assertEquals(perMuscle.coContractionPeriod(), shared.coContractionPeriod(), 0.0);
            // b_m(t) / (level·w_m·(1 + gain·load)) = 1 + 0.3·sin(2πt/P + φ): the same for every muscle when shared
            double t = 0.37 * shared.coContractionPeriod();
            double expected = 1 + 0.3 * Math.sin(2 * Math.PI * 0.37 + phase);
            for (int m = 0; m < shared.muscles().size(); m++) {
                double scale = shared.coContractionLevel() * shared.muscles().get(m).coContractionWeight()
                        * (1 + shared.coContractionLoadGain() * 2.0);
                assertEquals(expected, shared.baselineActivation(m, t, 2.0) / scale, 1e-12);
            }
        }
    }

    @Test
    void coContractionModesParseTheirLabelsAndRefuseOthersInOneLine() {
        assertEquals(CoContractionMode.SHARED, CoContractionMode.parse("mode", "shared"));
        assertEquals(CoContractionMode.PER_MUSCLE, CoContractionMode.parse("mode", "per-muscle"));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> CoContractionMode.parse("mode", "PER_MUSCLE"));
        assertEquals("mode must be shared or per-muscle, got 'PER_MUSCLE'", e.getMessage());
        assertEquals(CoContractionMode.SHARED, GeneratorSettings.defaults(1, 1).coContraction());
    }

    @Test
    void aModelWithoutBrachialisIsRefusedByName(@TempDir Path dir) throws Exception {
        Path model = bundledModel(dir);
        Path broken = dir.resolve("no_bra.osim");
        Files.writeString(broken, Files.readString(model).replace("name=\"BRA\"", "name=\"BRAx\""));
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new SubjectSampler(ModelLoader.load(broken), PerturbationRanges.defaults(),
                        CoContractionMode.SHARED));
        assertTrue(e.getMessage().contains("lacks muscle 'BRA'"), e.getMessage());
    }

    @Test
    void reversedRangesAreRefused() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> new Range(1.2, 0.8));
        assertTrue(e.getMessage().contains("min <= max"), e.getMessage());
    }
}

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
        SubjectSampler sampler = new SubjectSampler(nominal, ranges);
        SubjectTruth a = sampler.draw(5, 2);
        assertEquals(a, new SubjectSampler(nominal, ranges).draw(5, 2), "same seed and index, same subject");
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
    void aModelWithoutBrachialisIsRefusedByName(@TempDir Path dir) throws Exception {
        Path model = bundledModel(dir);
        Path broken = dir.resolve("no_bra.osim");
        Files.writeString(broken, Files.readString(model).replace("name=\"BRA\"", "name=\"BRAx\""));
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new SubjectSampler(ModelLoader.load(broken), PerturbationRanges.defaults()));
        assertTrue(e.getMessage().contains("lacks muscle 'BRA'"), e.getMessage());
    }

    @Test
    void reversedRangesAreRefused() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> new Range(1.2, 0.8));
        assertTrue(e.getMessage().contains("min <= max"), e.getMessage());
    }
}

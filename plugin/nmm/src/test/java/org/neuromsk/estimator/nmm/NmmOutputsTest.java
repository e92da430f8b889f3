package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/** Outputs of a fitted NMM: trial tables, a personalised model that loads again, the saved model folder. */
class NmmOutputsTest {

    @TempDir
    Path dir;

    @Test
    void personalisedModelCarriesTheFittedValuesAndLoads() {
        Path target = dir.resolve("personalised.osim");
        try (MskModel generic = new EmbeddedBackend().loadModel(SyntheticElbow.MODEL, w -> { })) {
            MuscleParameters bra = generic.muscleParameters("BRA");
            Map<String, MuscleParameters> changed = Map.of("BRA", bra.withMaxIsometricForce(1234.5)
                    .withOptimalFiberLength(0.091).withTendonSlackLength(0.052));
            NmmOutputs.writeModel(generic, changed, 0.012, 0.061, target);
        }
        Thelen2003Muscle.Parameters p = ((Thelen2003Muscle) ModelLoader.load(target).muscles().get("BRA")).parameters();
        assertEquals(1234.5, p.maxIsometricForce(), 1e-9);
        assertEquals(0.091, p.optimalFiberLength(), 1e-12);
        assertEquals(0.052, p.tendonSlackLength(), 1e-12);
        assertEquals(0.012, p.activationTimeConstant(), 1e-12);
        assertEquals(0.061, p.deactivationTimeConstant(), 1e-12);
        // the other muscles keep their parameters
        Thelen2003Muscle.Parameters bic = ((Thelen2003Muscle) ModelLoader.load(target).muscles().get("BIClong"))
                .parameters();
        Thelen2003Muscle.Parameters original = ((Thelen2003Muscle) ModelLoader.load(SyntheticElbow.MODEL).muscles()
                .get("BIClong")).parameters();
        assertEquals(original.maxIsometricForce(), bic.maxIsometricForce(), 1e-9);
    }

    @Test
    void fittedModelWritesTrialTablesAndItsFolder() throws Exception {
        SubjectData subject = SyntheticElbow.subject(2.0, 2);
        try (FittedNmm fit = NmmFit.fit(subject, NmmSettings.defaults().withMaxEpochs(2), null)) {
            TrialData trial = subject.heldOut().get(0);
            NmmPrediction p = fit.predict(trial);
            List<Path> files = NmmOutputs.writeTrial(subject, trial, p, dir);
            assertEquals(4, files.size());
            Storage envelopes = StorageReader.read(files.get(0));
            assertEquals(SyntheticElbow.MUSCLES, envelopes.labels());
            assertEquals(trial.frames(), envelopes.rowCount());
            Storage moment = StorageReader.read(files.get(3));
            assertArrayEquals(trial.moment(), moment.column("r_elbow_flex_moment_id"), 1e-9);
            fit.save(dir.resolve("model"));
            assertTrue(Files.exists(dir.resolve("model").resolve("network.json")));
            assertTrue(Files.readString(dir.resolve("model").resolve("network.json")).contains("\"type\": \"nmm\""));
        }
    }
}

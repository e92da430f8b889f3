package org.neuromsk.estimator.nmm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.ModelFiles;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineFileException;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.estimator.Estimators;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

class NmmEstimatorTest {

    @Test
    void theServiceEntryMakesTheNmmAvailableAndItEstimatesEveryMuscle(@TempDir Path dir) {
        assertTrue(Estimators.available().contains("nmm"), Estimators.available().toString());
        VirtualSubjects.generate(GeneratorSettings.defaults(1, 4).withLoads(List.of(2.0)).withTrialsPerLoad(1)
                .withVerify(false), dir, w -> { });
        Path folder = dir.resolve("subject01").resolve("2kg");
        Path motion = folder.resolve("trial01_coordinates.sto");
        Storage emg = StorageReader.read(folder.resolve("trial01_envelopes.sto"));
        EstimatorInput input = new EstimatorInput(folder.resolve("nominal_model.osim"), StorageReader.read(motion),
                motion, Optional.empty(), Optional.of(emg), Map.of(), 2, 1, Map.of("loadMass", 2.0, "epochs", 2.0));
        Estimator nmm = Estimators.create("nmm");
        Estimate e = nmm.estimate(input, w -> { });
        Storage u = e.excitations();
        assertEquals(List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat", "TRImed"), u.labels());
        // 100 Hz frames over the trial
        Storage m = StorageReader.read(motion);
        assertEquals(Math.floor((m.endTime() - m.startTime()) * 100 + 1e-6) + 1, u.rowCount());
        for (int c = 0; c < u.columnCount(); c++) {
            for (double v : u.column(c)) {
                assertTrue(v >= 0.01 && v <= 1, "excitation " + v);
            }
        }
        assertEquals(7, e.personalised().size());
        assertEquals(2, e.personalisedTimeConstants().orElseThrow().length);
        // the MSE baseline keeps the measured muscles at their envelopes
        Storage mse = e.baselines().get(NmmEstimator.MSE);
        assertEquals(emg.value(0, emg.labels().indexOf("BIClong")), mse.value(0, mse.labels().indexOf("BIClong")),
                1e-12);
        assertTrue(!nmm.concurrentMembers());
    }

    @Test
    void aPipelineFileChoosingTheNmmWithoutEmgFailsBeforeAnyComputation(@TempDir Path dir) throws IOException {
        Path elbow = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("motion.mot"), "motion\nversion=1\nnRows=3\nnColumns=2\n"
                + "inDegrees=yes\nendheader\ntime\tr_elbow_flex\n0\t20\n0.01\t21\n0.02\t22\n");
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + elbow.toString().replace("\\", "/")
                + "\", \"motion\": \"motion.mot\", \"estimator\": {\"type\": \"nmm\"}, \"output\": \"out\"}");
        PipelineFileException e = assertThrows(
                PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of("emg: required by estimator nmm (EMG envelopes of the measured muscles)"), e.problems());
        assertTrue(!Files.exists(dir.resolve("out")));
    }

    @Test
    void aCoordinateTheModelLacksIsReportedWithTheFilesOtherProblems(@TempDir Path dir) throws IOException {
        Path elbow = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("motion.mot"), "motion\nversion=1\nnRows=3\nnColumns=2\n"
                + "inDegrees=yes\nendheader\ntime\tr_elbow_flex\n0\t20\n0.01\t21\n0.02\t22\n");
        Files.writeString(dir.resolve("emg.sto"), "emg\nversion=1\nnRows=3\nnColumns=2\n"
                + "inDegrees=no\nendheader\ntime\tBIClong\n0\t0.1\n0.01\t0.2\n0.02\t0.3\n");
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + elbow.toString().replace("\\", "/")
                + "\", \"motion\": \"motion.mot\", \"emg\": \"emg.sto\", \"estimator\": {\"type\": \"nmm\","
                + " \"options\": {\"coordinate\": \"knee_angle_r\"}}, \"output\": \"out\"}");
        PipelineFileException e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of("estimator.options.coordinate: 'knee_angle_r' is not a coordinate of elbow.osim"),
                e.problems());
        assertTrue(!Files.exists(dir.resolve("out")));
    }
    /**
     * A disabled muscle (appliesForce false) moves nothing in OpenSim's or our forward simulation, so the NMM
     * must not let it carry moment: it is left out of the physics and of the estimate, and a note says so.
     */
    @Test
    void aDisabledMuscleIsLeftOutOfThePhysicsAndTheEstimate(@TempDir Path dir) throws IOException {
        VirtualSubjects.generate(GeneratorSettings.defaults(1, 4).withLoads(List.of(2.0)).withTrialsPerLoad(1)
                .withVerify(false), dir, w -> { });
        Path folder = dir.resolve("subject01").resolve("2kg");
        Path model = ModelFiles.withForcesDisabled(folder.resolve("nominal_model.osim"),
                folder.resolve("without_brd.osim"), List.of("BRD"));
        Path motion = folder.resolve("trial01_coordinates.sto");
        Storage emg = StorageReader.read(folder.resolve("trial01_envelopes.sto"));
        EstimatorInput input = new EstimatorInput(model, StorageReader.read(motion), motion, Optional.empty(),
                Optional.of(emg), Map.of(), 2, 1, Map.of("loadMass", 2.0, "epochs", 2.0));

        Estimate e = Estimators.create("nmm").estimate(input, w -> { });

        assertEquals(List.of("BIClong", "BICshort", "BRA", "TRIlong", "TRIlat", "TRImed"), e.excitations().labels());
        assertEquals(6, e.personalised().size());
        assertTrue(e.notes().contains("NMM: 1 disabled muscle(s) (appliesForce false) left out: BRD"),
                e.notes().toString());
    }
}

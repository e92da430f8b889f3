package org.neuromsk.pipeline.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.estimator.gait.GaitEmgModel;
import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgTrainer;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.ModelFiles;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.training.Json;

/**
 * The gait estimator on gait2392 with med_gas_r disabled (appliesForce false): that muscle is not actuated,
 * so it gets no control column although the network estimates it, and the note counts the muscles that
 * apply force. A network trained for a few epochs on 8 s of walk36 stands in for a real one.
 */
class GaitTorqueMlpDisabledMuscleTest {

    @Test
    void aDisabledMuscleGetsNoControlColumn(@TempDir Path dir) throws IOException {
        Path data = TestData.require("ceinms-rt-lowerlimb");
        Path train = Files.createDirectories(dir.resolve("walk36"));
        for (String file : List.of("ik.sto", "id.sto", "emgFilt.sto")) {
            StorageWriter.write(StorageReader.read(data.resolve("data/walk36").resolve(file)).slice(0, 8),
                    train.resolve(file));
        }
        MuscleMapping mapping = MuscleMapping.parkAndParkTable1();
        GaitEmgSettings quick = Json.overlay(GaitEmgSettings.defaults(GaitEmgType.TORQUE), "{\"members\": 1, "
                + "\"training\": {\"maxEpochs\": 2}, \"pretraining\": {\"maxEpochs\": 2}}", GaitEmgSettings.class);
        try (GaitEmgModel model = new GaitEmgTrainer(GaitEmgType.TORQUE, quick, mapping).quiet(true)
                .train(List.of(GaitTrialReader.folder(train).muscles(mapping.opensimNames()).read()))) {
            model.save(dir.resolve("model"));
        }
        Path test = Files.createDirectories(dir.resolve("walk45"));
        for (String file : List.of("ik.sto", "id.sto")) {
            StorageWriter.write(StorageReader.read(data.resolve("data/walk45").resolve(file)).slice(0, 2),
                    test.resolve(file));
        }
        Path osim = ModelFiles.withForcesDisabled(data.resolve("model/gait2392.osim"),
                dir.resolve("gait2392_without_med_gas.osim"), List.of("med_gas_r"));
        Path motion = test.resolve("ik.sto");
        EstimatorInput input = new EstimatorInput(osim, StorageReader.read(motion), motion, Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, Map.of("modelFolder", "../model", "torques", "id.sto"));

        Estimate e = Estimators.create(GaitTorqueMlpEstimator.NAME).estimate(input, w -> { });

        Storage u = e.excitations();
        assertEquals(91, u.columnCount());
        assertFalse(u.hasColumn("med_gas_r"));
        assertTrue(u.hasColumn("soleus_r"));
        assertTrue(e.notes().stream().anyMatch(n -> n.startsWith("gait-torque-mlp: 6 of 91 muscles estimated")),
                e.notes().toString());
    }
}

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
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.ModelFiles;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.pipeline.testing.QuickGaitModel;

/**
 * The gait estimator on gait2392 with med_gas_r disabled (appliesForce false): that muscle is not actuated,
 * so it gets no control column although the network estimates it, and the note counts the muscles that
 * apply force ({@link QuickGaitModel} stands in for a real network).
 */
class GaitTorqueMlpDisabledMuscleTest {

    @Test
    void aDisabledMuscleGetsNoControlColumn(@TempDir Path dir) throws IOException {
        Path data = TestData.require("ceinms-rt-lowerlimb");
        QuickGaitModel.train(dir);
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

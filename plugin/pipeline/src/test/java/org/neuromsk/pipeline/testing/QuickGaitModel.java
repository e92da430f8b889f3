package org.neuromsk.pipeline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.estimator.gait.GaitEmgModel;
import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgTrainer;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.training.Json;

/**
 * A torque-based gait EMG model (Park &amp; Park's seven muscles) trained for two epochs on the first 8 s
 * of ceinms-rt-lowerlimb walk36: a stand-in for a real one where a test needs a saved model folder for
 * the {@code gait-torque-mlp} estimator, in about 5 s.
 */
public final class QuickGaitModel {

    private QuickGaitModel() {
    }

    /**
     * @param dir a scratch folder (gets {@code walk36/} with the trimmed trial and {@code model/})
     * @return the saved model folder
     * @throws IOException if a file cannot be written
     */
    public static Path train(Path dir) throws IOException {
        Path data = TestData.require("ceinms-rt-lowerlimb");
        Path train = Files.createDirectories(dir.resolve("walk36"));
        for (String file : List.of("ik.sto", "id.sto", "emgFilt.sto")) {
            StorageWriter.write(StorageReader.read(data.resolve("data/walk36").resolve(file)).slice(0, 8),
                    train.resolve(file));
        }
        MuscleMapping mapping = MuscleMapping.parkAndParkTable1();
        GaitEmgSettings quick = Json.overlay(GaitEmgSettings.defaults(GaitEmgType.TORQUE), "{\"members\": 1, "
                + "\"training\": {\"maxEpochs\": 2}, \"pretraining\": {\"maxEpochs\": 2}}", GaitEmgSettings.class);
        Path folder = dir.resolve("model");
        try (GaitEmgModel model = new GaitEmgTrainer(GaitEmgType.TORQUE, quick, mapping).quiet(true)
                .train(List.of(GaitTrialReader.folder(train).muscles(mapping.opensimNames()).read()))) {
            model.save(folder);
        }
        return folder;
    }
}

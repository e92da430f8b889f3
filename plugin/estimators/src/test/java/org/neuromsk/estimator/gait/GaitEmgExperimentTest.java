package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.FileFormatException;

class GaitEmgExperimentTest {

    @TempDir
    Path dir;

    @Test
    void readsTypeFoldersMusclesSeedAndOverrides() throws Exception {
        Path f = dir.resolve("exp.json");
        Files.writeString(f, "{\"type\": \"gait-emg-torque\", \"train\": [\"data/walk36\"], \"muscles\": [\"GM\", \"TA\"],"
                + " \"seed\": 5, \"model\": {\"members\": 2, \"training\": {\"maxEpochs\": 7}}}");
        GaitEmgExperiment e = GaitEmgExperiment.read(f);
        assertEquals(GaitEmgType.TORQUE, e.type());
        assertEquals(List.of(dir.resolve("data/walk36")), e.train());
        assertEquals(List.of("GM", "TA"), e.mapping().names());
        assertEquals(List.of("med_gas_r", "tib_ant_r"), e.mapping().opensimNames());
        assertEquals(5, e.settings().training().seed());
        assertEquals(5, e.settings().pretraining().seed());
        assertEquals(2, e.settings().members());
        assertEquals(7, e.settings().training().maxEpochs());
        // untouched settings keep the family's defaults
        assertEquals(150, e.settings().addedLayer());
        assertEquals(20, e.settings().training().patience());
    }

    @Test
    void mistakesAreReportedNamingTheFile() throws Exception {
        Path f = dir.resolve("exp.json");
        Files.writeString(f, "{\"type\": \"gait-emg-baseline\", \"train\": [\"x\"], \"model\": {\"lerningRate\": 1}}");
        FileFormatException e = assertThrows(FileFormatException.class, () -> GaitEmgExperiment.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()) && e.getMessage().contains("model.lerningRate"),
                e.getMessage());
        Files.writeString(f, "{\"type\": \"gait-emg-baseline\", \"train\": [\"x\"], \"muscles\": [\"TA\", \"GLU\"]}");
        assertTrue(assertThrows(FileFormatException.class, () -> GaitEmgExperiment.read(f)).getMessage()
                .contains("'GLU' is not in the mapping"));
        Files.writeString(f, "{\"type\": \"gait-emg-lstm\", \"train\": [\"x\"]}");
        assertTrue(assertThrows(FileFormatException.class, () -> GaitEmgExperiment.read(f)).getMessage()
                .contains("unknown estimator type 'gait-emg-lstm'"));
    }

    @Test
    void valuesThatWouldBeMisreadOrFailOnlyAtTrainingAreRefusedWhenRead() throws Exception {
        Path f = dir.resolve("exp.json");
        String start = "{\"type\": \"gait-emg-baseline\", \"train\": [\"x\"], ";
        assertEquals(f + ":1: key 'type' appears twice", message(f, "{\"type\": \"gait-emg-torque\", "
                + "\"type\": \"gait-emg-baseline\", \"train\": [\"x\"]}"));
        assertEquals(f + ": \"seed\" must be a whole number, got 1.7", message(f, start + "\"seed\": 1.7}"));
        assertEquals(f + ": \"seed\" must be a whole number, got \"abc\"", message(f, start + "\"seed\": \"abc\"}"));
        assertEquals(f + ": \"type\" must be text, got [\"gait-emg-baseline\"]",
                message(f, "{\"type\": [\"gait-emg-baseline\"], \"train\": [\"x\"]}"));
        assertEquals(f + ": \"train\" must list folder names (text), got {\"a\":1}",
                message(f, "{\"type\": \"gait-emg-baseline\", \"train\": [{\"a\": 1}]}"));
        assertEquals(f + ": \"muscles\" must list names (text), got 3", message(f, start + "\"muscles\": [3]}"));
        assertEquals(f + ": \"mapping\" must be a file name (text), got 3", message(f, start + "\"mapping\": 3}"));
        assertEquals(f + ": model: setting 'training.maxEpochs' must be a whole number, got 1.5",
                message(f, start + "\"model\": {\"training\": {\"maxEpochs\": 1.5}}}"));
        assertTrue(message(f, start + "\"model\": {\"training\": {\"maxEpochs\": -1}}}")
                .startsWith(f + ": model: training config: need maxEpochs ≥ 1"));
        // network shapes, checked before any trial is read (they used to fail when the first network was built)
        assertEquals(f + ": model: hidden layer sizes must be ≥ 1, got [0]", message(f, start + "\"model\": {\"hidden\": [0]}}"));
        assertEquals(f + ": model: dropout 1.5 outside [0, 1)", message(f, start + "\"model\": {\"dropout\": 1.5}}"));
        // an unknown activation used to become ReLU without a word
        assertEquals(f + ": model: setting 'activation' must be one of relu, tanh, sigmoid, gelu, elu, softplus, silu, "
                + "leaky_relu, got \"bogus\"", message(f, start + "\"model\": {\"activation\": \"bogus\"}}"));
        // gait-cycle rules, checked when the cycles were cut, after reading the trials, without the file
        assertEquals(f + ": model: segmentation needs a source, a side, rules and a positive force threshold",
                message(f, start + "\"model\": {\"forceThreshold\": -5}}"));
        assertEquals(f + ": model: cycle rules: need minDuration > 0 and maxDeviation > 0, got -1.0 s and 0.2",
                message(f, start + "\"model\": {\"minCycle\": -1}}"));
    }

    private static String message(Path f, String json) throws Exception {
        Files.writeString(f, json);
        return assertThrows(FileFormatException.class, () -> GaitEmgExperiment.read(f)).getMessage();
    }
}

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
}

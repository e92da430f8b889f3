package org.neuromsk.pipeline.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineFileException;

class GaitTorqueMlpOptionsTest {

    private static final Path ELBOW = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();

    @Test
    void everyBadOptionGetsOneLineNamingIt(@TempDir Path dir) throws IOException {
        Path trial = Files.createDirectories(dir.resolve("walk36"));
        Files.writeString(trial.resolve("ik.sto"), "");
        Files.createDirectories(dir.resolve("saved"));
        List<String> problems = new GaitTorqueMlpEstimator().optionProblems(Map.of("training",
                List.of("walk36", "nowhere"), "modelFolder", "saved", "torques", "id.sto", "seed", 0.5, "speed", 1.0),
                dir);
        assertEquals(List.of(
                "estimator.options.speed: unknown key (allowed: modelFolder, seed, torques, training)",
                "estimator.options.training: " + trial.resolve("id.sto") + " not found (a trial folder holds ik.sto, "
                        + "id.sto and emgFilt.sto)",
                "estimator.options.training: " + trial.resolve("emgFilt.sto") + " not found (a trial folder holds "
                        + "ik.sto, id.sto and emgFilt.sto)",
                "estimator.options.training: folder not found: " + dir.resolve("nowhere"),
                "estimator.options.modelFolder: " + dir.resolve("saved") + " is not a saved gait EMG model (no "
                        + "gait-emg.json)",
                "estimator.options.modelFolder: give either training or modelFolder, not both",
                "estimator.options.torques: file not found: " + dir.resolve("id.sto"),
                "estimator.options.seed: must be a whole number, got 0.5"), problems);
    }

    @Test
    void goodOptionsResolveRelativeToTheMotionFolder(@TempDir Path dir) throws IOException {
        Path trial = Files.createDirectories(dir.resolve("walk36"));
        for (String f : List.of("ik.sto", "id.sto", "emgFilt.sto")) {
            Files.writeString(trial.resolve(f), "");
        }
        Path motionFolder = Files.createDirectories(dir.resolve("walk45"));
        Files.writeString(motionFolder.resolve("id.sto"), "");
        GaitTorqueMlpOptions o = GaitTorqueMlpOptions.parse(Map.of("training", "../walk36", "torques", "id.sto",
                "seed", 7.0), motionFolder);
        assertEquals(List.of(trial), o.training());
        assertEquals(Optional.of(motionFolder.resolve("id.sto")), o.torques());
        assertEquals(Optional.empty(), o.modelFolder());
        assertEquals(7, o.seed());
        Files.createDirectories(dir.resolve("saved"));
        Files.writeString(dir.resolve("saved/gait-emg.json"), "{}");
        assertEquals(List.of(), GaitTorqueMlpOptions.problems(Map.of("modelFolder", "saved"), dir));
    }

    @Test
    void aBadPipelineFileFailsAtReadingWithTheOptionLinesAndWritesNothing(@TempDir Path dir) throws IOException {
        Path motion = dir.resolve("motion.mot");
        Files.writeString(motion, "motion\nversion=1\nnRows=3\nnColumns=2\ninDegrees=yes\nendheader\n"
                + "time\tr_elbow_flex\n0\t20\n0.01\t21\n0.02\t22\n");
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + ELBOW.toString().replace("\\", "/") + "\", \"motion\": "
                + "\"motion.mot\", \"estimator\": {\"type\": \"gait-torque-mlp\", \"options\": {\"training\": "
                + "\"walk36\", \"seed\": \"one\", \"epochs\": 3}}, \"output\": \"out\"}");
        PipelineFileException e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of(
                "estimator.options.epochs: unknown key (allowed: modelFolder, seed, torques, training)",
                "estimator.options.training: folder not found: " + dir.resolve("walk36"),
                "estimator.options.seed: must be a whole number, got one"), e.problems());
        assertFalse(Files.exists(dir.resolve("out")), "nothing may be written");
    }
}

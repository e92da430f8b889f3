package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;

/** The experiment file, settings and the errors bad input gives. */
class NmmExperimentTest {

    @TempDir
    Path dir;

    @Test
    void readsAnExperimentWithRelativePathsAndOverrides() throws Exception {
        Path file = dir.resolve("exp.json");
        Files.writeString(file, "{\"type\": \"nmm\", \"subjects\": [\"virtual/subject01\"], \"seed\": 7,"
                + " \"ablations\": false, \"model\": {\"maxEpochs\": 3, \"bounds\": {\"forceUpper\": 1.4}}}");
        assertTrue(NmmExperiment.handles(file));
        NmmExperiment e = NmmExperiment.read(file);
        assertEquals(List.of(dir.resolve("virtual/subject01").toAbsolutePath()), e.subjects());
        assertEquals(7, e.options().settings().seed());
        assertEquals(3, e.options().settings().maxEpochs());
        assertEquals(1.4, e.options().settings().bounds().forceUpper());
        // members the JSON leaves out keep their defaults
        assertEquals(ParameterBounds.defaults().fiberLower(), e.options().settings().bounds().fiberLower());
        assertFalse(e.options().ablations());
        assertTrue(e.options().baselines());
    }

    @Test
    void unknownKeysAndMissingSubjectsNameTheFile() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"type\": \"nmm\", \"subject\": [\"a\"]}");
        FileFormatException e = assertThrows(FileFormatException.class, () -> NmmExperiment.read(file));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("unknown key 'subject'"),
                e.getMessage());
        Files.writeString(file, "{\"type\": \"nmm\", \"subjects\": []}");
        e = assertThrows(FileFormatException.class, () -> NmmExperiment.read(file));
        assertTrue(e.getMessage().contains("\"subjects\" must list"), e.getMessage());
        Files.writeString(file, "{\"type\": \"gait-emg-torque\", \"train\": []}");
        assertFalse(NmmExperiment.handles(file));
    }

    @Test
    void badBoundsGiveClearErrors() throws Exception {
        Path file = dir.resolve("bounds.json");
        Files.writeString(file, "{\"type\": \"nmm\", \"subjects\": [\"s\"], \"model\": {\"bounds\": "
                + "{\"fiberLower\": 1.1}}}");
        FileFormatException e = assertThrows(FileFormatException.class, () -> NmmExperiment.read(file));
        assertTrue(e.getMessage().contains("bounds of optimal_fiber_length: factors must satisfy 0 < lower < 1 < upper"),
                e.getMessage());
        NeuroMskException n = assertThrows(NeuroMskException.class,
                () -> new ParameterBounds(0.5, 1.6, 0.8, 1.2, 0.85, 1.15, 1, 0.4, 2, 0.005, 0.04, 0.02, 0.12, 0.025, -0.01,
                        0.08));
        assertEquals("bounds: the delay cannot be negative, got lower bound -0.01", n.getMessage());
    }

    @Test
    void aModelLackingANamedMuscleIsRefused() {
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> GenericMuscles.read(SyntheticElbow.MODEL, List.of("BIClong", "brachialis")));
        assertTrue(e.getMessage().contains("the model has no muscle named 'brachialis'"), e.getMessage());
    }

    @Test
    void valuesThatWouldBeIgnoredOrFailOnlyWhenRunAreRefusedWhenRead() throws Exception {
        Path file = dir.resolve("exp.json");
        String start = "{\"type\": \"nmm\", \"subjects\": [\"s\"], ";
        assertEquals(file + ": model: unknown setting 'bogus' (known: ", message(file, start + "\"model\": {\"bogus\": 1}}")
                .substring(0, file.toString().length() + 41));
        assertEquals(file + ": model: setting 'maxEpochs' must be a whole number, got \"x\"",
                message(file, start + "\"model\": {\"maxEpochs\": \"x\"}}"));
        assertTrue(message(file, start + "\"model\": {\"bounds\": {\"forceLower\": 2, \"forceUpper\": 0.5}}}")
                .startsWith(file + ": model: bounds of max_isometric_force"));
        assertEquals(file + ": \"seed\" must be a whole number, got 1.5", message(file, start + "\"seed\": 1.5}"));
        assertEquals(file + ": \"ablations\" must be true or false, got \"yes\"",
                message(file, start + "\"ablations\": \"yes\"}"));
        assertEquals(file + ": \"frameRate\" must be a number > 0 (Hz), got 0", message(file, start + "\"frameRate\": 0}"));
        assertEquals(file + ": \"backend\" must be embedded, opensim or auto, got \"foo\"",
                message(file, start + "\"backend\": \"foo\"}"));
        assertEquals(file + ": \"subjects\" must list folder names (text), got 5", message(file, start.replace("\"s\"", "5")
                + "\"seed\": 1}"));
        assertEquals(file + ":1: key 'seed' appears twice", message(file, start + "\"seed\": 1, \"seed\": 2}"));
    }

    private static String message(Path file, String json) throws Exception {
        Files.writeString(file, json);
        return assertThrows(FileFormatException.class, () -> NmmExperiment.read(file)).getMessage();
    }
}

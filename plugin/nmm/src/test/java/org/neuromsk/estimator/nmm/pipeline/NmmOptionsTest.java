package org.neuromsk.estimator.nmm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineFileException;
import org.neuromsk.pipeline.estimator.Estimators;

class NmmOptionsTest {

    private static final Path ELBOW = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();
    private static final String ALLOWED = "(allowed: baselines, coordinate, epochs, frameRate, loadMass, seed)";

    @Test
    void everyBadOptionGetsOneLineNamingIt() {
        // frameRate: the 0.64 s training window needs two frames, so at least 2 / 0.64 = 3.125 Hz
        List<String> problems = Estimators.create(NmmEstimator.NAME).optionProblems(Map.of("coordinate", 3.0,
                "frameRate", 3.0, "loadMass", -1.0, "baselines", "yes", "epochs", 0.0, "seed", 1.5, "windowSize", 1.0),
                Path.of("."));
        assertEquals(List.of(
                "estimator.options.windowSize: unknown key " + ALLOWED,
                "estimator.options.coordinate: must be a coordinate name (a string), got 3.0",
                "estimator.options.frameRate: must be a frame rate (Hz) ≥ 3.125 (two frames per 0.64 s window), "
                        + "got 3.0",
                "estimator.options.loadMass: must be a mass ≥ 0 (kg), got -1.0",
                "estimator.options.baselines: must be true or false, got yes",
                "estimator.options.epochs: must be a whole number ≥ 1, got 0.0",
                "estimator.options.seed: must be a whole number, got 1.5"), problems);
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> NmmOptions.parse(Map.of("epochs", "many")));
        assertEquals("estimator nmm: 1 problem(s): estimator.options.epochs: must be a whole number ≥ 1, got many",
                e.getMessage());
    }

    @Test
    void goodOptionsAreReadWithTheirDefaults() {
        NmmOptions d = NmmOptions.parse(Map.of());
        assertEquals("r_elbow_flex", d.coordinate());
        assertEquals(100, d.frameRate());
        assertEquals(0, d.loadMass());
        assertTrue(d.baselines());
        assertEquals(40, d.settings().maxEpochs());
        assertEquals(1, d.settings().seed());
        NmmOptions o = NmmOptions.parse(Map.of("coordinate", "elbow", "frameRate", 50.0, "loadMass", 2.0,
                "baselines", false, "epochs", 3.0, "seed", 7.0));
        assertEquals("elbow", o.coordinate());
        assertEquals(50, o.frameRate());
        assertEquals(2, o.loadMass());
        assertFalse(o.baselines());
        assertEquals(3, o.settings().maxEpochs());
        assertEquals(7, o.settings().seed());
    }

    @Test
    void aBadPipelineFileFailsAtReadingWithTheOptionLinesAndWritesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("motion.mot"), "motion\nversion=1\nnRows=3\nnColumns=2\ninDegrees=yes\n"
                + "endheader\ntime\tr_elbow_flex\n0\t20\n0.01\t21\n0.02\t22\n");
        Files.writeString(dir.resolve("emg.sto"), "emg\nversion=1\nnRows=3\nnColumns=2\nendheader\n"
                + "time\tBIClong\n0\t0.1\n0.01\t0.1\n0.02\t0.1\n");
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + ELBOW.toString().replace("\\", "/") + "\", \"motion\": "
                + "\"motion.mot\", \"emg\": \"emg.sto\", \"estimator\": {\"type\": \"nmm\", \"options\": "
                + "{\"epochs\": 0, \"loadMass\": \"2 kg\", \"training\": \"x\"}}, \"output\": \"out\"}");
        PipelineFileException e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of(
                "estimator.options.training: unknown key " + ALLOWED,
                "estimator.options.loadMass: must be a number, got 2 kg",
                "estimator.options.epochs: must be a whole number ≥ 1, got 0.0"), e.problems());
        assertFalse(Files.exists(dir.resolve("out")), "nothing may be written");
    }
}

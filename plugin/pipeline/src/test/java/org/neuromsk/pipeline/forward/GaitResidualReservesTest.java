package org.neuromsk.pipeline.forward;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.testing.QuickGaitModel;

/**
 * The gait EMG estimator covers seven of gait2392's 92 muscles and leaves the reserves open. Open loop on
 * walk45's first 0.5 s, reserves at zero let the model leave the motion (60° from it) at 0.1 s, the
 * unestimated muscles sitting at the minimum excitation; with the residual reserves (the default) it
 * follows until 0.4 s, when the toes pass the limit: a 1e-4 kg·m² segment that leaves any open-loop
 * motion, even with reserves carrying its whole inverse-dynamics moment (DisabledMusclesTest).
 */
class GaitResidualReservesTest {

    @Test
    void residualReservesCarryWhatTheSevenEstimatedMusclesLeave(@TempDir Path dir) throws IOException {
        Path model = QuickGaitModel.train(dir);
        TrimmedMotion.write(TestData.require("ceinms-rt-lowerlimb/data/walk45/ik.sto"), 0.5, dir.resolve("ik.sto"));
        TrimmedMotion.write(TestData.require("ceinms-rt-lowerlimb/data/walk45/id.sto"), 0.5, dir.resolve("id.sto"));

        PipelineResult residual = run(dir, model, "{}", "residual");
        PipelineResult zero = run(dir, model, "{\"residualReserves\": false}", "zero");

        ForwardOutcome withResiduals = residual.forward().orElseThrow();
        ForwardOutcome without = zero.forward().orElseThrow();
        assertTrue(withResiduals.timeReached() >= 0.3, "residual reserves reached " + withResiduals.timeReached()
                + " s: " + withResiduals.cause().orElse(""));
        assertFalse(without.completed());
        assertTrue(without.timeReached() <= 0.15, "zero reserves reached " + without.timeReached() + " s");
        assertTrue(residual.estimate().reserveControls().orElseThrow().columnCount() == 23,
                residual.estimate().reserveControls().orElseThrow().labels().toString());
        assertTrue(residual.notes().stream().anyMatch(n -> n.startsWith("reserves: the estimator leaves them open, "
                + "so each of the 23 carries")), residual.notes().toString());
        assertTrue(zero.estimate().reserveControls().isEmpty());
    }

    private static PipelineResult run(Path dir, Path model, String forward, String out) throws IOException {
        Path file = dir.resolve(out + ".json");
        Files.writeString(file, "{\"model\": \"" + json(Walk45Start.model()) + "\", \"motion\": \"ik.sto\","
                + " \"estimator\": {\"type\": \"gait-torque-mlp\", \"ensemble\": 1, \"options\": {\"modelFolder\": \""
                + json(model) + "\", \"torques\": \"id.sto\"}}, \"forward\": " + forward + ", \"output\": \"" + out
                + "\"}");
        return Pipeline.run(PipelineFile.read(file), PipelineProgress.silent(), Map.of(), Map.of());
    }

    private static String json(Path p) {
        return p.toAbsolutePath().toString().replace("\\", "/");
    }
}

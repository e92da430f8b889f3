package org.neuromsk.pipeline.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.testing.ModelFiles;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;

/**
 * A model with disabled muscles (appliesForce false), here gait2392's eight toe muscles on walk45's first
 * 0.5 s: static optimisation leaves them out, as OpenSim's does, and the pipeline runs on (it used to stop
 * with "storage 'Static Optimization': has no column 'flex_dig_r'"). Open loop the toes still leave the
 * motion within 0.01 s, with the reserves carrying their whole inverse-dynamics moment: their divergence
 * does not come from the toe muscles (docs/validation.md).
 */
class DisabledMusclesTest {

    private static final List<String> TOE_MUSCLES = List.of("flex_dig_r", "flex_hal_r", "ext_dig_r", "ext_hal_r",
            "flex_dig_l", "flex_hal_l", "ext_dig_l", "ext_hal_l");

    @Test
    void staticOptimisationLeavesDisabledMusclesOutAndThePipelineRunsOn(@TempDir Path dir) throws IOException {
        Path model = ModelFiles.withForcesDisabled(Walk45Start.model(), dir.resolve("gait2392_no_toe_muscles.osim"),
                TOE_MUSCLES);

        PipelineResult r = Pipeline.run(PipelineFile.read(Walk45Start.pipeline(dir, "{}", model)),
                PipelineProgress.silent(), Map.of(), Map.of());

        List<String> estimated = r.estimate().excitations().labels();
        assertEquals(92 - TOE_MUSCLES.size(), estimated.size(), estimated.toString());
        assertTrue(TOE_MUSCLES.stream().noneMatch(estimated::contains), estimated.toString());
        ForwardOutcome forward = r.forward().orElseThrow();
        assertTrue(forward.states().isPresent(), forward.cause().orElse(""));
        KinematicsComparison.CoordinateError toe = r.kinematics().stream()
                .filter(e -> e.coordinate().equals("mtp_angle_r")).findFirst().orElseThrow();
        assertTrue(toe.driftTime() <= 0.02, "mtp_angle_r drifts beyond 5° at " + toe.driftTime() + " s");
    }
}

package org.neuromsk.pipeline.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;

/**
 * The documented case (docs/validation.md) where gait2392's {@code flex_dig_r} has no fibre-tendon
 * equilibrium at the start of ceinms-rt-lowerlimb walk45 (activation 0.01, the motion's shortening speed):
 * the forward check gives that muscle's fibre its length in equilibrium with the coordinates at rest (the
 * other muscles start in equilibrium at the motion's speeds), says so, and simulates instead of stopping
 * at t = 0.
 */
class EquilibriumAtRestTest {

    @Test
    void fibresAreEquilibratedAtRestWhenTheMotionsSpeedsGiveNoEquilibrium(@TempDir Path dir) throws IOException {
        Path file = Walk45Start.pipeline(dir, "{}");

        PipelineResult r = Pipeline.run(PipelineFile.read(file), PipelineProgress.silent(), Map.of(),
                Map.of());
        ForwardOutcome forward = r.forward().orElseThrow();
        assertTrue(forward.notes().stream().anyMatch(n -> n.contains("equilibrated with the coordinates at rest")
                && n.contains("flex_dig_r")), forward.notes().toString());
        // only that muscle starts at rest: the other 91 have an equilibrium at the motion's speeds
        assertEquals(1, forward.notes().stream().filter(n -> n.contains("cannot equilibrate muscle")).count(),
                forward.notes().toString());
        assertTrue(r.notes().containsAll(forward.notes()), "the report carries the note: " + r.notes());
        assertTrue(forward.states().isPresent() && forward.timeReached() > 0.05,
                "simulated from the equilibrated state: reached " + forward.timeReached() + " s");
    }
}

package org.neuromsk.pipeline.forward;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;

/**
 * The documented case (docs/validation.md) where gait2392's {@code flex_dig_r} has no fibre-tendon
 * equilibrium at the start of ceinms-rt-lowerlimb walk45 (activation 0.01, the motion's shortening speed):
 * the forward check equilibrates the fibres with the coordinates at rest, says so, and simulates instead
 * of stopping at t = 0.
 */
class EquilibriumAtRestTest {

    @Test
    void fibresAreEquilibratedAtRestWhenTheMotionsSpeedsGiveNoEquilibrium(@TempDir Path dir) throws IOException {
        Path model = TestData.require("ceinms-rt-lowerlimb/model/gait2392.osim");
        Path ik = TestData.require("ceinms-rt-lowerlimb/data/walk45/ik.sto");
        // the first 0.5 s (51 rows at 100 Hz) of the trial
        List<String> lines = Files.readAllLines(ik);
        int end = lines.indexOf(lines.stream().filter(l -> l.strip().equals("endheader")).findFirst().orElseThrow());
        List<String> trimmed = new ArrayList<>();
        for (String l : lines.subList(0, end + 1)) {
            trimmed.add(l.startsWith("nRows") ? "nRows=51" : l);
        }
        trimmed.addAll(lines.subList(end + 1, end + 2 + 51));
        Files.write(dir.resolve("ik.sto"), trimmed);
        Files.writeString(dir.resolve("p.json"), "{\"model\": \"" + model.toString().replace("\\", "/")
                + "\", \"motion\": \"ik.sto\", \"estimator\": {\"type\": \"static-optimization\", \"ensemble\": 1},"
                + " \"output\": \"out\"}");

        PipelineResult r = Pipeline.run(PipelineFile.read(dir.resolve("p.json")), PipelineProgress.silent(), Map.of(),
                Map.of());
        ForwardOutcome forward = r.forward().orElseThrow();
        assertTrue(forward.notes().stream().anyMatch(n -> n.contains("equilibrated with the coordinates at rest")
                && n.contains("flex_dig_r")), forward.notes().toString());
        assertTrue(r.notes().containsAll(forward.notes()), "the report carries the note: " + r.notes());
        assertTrue(forward.states().isPresent() && forward.timeReached() > 0.05,
                "simulated from the equilibrated state: reached " + forward.timeReached() + " s");
    }
}

package org.neuromsk.engine.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/** A muscle whose path the engine does not read is refused by the muscle analysis, not left out. */
class MuscleAnalysisMuscleTypesTest {

    @TempDir
    Path dir;

    private Storage motion() {
        double[] t = Motions.times(11, 100);
        return Motions.write(dir.resolve("swing.mot"), false, List.of("q"), t, Motions.sample(t, x -> 0.2 * x));
    }

    @Test
    void modelledMuscleIsReported() {
        Model model = ModelLoader.load(Motions.resource("pendulum_forces.osim"));
        MuscleAnalysis.Result result = new MuscleAnalysis(model).run(motion(), dir.resolve("swing.mot"), w -> { });
        assertTrue(result.lengths().labels().contains("mus"), result.lengths().labels().toString());
    }

    @Test
    void muscleOfAnUnreadClassIsRefusedByName() throws IOException {
        // OpenSim's MuscleAnalysis would report "mus" (a DeGrooteFregly2016Muscle); an output without it
        // would look complete.
        Path osim = dir.resolve("pendulum_degroote.osim");
        Files.writeString(osim, Files.readString(Motions.resource("pendulum_forces.osim"))
                .replace("Thelen2003Muscle", "DeGrooteFregly2016Muscle"));
        Model model = ModelLoader.load(osim);

        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new MuscleAnalysis(model).run(motion(), dir.resolve("swing.mot"), w -> { }));

        assertTrue(e.getMessage().startsWith(osim.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("mus (DeGrooteFregly2016Muscle)"), e.getMessage());
        assertFalse(e.getMessage().contains("spring"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}

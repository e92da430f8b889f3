package org.neuromsk.engine.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/** Motions too short for the coordinate splines are refused with a message naming the file. */
class ShortMotionTest {

    @TempDir
    Path dir;

    @Test
    void inverseDynamicsRefusesTwoRowsNamingTheFile() {
        Path motion = dir.resolve("two_rows.mot");
        Storage table = Motions.write(motion, false, List.of("q"), Motions.times(2, 100), new double[] {0, 0.1});
        Model model = ModelLoader.load(Motions.resource("pendulum.osim"));
        InverseDynamicsTool.Settings settings = new InverseDynamicsTool.Settings(-1, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, List.of("Muscles"));

        FileFormatException e = assertThrows(FileFormatException.class,
                () -> new InverseDynamicsTool(model).run(table, motion, List.of(), settings, w -> { }));

        assertEquals(motion, e.file());
        assertTrue(e.getMessage().contains("at least 3 rows, found 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void muscleAnalysisRefusesTwoRowsNamingTheFile() {
        Path motion = dir.resolve("two_rows.mot");
        Storage table = Motions.write(motion, false, List.of("q"), Motions.times(2, 100), new double[] {0, 0.1});
        Model model = ModelLoader.load(Motions.resource("pendulum.osim"));

        FileFormatException e = assertThrows(FileFormatException.class,
                () -> new MuscleAnalysis(model).run(table, motion, w -> { }));

        assertEquals(motion, e.file());
        assertTrue(e.getMessage().contains("at least 3 rows, found 2"), e.getMessage());
    }

    @Test
    void muscleAnalysisOfOneRowIsAStaticPose() {
        // One row has no time derivative: the pose is analysed with zero speeds, as before.
        Path motion = dir.resolve("pose.mot");
        Storage table = Motions.write(motion, false, List.of("q"), new double[] {0.5}, new double[] {0.1});
        Model model = ModelLoader.load(Motions.resource("pendulum.osim"));

        MuscleAnalysis.Result result = new MuscleAnalysis(model).run(table, motion, w -> { });

        assertEquals(1, result.lengths().rowCount());
        assertEquals(0.5, result.lengths().time(0), 0.0);
    }
}

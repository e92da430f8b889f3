package org.neuromsk.validation.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.TestData;

/**
 * A short forward simulation of Rajagopal 2016 (80 Millard muscles, wrapping, the patellofemoral
 * CoordinateCouplerConstraints knee_angle_*_beta = knee_angle_*) on the embedded engine: every muscle
 * excited at 0.1, the knees started swinging (right 2 rad/s, left −1 rad/s), the body falling freely
 * (no ground contact). The dependent coordinates must stay on their couplers (value and speed, to
 * 1e-9), every state must stay finite, and the knees must actually move, so the couplers are
 * exercised.
 */
class RajagopalCouplerForwardTest {

    private static final double END = 0.1;

    @TempDir
    Path dir;

    @Test
    void dependentKneeCoordinatesFollowTheirCouplers() {
        Path model = TestData.require("opensim-models/Models/Rajagopal/Rajagopal2016.osim");
        List<String> warnings = new ArrayList<>();
        try (MskModel m = new EmbeddedBackend().loadModel(model, warnings::add)) {
            List<String> muscles = m.muscles().stream().map(MuscleInfo::name).toList();
            double[][] controls = new double[muscles.size()][];
            for (int i = 0; i < controls.length; i++) {
                controls[i] = new double[] {0.1, 0.1};
            }
            Path controlsFile = dir.resolve("controls.sto");
            StorageWriter.write(Storage.of("controls", false, muscles, new double[] {0, 1}, controls), controlsFile);
            Path states = dir.resolve("start.sto");
            StorageWriter.write(Storage.of("states", false, List.of("knee_angle_r", "knee_angle_r_u", "knee_angle_l",
                    "knee_angle_l_u"), new double[] {0}, new double[][] {{0.3}, {2.0}, {0.5}, {-1.0}}), states);
            long t0 = System.nanoTime();
            ForwardResult r = m.forward(new ForwardRequest(controlsFile, Optional.of(states), Optional.empty(), 0, END,
                    1e-5, true));
            double wall = (System.nanoTime() - t0) / 1e9;
            Storage s = r.states();
            System.out.printf(Locale.ROOT, "Rajagopal2016: %.3g s simulated in %.3g s wall (real-time factor %.3g), "
                    + "%d recorded states%n", END, wall, END / wall, s.rowCount());
            assertEquals(END, s.endTime());
            for (String side : List.of("r", "l")) {
                String prefix = "/jointset/walker_knee_" + side + "/knee_angle_" + side;
                double[] q = s.column(prefix + "/value");
                double[] u = s.column(prefix + "/speed");
                double[] qd = s.column(dependentColumn(s, "knee_angle_" + side + "_beta", "value"));
                double[] ud = s.column(dependentColumn(s, "knee_angle_" + side + "_beta", "speed"));
                for (int row = 0; row < s.rowCount(); row++) {
                    // the coupler function is LinearFunction(1, 0) with scale 1: beta = knee angle
                    assertEquals(q[row], qd[row], 1e-9, side + " beta value at t = " + s.time(row));
                    assertEquals(u[row], ud[row], 1e-9, side + " beta speed at t = " + s.time(row));
                }
                assertTrue(Math.abs(q[q.length - 1] - q[0]) > 0.005, side + " knee did not move: " + q[0] + " -> "
                        + q[q.length - 1]);
            }
            for (int c = 0; c < s.columnCount(); c++) {
                for (double v : s.column(c)) {
                    assertTrue(Double.isFinite(v), s.labels().get(c) + " is " + v);
                }
            }
        }
    }

    private static String dependentColumn(Storage s, String coordinate, String kind) {
        return s.labels().stream().filter(l -> l.endsWith("/" + coordinate + "/" + kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no state column for " + coordinate + " " + kind + " in "
                        + s.labels()));
    }
}

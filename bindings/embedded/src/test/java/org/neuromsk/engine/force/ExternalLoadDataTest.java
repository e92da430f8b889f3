package org.neuromsk.engine.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.function.Function;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/** Column matching and time functions of {@link ExternalLoadData}, on small in-memory tables. */
class ExternalLoadDataTest {

    private static final Path FILE = Path.of("grf_in_memory.mot");

    /** Two force plates: plate 1 = (10, 20, 30) + t·(1, 2, 3), plate 2 ("1_" prefix) = (−1, −2, −3). */
    private static ExternalLoadData twoPlates() {
        double[] t = {0, 1, 2, 3, 4};
        double[][] c = new double[6][5];
        for (int k = 0; k < 5; k++) {
            for (int i = 0; i < 3; i++) {
                c[i][k] = 10 * (i + 1) + (i + 1) * t[k];
                c[3 + i][k] = -(i + 1);
            }
        }
        return new ExternalLoadData(Storage.of("grf", false, List.of("1_ground_force_vx", "1_ground_force_vy",
                "1_ground_force_vz", "ground_force_vx", "ground_force_vy", "ground_force_vz"), t,
                new double[][] {c[3], c[4], c[5], c[0], c[1], c[2]}), FILE);
    }

    @Test
    void identifierIsAPrefixNotASubstring() {
        ExternalLoadData data = twoPlates();
        // "ground_force_v" is inside "1_ground_force_vx" but does not start it.
        Function[] plate1 = data.functions("ground_force_v", "right");
        assertEquals(10 + 2.5, plate1[0].value(2.5), 1e-12);
        assertEquals(20 + 5.0, plate1[1].value(2.5), 1e-12);
        assertEquals(30 + 7.5, plate1[2].value(2.5), 1e-12);
        Function[] plate2 = data.functions("1_ground_force_v", "left");
        assertEquals(-1, plate2[0].value(2.5), 1e-12);
        assertEquals(-3, plate2[2].value(2.5), 1e-12);
    }

    /**
     * Columns named vz, vy, vx are still read in column order (OpenSim's rule: z's values become the x
     * component) and that is said in one line; x, y, z in order, or names not ending in x/y/z, say nothing.
     */
    @Test
    void columnsOutOfXyzOrderAreReadInOrderAndWarnedAbout() {
        double[] t = {0, 1};
        ExternalLoadData data = new ExternalLoadData(Storage.of("grf", false, List.of("ground_force_vz",
                "ground_force_vy", "ground_force_vx", "p1", "p2", "p3"), t, new double[][] {{3, 3}, {2, 2}, {1, 1},
                    {0, 0}, {0, 0}, {0, 0}}), FILE);
        List<String> warnings = new ArrayList<>();
        Function[] f = data.functions("ground_force_v", "right", warnings::add);
        assertEquals(3, f[0].value(0.5), 1e-12);
        assertEquals(List.of(FILE + ": ExternalForce 'right': columns [ground_force_vz, ground_force_vy, "
                + "ground_force_vx] are read as x, y, z in column order (as OpenSim reads them), but their names end "
                + "in z, y, x"), warnings);
        warnings.clear();
        data.functions("p", "right", warnings::add);
        twoPlates().functions("ground_force_v", "right", warnings::add);
        assertEquals(List.of(), warnings);
    }

    @Test
    void blankIdentifierMeansNone() {
        assertNull(twoPlates().functions("", "right"));
        assertNull(twoPlates().functions(null, "right"));
    }

    @Test
    void identifierMatchingSixColumnsIsRefusedWithTheColumns() {
        double[] t = {0, 1};
        double[] z = {0, 0};
        ExternalLoadData data = new ExternalLoadData(Storage.of("grf", false, List.of("ground_force_vx",
                "ground_force_vy", "ground_force_vz", "ground_force_px", "ground_force_py", "ground_force_pz"), t,
                new double[][] {z, z, z, z, z, z}), FILE);
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> data.functions("ground_force_", "right"));
        assertEquals(FILE, e.file());
        assertTrue(e.getMessage().contains("identifier 'ground_force_' must match exactly 3 columns, found 6 "
                + "[ground_force_vx, ground_force_vy, ground_force_vz, ground_force_px, ground_force_py, "
                + "ground_force_pz]"), e.getMessage());
        // The same prefix on the two-plate table matches only plate 1's three columns.
        assertEquals(12, twoPlates().functions("ground_force_", "right")[0].value(2), 1e-12);
    }

    @Test
    void noMatchingColumnIsRefused() {
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> twoPlates().functions("ground_torque_", "right"));
        assertTrue(e.getMessage().startsWith(FILE + ": ExternalForce 'right': identifier 'ground_torque_' must match "
                + "exactly 3 columns, found 0"), e.getMessage());
    }

    /**
     * Data (0, 0), (1, 1), (2, 0), (3, 1). With 4 rows the loader fits a natural cubic spline: with
     * h = 1 and end second derivatives M0 = M3 = 0, the interior ones solve 4·M1 + M2 = 6·(0 − 2 + 0)
     * and M1 + 4·M2 = 6·(1 − 0 + 1), so M1 = −4, M2 = 4, and on [0, 1]
     * s(x) = M1·x³/6 + y0·(1 − x) + (y1 − M1/6)·x, giving s(0.5) = −1/12 + 5/6 = 0.75. With 3 rows it
     * is piecewise linear (0.5 at t = 0.5); with 1 row a constant.
     */
    @Test
    void timeFunctionDependsOnRowCount() {
        ExternalLoadData four = oneColumnTable(new double[] {0, 1, 2, 3}, new double[] {0, 1, 0, 1});
        assertEquals(0.75, four.functions("f", "x")[0].value(0.5), 1e-9);
        ExternalLoadData three = oneColumnTable(new double[] {0, 1, 2}, new double[] {0, 1, 0});
        assertEquals(0.5, three.functions("f", "x")[0].value(0.5), 1e-12);
        assertEquals(0.5, three.functions("f", "x")[0].value(1.5), 1e-12);
        ExternalLoadData one = oneColumnTable(new double[] {0.3}, new double[] {4.5});
        assertEquals(4.5, one.functions("f", "x")[0].value(17), 0);
    }

    private static ExternalLoadData oneColumnTable(double[] t, double[] v) {
        return new ExternalLoadData(Storage.of("grf", false, List.of("fx", "fy", "fz"), t,
                new double[][] {v, v.clone(), v.clone()}), FILE);
    }
}

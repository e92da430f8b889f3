package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.storage.Storage;

class TableDifferenceTest {

    @Test
    void rmsAndMaxPerSharedColumnAtTheReferenceTimes() {
        Storage ref = Storage.of("r", false, List.of("a", "b"), new double[] {0, 1, 2},
                new double[][] {{1, 2, 3}, {0, 0, 0}});
        // other sampled at 0, 2 only: linear interpolation gives 2.5 at t = 1 for "a" (1 + 3 * 0.5 ... see below)
        Storage other = Storage.of("o", false, List.of("a", "c"), new double[] {0, 2}, new double[][] {{1, 4}, {9, 9}});
        List<TableDifference> d = TableDifference.compare("q", ref, other);
        assertEquals(1, d.size(), "only the shared column a");
        // a: other at t = 0, 1, 2 is 1, 2.5, 4 -> differences 0, 0.5, 1; RMS = sqrt((0 + 0.25 + 1) / 3)
        assertEquals(Math.sqrt(1.25 / 3), d.get(0).rms(), 1e-15);
        assertEquals(1.0, d.get(0).max(), 1e-15);
        assertEquals(3.0, d.get(0).peak(), 0.0);
        assertEquals(3, d.get(0).rows());
    }
}

package org.neuromsk.io.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.testing.TestData;

class StorageTest {

    /** hip in degrees 180, -90, 45; pelvis_tx in metres 1.5, 2, 3; times 0, 0.1, 0.2 s. */
    private static Storage degrees() {
        return new Storage("IK", Map.of(), List.of("Angles are in degrees."), true, "time",
                List.of("hip", "pelvis_tx"), new double[] {0, 0.1, 0.2},
                new double[][] {{180, -90, 45}, {1.5, 2, 3}});
    }

    @Test
    void toRadiansConvertsOnlyTheNamedColumns() {
        Storage rad = degrees().toRadians(Set.of("hip"));
        assertFalse(rad.inDegrees());
        // 180° = π, -90° = -π/2, 45° = π/4 rad
        assertArrayEquals(new double[] {Math.PI, -Math.PI / 2, Math.PI / 4}, rad.column("hip"), 1e-15);
        assertArrayEquals(new double[] {1.5, 2, 3}, rad.column("pelvis_tx"));
        assertEquals(List.of("Angles are in radians."), rad.textLines());
        // the original is unchanged
        assertArrayEquals(new double[] {180, -90, 45}, degrees().column("hip"));
    }

    @Test
    void toDegreesUndoesToRadians() {
        Storage back = degrees().toRadians(Set.of("hip")).toDegrees(Set.of("hip"));
        assertTrue(back.inDegrees());
        assertArrayEquals(new double[] {180, -90, 45}, back.column("hip"), 1e-12);
        assertEquals(List.of("Angles are in degrees."), back.textLines());
    }

    @Test
    void conversionRefusesWrongUnitsAndUnknownColumns() {
        Storage rad = degrees().toRadians(Set.of("hip"));
        assertThrows(NeuroMskException.class, () -> rad.toRadians(Set.of("hip")));
        assertThrows(NeuroMskException.class, () -> degrees().toDegrees(Set.of("hip")));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> degrees().toRadians(Set.of("knee")));
        assertTrue(e.getMessage().contains("'knee'"), e.getMessage());
    }

    @Test
    void toRadiansReproducesOpenSimsOwnRadianStates() {
        // OpenSim wrote the same forward simulation twice: states in radians and in degrees (Rotational
        // coordinate values and speeds converted, activations and fibre lengths not).
        Storage deg = StorageReader.read(TestData.require("opensim-4.5.2/arm26/forward/expected/arm26_states_degrees.mot"));
        Storage rad = StorageReader.read(TestData.require("opensim-4.5.2/arm26/forward/expected/arm26_states.sto"));
        Set<String> rotational = new HashSet<>();
        for (String label : deg.labels()) {
            if (label.startsWith("/jointset/")) {
                rotational.add(label);
            }
        }
        assertEquals(4, rotational.size());
        Storage converted = deg.toRadians(rotational);
        assertEquals(rad.rowCount(), converted.rowCount());
        for (String label : rad.labels()) {
            double[] expected = rad.column(label);
            double[] actual = converted.column(label);
            // both files print 8 decimals: ±5e-9 rad in one, ±5e-9° = ±8.7e-11 rad in the other
            assertArrayEquals(expected, actual, rotational.contains(label) ? 1e-8 : 0.0, label);
        }
    }

    @Test
    void sliceKeepsRowsWithinTheClosedInterval() {
        Storage s = degrees().slice(0.1, 0.2);
        assertArrayEquals(new double[] {0.1, 0.2}, s.time());
        assertArrayEquals(new double[] {-90, 45}, s.column("hip"));
        assertEquals(0, degrees().slice(0.3, 0.4).rowCount());
        assertThrows(NeuroMskException.class, () -> degrees().slice(0.2, 0.1));
    }

    @Test
    void withColumnsAndSelectKeepHeaderAndTime() {
        Storage s = degrees().withColumns(List.of("a"), new double[][] {{7, 8, 9}});
        assertEquals("IK", s.name());
        assertTrue(s.inDegrees());
        assertArrayEquals(new double[] {0, 0.1, 0.2}, s.time());
        assertArrayEquals(new double[] {7, 8, 9}, s.column("a"));
        assertThrows(NeuroMskException.class, () -> degrees().withColumns(List.of("a"), new double[][] {{1, 2}}));

        Storage selected = degrees().select(List.of("pelvis_tx", "hip"));
        assertEquals(List.of("pelvis_tx", "hip"), selected.labels());
        assertEquals(1, selected.indexOf("hip"));
        assertEquals(-1, selected.indexOf("knee"));
    }

    @Test
    void accessorsReturnCopies() {
        Storage s = degrees();
        s.time()[0] = 99;
        s.column("hip")[0] = 99;
        assertEquals(0.0, s.time(0));
        assertEquals(180.0, s.value(0, 0));
        assertSame(s.labels(), s.labels());
        assertThrows(UnsupportedOperationException.class, () -> s.labels().add("x"));
    }

    @Test
    void constructorEnforcesTheRules() {
        double[] t = {0, 1};
        assertThrows(NeuroMskException.class,
                () -> Storage.of("x", false, List.of("a", "a"), t, new double[][] {{1, 2}, {3, 4}}));
        assertThrows(NeuroMskException.class,
                () -> Storage.of("x", false, List.of("a b"), t, new double[][] {{1, 2}}));
        assertThrows(NeuroMskException.class,
                () -> Storage.of("x", false, List.of("a"), new double[] {1, 0}, new double[][] {{1, 2}}));
        assertThrows(NeuroMskException.class,
                () -> Storage.of("x", false, List.of("time"), t, new double[][] {{1, 2}}));
        assertThrows(NeuroMskException.class, () -> new Storage("x", Map.of("nRows", "3"), List.of(), false, "time",
                List.of("a"), t, new double[][] {{1, 2}}));
        assertThrows(NeuroMskException.class, () -> new Storage("x", Map.of(), List.of("inDegrees=yes"), false,
                "time", List.of("a"), t, new double[][] {{1, 2}}));
    }
}

package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim's ControlLinear evaluation rules, checked by hand on the nodes (0, 1), (1, 3), (3, 2).
 */
class LinearControlTest {

    private static final double[] T = {0, 1, 3};
    private static final double[] X = {1, 3, 2};

    private static LinearControl control(boolean steps, boolean extrapolate) {
        return new LinearControl("c", T, X, steps, extrapolate);
    }

    @Test
    void linearInterpolationBetweenNodes() {
        LinearControl c = control(false, true);
        // On [0, 1] the line through (0, 1) and (1, 3) has slope 2: x(0.25) = 1 + 2·0.25 = 1.5.
        assertEquals(1.5, c.value(0.25), 1e-15);
        // On [1, 3] the slope is (2 − 3)/2 = −0.5: x(2) = 3 − 0.5 = 2.5.
        assertEquals(2.5, c.value(2), 1e-15);
        // At the nodes themselves the node values come back exactly.
        assertEquals(1.0, c.value(0));
        assertEquals(3.0, c.value(1));
        assertEquals(2.0, c.value(3));
    }

    @Test
    void linearExtrapolationOutsideTheNodes() {
        LinearControl c = control(false, true);
        // Before: the first segment's line, x(−0.5) = 1 + 2·(−0.5) = 0.
        assertEquals(0.0, c.value(-0.5), 1e-15);
        // After: the last segment's line, x(5) = 3 − 0.5·(5 − 1) = 1.
        assertEquals(1.0, c.value(5), 1e-15);
    }

    @Test
    void withoutExtrapolationTheEndValuesAreHeld() {
        LinearControl c = control(false, false);
        assertEquals(1.0, c.value(-0.5));
        assertEquals(2.0, c.value(5));
        assertEquals(2.5, c.value(2), 1e-15, "interpolation between nodes is unchanged");
    }

    @Test
    void stepsTakeTheNextNodesValueOnTheHalfOpenInterval() {
        LinearControl c = control(true, true);
        // (t_i, t_{i+1}] carries node i+1's value; exactly at t_i node i's value.
        assertEquals(1.0, c.value(0));
        assertEquals(3.0, c.value(1e-9));
        assertEquals(3.0, c.value(1));
        assertEquals(2.0, c.value(1.000001));
        assertEquals(2.0, c.value(3));
        // Steps never extrapolate, even with extrapolate set.
        assertEquals(1.0, c.value(-2));
        assertEquals(2.0, c.value(7));
    }

    @Test
    void aSingleNodeIsAConstant() {
        LinearControl c = new LinearControl("k", new double[] {0.5}, new double[] {0.7}, false, true);
        assertEquals(0.7, c.value(-10));
        assertEquals(0.7, c.value(0.5));
        assertEquals(0.7, c.value(10));
    }

    @Test
    void badNodesAreRefusedWithTheControlsName() {
        NeuroMskException order = assertThrows(NeuroMskException.class,
                () -> new LinearControl("BIClong", new double[] {0, 2, 1}, new double[] {0, 0, 0}, false, true));
        assertTrue(order.getMessage().contains("BIClong") && order.getMessage().contains("not after"),
                order.getMessage());
        NeuroMskException none = assertThrows(NeuroMskException.class,
                () -> new LinearControl("BRA", new double[0], new double[0], false, true));
        assertTrue(none.getMessage().contains("BRA") && none.getMessage().contains("no nodes"), none.getMessage());
        assertThrows(NeuroMskException.class,
                () -> new LinearControl("x", new double[] {0, 1}, new double[] {0, Double.NaN}, false, true));
    }
}

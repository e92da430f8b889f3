package org.neuromsk.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NaturalCubicSplineTest {

    /*
     * Hand solution for knots (0,0), (1,1), (2,0), h = 1, natural ends M0 = M2 = 0:
     * h·M0 + 4·M1 + h·M2 = 6·((0−1) − (1−0)) → M1 = −3. On [0,1]:
     * s = M1·x³/6 + (y1 − M1/6)·x = 1.5x − 0.5x³, s' = 1.5 − 1.5x², s'' = −3x; symmetric about x = 1.
     * End slopes s'(0) = 1.5 and s'(2) = −1.5; beyond the knots the spline is the end tangent line.
     */
    static void assertHandSolution(Function s) {
        assertEquals(0.6875, s.value(0.5), 1e-14);
        assertEquals(1.125, s.firstDerivative(0.5), 1e-14);
        assertEquals(-1.5, s.secondDerivative(0.5), 1e-13);
        assertEquals(0.6875, s.value(1.5), 1e-14);
        assertEquals(-1.125, s.firstDerivative(1.5), 1e-14);
        assertEquals(-1.5, s.secondDerivative(1.5), 1e-13);
        assertEquals(1.0, s.value(1.0), 1e-14);
        assertEquals(-3.0, s.secondDerivative(1.0), 1e-13);
        assertEquals(-1.5, s.value(-1.0), 1e-14);
        assertEquals(1.5, s.firstDerivative(-1.0), 1e-14);
        assertEquals(0.0, s.secondDerivative(-1.0), 1e-14);
        assertEquals(-1.5, s.value(3.0), 1e-14);
        assertEquals(-1.5, s.firstDerivative(3.0), 1e-14);
        assertEquals(0.0, s.secondDerivative(3.0), 1e-14);
    }

    @Test
    void threePointsByHand() {
        assertHandSolution(new NaturalCubicSpline(new double[] {0, 1, 2}, new double[] {0, 1, 0}));
    }

    @Test
    void twoPointsGiveTheLine() {
        NaturalCubicSpline s = new NaturalCubicSpline(new double[] {0, 2}, new double[] {1, 5});
        assertEquals(3.0, s.value(1.0));
        assertEquals(2.0, s.firstDerivative(1.0));
        assertEquals(0.0, s.secondDerivative(1.0));
        assertEquals(-1.0, s.value(-1.0));
    }

    @Test
    void reproducesStraightLinesAndHasZeroEndCurvature() {
        // a line satisfies the natural conditions, so it is its own natural spline
        double[] x = {0, 0.4, 1.1, 1.5, 2.6};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 2 - 0.5 * x[i];
        }
        NaturalCubicSpline s = new NaturalCubicSpline(x, y);
        assertEquals(2 - 0.5 * 0.77, s.value(0.77), 1e-14);
        assertEquals(-0.5, s.firstDerivative(2.0), 1e-14);
        double[] wavy = {0, 1, -1, 2, 0.5};
        NaturalCubicSpline w = new NaturalCubicSpline(x, wavy);
        assertEquals(0.0, w.secondDerivative(1e-12), 1e-9);
        assertEquals(0.0, w.secondDerivative(2.6 - 1e-12), 1e-9);
    }
}

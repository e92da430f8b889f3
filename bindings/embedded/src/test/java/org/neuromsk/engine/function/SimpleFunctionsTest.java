package org.neuromsk.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class SimpleFunctionsTest {

    @Test
    void constantHasZeroDerivatives() {
        Constant c = new Constant(-2.5);
        assertEquals(-2.5, c.value(123.0));
        assertEquals(0.0, c.firstDerivative(1.0));
        assertEquals(0.0, c.secondDerivative(1.0));
    }

    @Test
    void linearFunction() {
        // y = 3x − 2: y(1.5) = 2.5, y' = 3, y'' = 0
        LinearFunction f = new LinearFunction(3.0, -2.0);
        assertEquals(2.5, f.value(1.5));
        assertEquals(3.0, f.firstDerivative(-7.0));
        assertEquals(0.0, f.secondDerivative(2.0));
    }

    @Test
    void polynomialHighestPowerFirst() {
        // f = 2x³ − x² + 3x − 1; f(2) = 16 − 4 + 6 − 1 = 17; f' = 6x² − 2x + 3 → 23; f'' = 12x − 2 → 22;
        // f''' = 12; f'''' = 0.
        PolynomialFunction f = new PolynomialFunction(2, -1, 3, -1);
        assertEquals(3, f.degree());
        assertEquals(17.0, f.value(2.0));
        assertEquals(23.0, f.firstDerivative(2.0));
        assertEquals(22.0, f.secondDerivative(2.0));
        assertEquals(12.0, f.derivative(3, 2.0));
        assertEquals(0.0, f.derivative(4, 2.0));
        // f(−0.5) = −0.25 − 0.25 − 1.5 − 1 = −3; f'(−0.5) = 1.5 + 1 + 3 = 5.5; f''(−0.5) = −8
        assertEquals(-3.0, f.value(-0.5));
        assertEquals(5.5, f.firstDerivative(-0.5));
        assertEquals(-8.0, f.secondDerivative(-0.5));
        assertEquals(0.0, new PolynomialFunction().value(3.0));
    }

    @Test
    void multiplierScalesValueAndDerivatives() {
        // −2 × (x² + 1) at x = 3: value −20, slope −12, curvature −4
        MultiplierFunction f = new MultiplierFunction(new PolynomialFunction(1, 0, 1), -2.0);
        assertEquals(-20.0, f.value(3.0));
        assertEquals(-12.0, f.firstDerivative(3.0));
        assertEquals(-4.0, f.secondDerivative(3.0));
    }

    @Test
    void stepFunctionQuinticTransition() {
        // From 2 (x ≤ 1) to 6 (x ≥ 3): u = (x − 1)/2, f = 2 + 4·(10u³ − 15u⁴ + 6u⁵),
        // f' = 4·(1/2)·30u²(u−1)², f'' = 4·(1/4)·60u(1 − 3u + 2u²).
        StepFunction f = new StepFunction(1.0, 3.0, 2.0, 6.0);
        assertEquals(2.0, f.value(0.0));
        assertEquals(2.0, f.value(1.0));
        assertEquals(6.0, f.value(3.0));
        assertEquals(6.0, f.value(10.0));
        assertEquals(0.0, f.firstDerivative(0.5));
        assertEquals(0.0, f.secondDerivative(3.5));
        // u = 0.5: step = 0.5 → 4; f' = 2·30·(1/16) = 3.75; f'' = 60·0.5·(1 − 1.5 + 0.5) = 0
        assertEquals(4.0, f.value(2.0), 1e-15);
        assertEquals(3.75, f.firstDerivative(2.0), 1e-15);
        assertEquals(0.0, f.secondDerivative(2.0), 1e-14);
        // u = 0.25: step = (1/64)(10 − 3.375) = 0.103515625 → 2.4140625;
        // f' = 2·30·(0.25·0.75)² = 2.109375; f'' = 60·0.25·(1 − 0.75 + 0.125) = 5.625
        assertEquals(2.4140625, f.value(1.5), 1e-15);
        assertEquals(2.109375, f.firstDerivative(1.5), 1e-14);
        assertEquals(5.625, f.secondDerivative(1.5), 1e-14);
    }

    @Test
    void stepFunctionWithReversedTimes() {
        // start 3, end 1: x ≥ 3 gives the start value, x ≤ 1 the end value; at x = 2 the midpoint.
        StepFunction f = new StepFunction(3.0, 1.0, 0.0, 1.0);
        assertEquals(0.0, f.value(4.0));
        assertEquals(1.0, f.value(0.0));
        assertEquals(0.5, f.value(2.0), 1e-15);
        // df/dx = (1/(1−3))·30·(1/16)·1 = −0.9375
        assertEquals(-0.9375, f.firstDerivative(2.0), 1e-15);
        assertThrows(NeuroMskException.class, () -> new StepFunction(1.0, 1.0, 0.0, 1.0));
    }

    @Test
    void piecewiseLinearInsideAndOutside() {
        // knots (0,0), (1,2), (3,3): slopes 2 and 0.5
        PiecewiseLinearFunction f = new PiecewiseLinearFunction(new double[] {0, 1, 3}, new double[] {0, 2, 3});
        assertEquals(1.0, f.value(0.5));
        assertEquals(2.5, f.value(2.0));
        assertEquals(2.0, f.firstDerivative(0.5));
        assertEquals(0.5, f.firstDerivative(2.0));
        assertEquals(0.0, f.secondDerivative(2.0));
        // extrapolation along the end segments: f(−1) = 0 − 2 = −2, f(5) = 3 + 2·0.5 = 4
        assertEquals(-2.0, f.value(-1.0));
        assertEquals(4.0, f.value(5.0));
        assertEquals(2.0, f.firstDerivative(-1.0));
        assertEquals(0.5, f.firstDerivative(5.0));
        // at the interior knot x = 1, OpenSim's bisection (k = (0+3)/2 = 1) lands on the right segment
        assertEquals(0.5, f.firstDerivative(1.0));
        assertEquals(2.0, f.value(1.0));
    }

    @Test
    void piecewiseLinearFloorsTinyGaps() {
        // gap 1e-9 is floored to 1e-7: slope = 1/1e-7 = 1e7
        PiecewiseLinearFunction f = new PiecewiseLinearFunction(new double[] {0, 1e-9}, new double[] {0, 1});
        assertEquals(1e7, f.firstDerivative(-1.0));
    }

    @Test
    void rejectsBadKnots() {
        assertThrows(NeuroMskException.class, () -> new PiecewiseLinearFunction(new double[] {0}, new double[] {0}));
        assertThrows(NeuroMskException.class,
                () -> new PiecewiseLinearFunction(new double[] {0, 1}, new double[] {0, 1, 2}));
        assertThrows(NeuroMskException.class,
                () -> new PiecewiseLinearFunction(new double[] {1, 0}, new double[] {0, 1}));
        assertThrows(NeuroMskException.class,
                () -> new SimmSpline(new double[] {0, Double.NaN}, new double[] {0, 1}));
    }
}

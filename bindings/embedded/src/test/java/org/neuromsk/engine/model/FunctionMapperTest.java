package org.neuromsk.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.function.Function;
import org.neuromsk.io.osim.Constant;
import org.neuromsk.io.osim.GCVSpline;
import org.neuromsk.io.osim.LinearFunction;
import org.neuromsk.io.osim.MultiplierFunction;
import org.neuromsk.io.osim.PiecewiseLinearFunction;
import org.neuromsk.io.osim.PolynomialFunction;
import org.neuromsk.io.osim.Sine;
import org.neuromsk.io.osim.StepFunction;

/** Document functions mapped to engine functions, checked by value against their definitions. */
class FunctionMapperTest {

    @Test
    void constantLinearAndPolynomial() {
        Constant c = new Constant("f");
        c.setValue(4.2);
        assertEquals(4.2, FunctionMapper.map(c).value(-3), 0);

        LinearFunction l = new LinearFunction("f");
        l.setCoefficients(2, 1);
        assertEquals(7, FunctionMapper.map(l).value(3), 0);
        assertFalse(FunctionMapper.isUnitSlopeLinear(l));
        l.setCoefficients(-1, 0.1);
        assertTrue(FunctionMapper.isUnitSlopeLinear(l), "slope −1 counts as unit slope");

        // Coefficients highest power first: 2x² − 3x + 0.5, derivative 4x − 3, second derivative 4.
        PolynomialFunction p = new PolynomialFunction("f");
        p.setCoefficients(2, -3, 0.5);
        Function f = FunctionMapper.map(p);
        assertEquals(2 * 1.5 * 1.5 - 3 * 1.5 + 0.5, f.value(1.5), 1e-15);
        assertEquals(4 * 1.5 - 3, f.firstDerivative(1.5), 1e-15);
        assertEquals(4, f.secondDerivative(1.5), 1e-15);
    }

    @Test
    void multiplierScalesValueAndDerivatives() {
        PolynomialFunction inner = new PolynomialFunction();
        inner.setCoefficients(1, 0, 0);
        MultiplierFunction m = new MultiplierFunction("f");
        m.setFunction(inner);
        m.setScale(1.5);
        Function f = FunctionMapper.map(m);
        assertEquals(1.5 * 4, f.value(2), 1e-15);
        assertEquals(1.5 * 4, f.firstDerivative(2), 1e-15);
        assertEquals(1.5 * 2, f.secondDerivative(2), 1e-15);
    }

    @Test
    void piecewiseLinearAndStep() {
        PiecewiseLinearFunction p = new PiecewiseLinearFunction("f");
        p.setX(0, 1, 2);
        p.setY(0, 2, 0);
        assertEquals(1, FunctionMapper.map(p).value(0.5), 1e-15);
        assertEquals(1, FunctionMapper.map(p).value(1.5), 1e-15);

        StepFunction s = new StepFunction("f");
        s.setTransitionStartTime(1);
        s.setTransitionEndTime(2);
        s.setStartValue(0);
        s.setEndValue(10);
        assertEquals(0, FunctionMapper.map(s).value(0.5), 0);
        assertEquals(10, FunctionMapper.map(s).value(3), 0);
    }

    /**
     * A GCVSpline without half_order is OpenSim's default degree 5 (half order 3). A natural spline of
     * degree 2m − 1 reproduces polynomials of degree below m, so the quintic returns x² exactly
     * (6.25 at 2.5); half order 1 is piecewise linear, (4 + 9)/2 = 6.5 there.
     */
    @Test
    void gcvSplineDefaultsToQuintic() {
        GCVSpline g = new GCVSpline("f");
        g.setX(0, 1, 2, 3, 4, 5, 6);
        g.setY(0, 1, 4, 9, 16, 25, 36);
        assertEquals(6.25, FunctionMapper.map(g).value(2.5), 1e-9);
        g.setHalfOrder(1);
        assertEquals(6.5, FunctionMapper.map(g).value(2.5), 1e-9);
    }

    @Test
    void unsupportedTypesMapToNullForTheCallerToName() {
        assertNull(FunctionMapper.map(new Sine("f")));
        MultiplierFunction m = new MultiplierFunction("f");
        m.setFunction(new Sine());
        assertNull(FunctionMapper.map(m));
    }
}

package org.neuromsk.engine.model;

import org.neuromsk.engine.function.Constant;
import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.function.GCVSpline;
import org.neuromsk.engine.function.LinearFunction;
import org.neuromsk.engine.function.MultiplierFunction;
import org.neuromsk.engine.function.PiecewiseLinearFunction;
import org.neuromsk.engine.function.PolynomialFunction;
import org.neuromsk.engine.function.SimmSpline;
import org.neuromsk.engine.function.StepFunction;
import org.neuromsk.io.osim.OsimFunction;

/**
 * Turns the functions of an {@code .osim} document into engine functions that evaluate as OpenSim
 * 4.5.2 does. OpenSim reads {@code NaturalCubicSpline} elements as SimmSplines, so they map to
 * {@link SimmSpline} here too.
 */
final class FunctionMapper {

    /** Default GCVSpline half order when a file omits it (degree 5). */
    private static final int DEFAULT_HALF_ORDER = 3;

    private FunctionMapper() {
    }

    /**
     * @param f a function element of the document
     * @return the engine function, or null when the type is not supported (the caller names it)
     */
    static Function map(OsimFunction f) {
        if (f instanceof org.neuromsk.io.osim.Constant c) {
            return new Constant(c.value());
        }
        if (f instanceof org.neuromsk.io.osim.LinearFunction l) {
            return new LinearFunction(l.slope(), l.intercept());
        }
        if (f instanceof org.neuromsk.io.osim.SimmSpline s) {
            return new SimmSpline(s.x().toArray(), s.y().toArray());
        }
        if (f instanceof org.neuromsk.io.osim.NaturalCubicSpline s) {
            return new SimmSpline(s.x().toArray(), s.y().toArray());
        }
        if (f instanceof org.neuromsk.io.osim.PolynomialFunction p) {
            return new PolynomialFunction(p.coefficients().toArray());
        }
        if (f instanceof org.neuromsk.io.osim.PiecewiseLinearFunction p) {
            return new PiecewiseLinearFunction(p.x().toArray(), p.y().toArray());
        }
        if (f instanceof org.neuromsk.io.osim.StepFunction s) {
            return new StepFunction(s.transitionStartTime(), s.transitionEndTime(), s.startValue(), s.endValue());
        }
        if (f instanceof org.neuromsk.io.osim.GCVSpline g) {
            int halfOrder = g.halfOrder() == null ? DEFAULT_HALF_ORDER : g.halfOrder();
            return new GCVSpline(2 * halfOrder - 1, g.x().toArray(), g.y().toArray());
        }
        if (f instanceof org.neuromsk.io.osim.MultiplierFunction m) {
            Function inner = m.function() == null ? null : map(m.function());
            return inner == null ? null : new MultiplierFunction(inner, m.scale());
        }
        return null;
    }

    /**
     * @param f a function element
     * @return true when OpenSim would treat it as a linear function of slope ±1 (which makes the
     *     coordinate Rotational or Translational)
     */
    static boolean isUnitSlopeLinear(OsimFunction f) {
        return f instanceof org.neuromsk.io.osim.LinearFunction l && Math.abs(l.slope()) == 1.0;
    }
}

package org.neuromsk.engine.function;

/**
 * A function made of one polynomial per knot interval, evaluated the way OpenSim 4.5.2 evaluates its
 * {@code PiecewiseLinearFunction} and {@code SimmSpline}: below the first or above the last knot it
 * continues as a straight line with that knot's slope; an argument inside the range and within 2e-13
 * of an end knot returns that knot's y and slope; otherwise OpenSim's bisection picks the interval k
 * and the subclass evaluates its polynomial at {@code dx = x − x_k}.
 *
 * <p>Units: whatever the knots carry; slopes are value per argument unit.
 */
abstract sealed class KnotPiecewiseFunction extends KnotFunction permits PiecewiseLinearFunction, SimmSpline {

    /**
     * @param owner the OpenSim class name, for messages
     * @param x knot arguments, at least 2, non-decreasing (copied)
     * @param y knot values, same length as x (copied)
     * @throws org.neuromsk.error.NeuroMskException on mismatched, too few, non-finite or decreasing knots
     */
    KnotPiecewiseFunction(String owner, double[] x, double[] y) {
        super(owner, x, y, 2, false);
    }

    /**
     * @param knot knot index
     * @return the slope used at that knot: at an end knot, and along the straight-line continuation
     *         beyond it
     */
    abstract double knotSlope(int knot);

    /**
     * @param k interval index, x_k ≤ argument ≤ x_{k+1}
     * @param dx argument − x_k
     * @return the interval's polynomial at dx
     */
    abstract double intervalValue(int k, double dx);

    /**
     * @param k interval index
     * @param dx argument − x_k
     * @return the interval's polynomial's first derivative at dx
     */
    abstract double intervalSlope(int k, double dx);

    @Override
    public double value(double xq) {
        int last = x.length - 1;
        if (xq < x[0]) {
            return y[0] + (xq - x[0]) * knotSlope(0);
        } else if (xq > x[last]) {
            return y[last] + (xq - x[last]) * knotSlope(last);
        }
        if (Knots.equalWithinRoundoff(xq, x[0])) {
            return y[0];
        } else if (Knots.equalWithinRoundoff(xq, x[last])) {
            return y[last];
        }
        int k = Knots.bisect(x, xq);
        return intervalValue(k, xq - x[k]);
    }

    @Override
    public double firstDerivative(double xq) {
        int last = x.length - 1;
        if (xq < x[0]) {
            return knotSlope(0);
        } else if (xq > x[last]) {
            return knotSlope(last);
        }
        if (Knots.equalWithinRoundoff(xq, x[0])) {
            return knotSlope(0);
        } else if (Knots.equalWithinRoundoff(xq, x[last])) {
            return knotSlope(last);
        }
        int k = Knots.bisect(x, xq);
        return intervalSlope(k, xq - x[k]);
    }
}

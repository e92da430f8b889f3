package org.neuromsk.engine.function;

/**
 * OpenSim's {@code PiecewiseLinearFunction}: straight segments between knots, extended beyond the
 * first and last knot along the first and last segment.
 *
 * <p>As in OpenSim 4.5.2: knot gaps are floored at 1e-7 when computing slopes; an argument within
 * 2e-13 of an end knot (and not outside the range) returns that knot's y; the segment is found by
 * OpenSim's bisection, so at an interior knot the slope is that of the segment the bisection lands
 * on; the second derivative is 0 everywhere.
 */
public final class PiecewiseLinearFunction extends KnotPiecewiseFunction {

    private final double[] slope;

    /**
     * @param x knot arguments, at least 2, non-decreasing (copied)
     * @param y knot values, same length as x (copied)
     * @throws org.neuromsk.error.NeuroMskException on mismatched, too few, non-finite or decreasing knots
     */
    public PiecewiseLinearFunction(double[] x, double[] y) {
        super("PiecewiseLinearFunction", x, y);
        int n = x.length;
        slope = new double[n];
        for (int i = 0; i < n - 1; i++) {
            slope[i] = (y[i + 1] - y[i]) / Knots.flooredGap(x, i);
        }
        slope[n - 1] = slope[n - 2];
    }

    @Override
    double knotSlope(int knot) {
        return slope[knot];
    }

    @Override
    double intervalValue(int k, double dx) {
        return y[k] + dx * slope[k];
    }

    @Override
    double intervalSlope(int k, double dx) {
        return slope[k];
    }

    @Override
    public double secondDerivative(double xq) {
        return 0.0;
    }
}

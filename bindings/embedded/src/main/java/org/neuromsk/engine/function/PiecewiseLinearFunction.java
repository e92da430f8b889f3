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
public final class PiecewiseLinearFunction implements Function {

    private final double[] x;
    private final double[] y;
    private final double[] slope;

    /**
     * @param x knot arguments, at least 2, non-decreasing (copied)
     * @param y knot values, same length as x (copied)
     * @throws org.neuromsk.error.NeuroMskException on mismatched, too few, non-finite or decreasing knots
     */
    public PiecewiseLinearFunction(double[] x, double[] y) {
        Knots.check("PiecewiseLinearFunction", x, y, 2, false);
        this.x = x.clone();
        this.y = y.clone();
        int n = x.length;
        slope = new double[n];
        for (int i = 0; i < n - 1; i++) {
            slope[i] = (y[i + 1] - y[i]) / Knots.flooredGap(x, i);
        }
        slope[n - 1] = slope[n - 2];
    }

    /** @return a copy of the knot arguments */
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the knot values */
    public double[] y() {
        return y.clone();
    }

    @Override
    public double value(double xq) {
        int last = x.length - 1;
        if (xq < x[0]) {
            return y[0] + (xq - x[0]) * slope[0];
        } else if (xq > x[last]) {
            return y[last] + (xq - x[last]) * slope[last];
        }
        if (Knots.equalWithinRoundoff(xq, x[0])) {
            return y[0];
        } else if (Knots.equalWithinRoundoff(xq, x[last])) {
            return y[last];
        }
        int k = Knots.bisect(x, xq);
        return y[k] + (xq - x[k]) * slope[k];
    }

    @Override
    public double firstDerivative(double xq) {
        int last = x.length - 1;
        if (xq < x[0]) {
            return slope[0];
        } else if (xq > x[last]) {
            return slope[last];
        }
        if (Knots.equalWithinRoundoff(xq, x[0])) {
            return slope[0];
        } else if (Knots.equalWithinRoundoff(xq, x[last])) {
            return slope[last];
        }
        return slope[Knots.bisect(x, xq)];
    }

    @Override
    public double secondDerivative(double xq) {
        return 0.0;
    }
}

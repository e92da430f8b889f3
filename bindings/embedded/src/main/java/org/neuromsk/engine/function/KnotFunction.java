package org.neuromsk.engine.function;

/**
 * A function defined by knots (x_i, y_i): holds the checked, copied knots of the interpolating
 * functions of this package. Units: whatever the knots carry.
 */
abstract sealed class KnotFunction implements Function permits KnotPiecewiseFunction, NaturalCubicSpline, GCVSpline {

    /** Knot arguments, non-decreasing (strictly increasing where the subclass requires it). */
    final double[] x;
    /** Knot values. */
    final double[] y;

    /**
     * @param owner the class name, for messages
     * @param x knot arguments (copied)
     * @param y knot values, same length as x (copied)
     * @param minPoints fewest knots allowed
     * @param strictlyIncreasing whether equal neighbouring arguments are refused
     * @throws org.neuromsk.error.NeuroMskException on mismatched, too few, non-finite or decreasing knots
     */
    KnotFunction(String owner, double[] x, double[] y, int minPoints, boolean strictlyIncreasing) {
        Knots.check(owner, x, y, minPoints, strictlyIncreasing);
        this.x = x.clone();
        this.y = y.clone();
    }

    /** @return a copy of the knot arguments */
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the knot values */
    public double[] y() {
        return y.clone();
    }
}

package org.neuromsk.engine.function;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * A true natural cubic interpolating spline: C² cubic pieces through the knots with zero second
 * derivative at both end knots, continued beyond the knots as the straight line with the end slope
 * (second derivative 0), which keeps it C² everywhere. Two knots give the straight line through them.
 *
 * <p><b>Not OpenSim's {@code NaturalCubicSpline}.</b> OpenSim 4.5.2 has no such class: the XML tags
 * {@code NaturalCubicSpline} and {@code natCubicSpline} are renamed to {@code SimmSpline} on reading
 * (RegisterTypes_osimCommon.cpp), whose end conditions are not natural. To reproduce OpenSim, build a
 * {@link SimmSpline} for those tags. Mathematically this class equals {@link GCVSpline} of degree 3
 * (OpenSim's error-free GCV cubic, used for ExternalForce data with ≥ 4 rows); it is computed here
 * independently with Commons Math's natural spline interpolator.
 */
public final class NaturalCubicSpline extends KnotFunction {

    private final PolynomialSplineFunction spline;
    private final PolynomialSplineFunction slope;
    private final PolynomialSplineFunction curvature;
    private final double startSlope;
    private final double endSlope;

    /**
     * @param x knot arguments, at least 2, strictly increasing (copied)
     * @param y knot values, same length as x (copied)
     * @throws org.neuromsk.error.NeuroMskException on mismatched, too few, non-finite or non-increasing knots
     */
    public NaturalCubicSpline(double[] x, double[] y) {
        super("NaturalCubicSpline", x, y, 2, true);
        if (x.length == 2) {
            double s = (y[1] - y[0]) / (x[1] - x[0]);
            spline = null;
            slope = null;
            curvature = null;
            startSlope = s;
            endSlope = s;
        } else {
            spline = new SplineInterpolator().interpolate(this.x, this.y);
            slope = spline.polynomialSplineDerivative();
            curvature = slope.polynomialSplineDerivative();
            startSlope = slope.value(x[0]);
            endSlope = slope.value(x[x.length - 1]);
        }
    }

    @Override
    public double value(double xq) {
        int last = x.length - 1;
        if (xq <= x[0]) {
            return y[0] + (xq - x[0]) * startSlope;
        } else if (xq >= x[last]) {
            return y[last] + (xq - x[last]) * endSlope;
        }
        return spline == null ? y[0] + (xq - x[0]) * startSlope : spline.value(xq);
    }

    @Override
    public double firstDerivative(double xq) {
        if (spline == null || xq <= x[0]) {
            return startSlope;
        } else if (xq >= x[x.length - 1]) {
            return endSlope;
        }
        return slope.value(xq);
    }

    @Override
    public double secondDerivative(double xq) {
        if (spline == null || xq <= x[0] || xq >= x[x.length - 1]) {
            return 0.0;
        }
        return curvature.value(xq);
    }
}

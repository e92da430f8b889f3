package org.neuromsk.engine.muscle.curve;


import org.neuromsk.error.NeuroMskException;

/**
 * One planar quintic Bézier segment (x(u), y(u)), u ∈ [0, 1], with six control points per
 * coordinate: B(u) = Σ C(5,i)(1−u)^(5−i)u^i P_i. This is the building block of OpenSim's
 * SmoothSegmentedFunction. Immutable.
 *
 * <p>The "corner" construction ({@link #corner}) follows OpenSim's
 * SegmentedQuinticBezierToolkit: the inner control points sit on the two end tangents, a fraction
 * {@code c} of the way towards the tangents' intersection, and are doubled so that the curve has
 * zero curvature at its ends.
 */
public final class QuinticBezierSegment {

    /** Samples per segment of the table that seeds the Newton solve for u (OpenSim also uses 100). */
    private static final int SAMPLES = 100;

    /** Newton tolerance on x (OpenSim's UTOL = 100·Eps). */
    static final double U_TOLERANCE = 100 * Precision.EPS;

    /** Newton iteration limit (OpenSim's MAXITER). */
    static final int U_MAX_ITERATIONS = 20;

    private final double[] px;
    private final double[] py;
    private final double[] sampleX;

    /**
     * @param px the six x control points
     * @param py the six y control points
     */
    public QuinticBezierSegment(double[] px, double[] py) {
        if (px.length != 6 || py.length != 6) {
            throw new NeuroMskException("a quintic Bézier segment needs 6 x and 6 y control points, got "
                    + px.length + " and " + py.length);
        }
        this.px = px.clone();
        this.py = py.clone();
        this.sampleX = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            sampleX[i] = bernstein(this.px, i / (double) (SAMPLES - 1), 0);
        }
    }

    /**
     * Builds a C-shaped corner from (x0, y0) with slope dydx0 to (x1, y1) with slope dydx1.
     *
     * @param curviness the scaled curviness c ∈ [0, 1] (OpenSim maps a user curviness κ to 0.1 + 0.8κ)
     * @return the segment
     * @throws NeuroMskException when c is out of range or the end tangents do not form a corner
     */
    public static QuinticBezierSegment corner(double x0, double y0, double dydx0, double x1, double y1,
            double dydx1, double curviness) {
        if (!(curviness >= 0 && curviness <= 1)) {
            throw new NeuroMskException("Bézier corner curviness must lie in [0, 1], got " + curviness);
        }
        // Intersection of the two end tangents; nearly parallel tangents meet "half way".
        double xC;
        if (Math.abs(dydx0 - dydx1) > Precision.SQRT_EPS) {
            xC = (y1 - y0 - x1 * dydx1 + x0 * dydx0) / (dydx0 - dydx1);
        } else {
            xC = (x1 + x0) / 2;
        }
        double yC = (xC - x1) * dydx1 + y1;
        // The end points must be farther from each other than either is from the intersection,
        // otherwise the two tangents describe an S, not a corner.
        double a = sq(xC - x0) + sq(yC - y0);
        double b = sq(xC - x1) + sq(yC - y1);
        double c = sq(x1 - x0) + sq(y1 - y0);
        if (!(c > a && c > b)) {
            throw new NeuroMskException(String.format(
                    "Bézier corner from (%g, %g, slope %g) to (%g, %g, slope %g) is not C-shaped",
                    x0, y0, dydx0, x1, y1, dydx1));
        }
        double x0m = x0 + curviness * (xC - x0);
        double y0m = y0 + curviness * (yC - y0);
        double x1m = x1 + curviness * (xC - x1);
        double y1m = y1 + curviness * (yC - y1);
        return new QuinticBezierSegment(new double[] {x0, x0m, x0m, x1m, x1m, x1},
                new double[] {y0, y0m, y0m, y1m, y1m, y1});
    }

    /** @return the same curve with the roles of x and y exchanged (the inverse relation) */
    public QuinticBezierSegment swapped() {
        return new QuinticBezierSegment(py, px);
    }

    /** @return a copy of the x control points */
    public double[] controlPointsX() {
        return px.clone();
    }

    /** @return a copy of the y control points */
    public double[] controlPointsY() {
        return py.clone();
    }

    /** @return x at u = 0 */
    public double xStart() {
        return px[0];
    }

    /** @return x at u = 1 */
    public double xEnd() {
        return px[5];
    }

    /**
     * @param u curve parameter in [0, 1]
     * @param order derivative order in u (0 to 5)
     * @return d^order x / du^order
     */
    public double x(double u, int order) {
        return bernstein(px, u, order);
    }

    /**
     * @param u curve parameter in [0, 1]
     * @param order derivative order in u (0 to 5)
     * @return d^order y / du^order
     */
    public double y(double u, int order) {
        return bernstein(py, u, order);
    }

    /** @return dy/dx at parameter u, y'(u)/x'(u) */
    public double dydx(double u) {
        return y(u, 1) / x(u, 1);
    }

    /** @return d²y/dx² at parameter u, (y''x' − y'x'')/x'³ */
    public double d2ydx2(double u) {
        double xu = x(u, 1);
        return (y(u, 2) * xu - y(u, 1) * x(u, 2)) / (xu * xu * xu);
    }

    /**
     * Solves x(u) = x for u by Newton's method (tolerance 100·Eps on x, at most 20 iterations, u kept
     * in [0, 1]), seeded from a 100-point table of x(u). OpenSim seeds from a spline fitted to the
     * same samples; the converged u agrees to round-off. If Newton stalls, bisection (valid because
     * x(u) is monotone for every corner built here) finishes the job where OpenSim would throw.
     *
     * @param x a value inside [xStart, xEnd]
     * @return u with x(u) = x
     */
    public double parameterAt(double x) {
        if (!(x >= px[0] && x <= px[5])) {
            throw new NeuroMskException("x = " + x + " lies outside the Bézier segment [" + px[0] + ", "
                    + px[5] + "]");
        }
        double u = initialGuess(x);
        double f = bernstein(px, u, 0) - x;
        int iter = 0;
        while (Math.abs(f) > U_TOLERANCE && iter < U_MAX_ITERATIONS) {
            double df = bernstein(px, u, 1);
            if (df == 0) {
                break;
            }
            u = clampUnit(u - f / df);
            f = bernstein(px, u, 0) - x;
            iter++;
        }
        if (Math.abs(f) <= U_TOLERANCE) {
            return u;
        }
        return bisect(x);
    }

    private double initialGuess(double x) {
        int lo = 0;
        int hi = SAMPLES - 1;
        if (x <= sampleX[0]) {
            return 0;
        }
        if (x >= sampleX[hi]) {
            return 1;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (sampleX[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = sampleX[hi] - sampleX[lo];
        double t = span > 0 ? (x - sampleX[lo]) / span : 0;
        return (lo + t) / (SAMPLES - 1);
    }

    private double bisect(double x) {
        double lo = 0;
        double hi = 1;
        double u = 0.5;
        for (int i = 0; i < 200; i++) {
            u = 0.5 * (lo + hi);
            double f = bernstein(px, u, 0) - x;
            if (Math.abs(f) <= U_TOLERANCE || hi - lo <= Precision.EPS) {
                return u;
            }
            if (f < 0) {
                lo = u;
            } else {
                hi = u;
            }
        }
        return u;
    }

    private static double clampUnit(double u) {
        return u < 0 ? 0 : (u > 1 ? 1 : u);
    }

    /**
     * Derivative of order k of a degree-5 Bézier polynomial: 5!/(5−k)! Σ B_{5−k,i}(u) Δ^k P_i.
     */
    static double bernstein(double[] p, double u, int order) {
        if (order < 0) {
            throw new NeuroMskException("negative derivative order " + order);
        }
        if (order > 5) {
            return 0;
        }
        // Differencing and de Casteljau on locals (no array copy: this runs inside Newton solves).
        // Entries above the current degree are updated too but never read, so the arithmetic on the
        // entries that matter is exactly that of the textbook loops.
        double d0 = p[0];
        double d1 = p[1];
        double d2 = p[2];
        double d3 = p[3];
        double d4 = p[4];
        double d5 = p[5];
        int n = 5;
        double factor = 1;
        for (int k = 0; k < order; k++) {
            d0 = d1 - d0;
            d1 = d2 - d1;
            d2 = d3 - d2;
            d3 = d4 - d3;
            d4 = d5 - d4;
            factor *= n;
            n--;
        }
        double v = 1 - u;
        for (int level = n; level > 0; level--) {
            d0 = v * d0 + u * d1;
            d1 = v * d1 + u * d2;
            d2 = v * d2 + u * d3;
            d3 = v * d3 + u * d4;
            d4 = v * d4 + u * d5;
        }
        return factor * d0;
    }

    private static double sq(double v) {
        return v * v;
    }
}

package org.neuromsk.engine.function;

/**
 * OpenSim's {@code SimmSpline}: the cubic interpolating spline of Forsythe, Malcolm and Moler
 * ("Computer Methods for Mathematical Computations", 1977, routines SPLINE/SEVAL). OpenSim's XML tags
 * {@code NaturalCubicSpline} and {@code natCubicSpline} are mapped to this class by OpenSim 4.5.2, so a
 * model builder should construct a SimmSpline for them (see {@link NaturalCubicSpline}).
 *
 * <p>On [x_i, x_{i+1}] the spline is {@code y_i + b_i·dx + c_i·dx² + d_i·dx³}, dx = x − x_i. End
 * conditions: for n ≥ 4 the third derivative at each end equals that of the cubic through the first
 * (last) four points, so data sampled from any cubic is reproduced exactly; for n = 3 the third
 * derivative is zero at both ends, which makes the spline the parabola through the three points; for
 * n = 2 it is the straight line. Knot gaps are floored at 1e-7.
 *
 * <p>Evaluation follows OpenSim exactly: below x_0 or above x_{n−1} the spline continues as a straight
 * line with the end slope (second derivative 0); an argument inside the range and within 2e-13 of an
 * end knot returns that knot's y (first derivative the end slope, second derivative that end's
 * 2c); otherwise OpenSim's bisection picks the interval. The coefficient arithmetic is done in the
 * same order as OpenSim so values agree to rounding.
 */
public final class SimmSpline extends KnotPiecewiseFunction {

    private final double[] b;
    private final double[] c;
    private final double[] d;

    /**
     * @param x knot arguments, at least 2, non-decreasing (copied)
     * @param y knot values, same length as x (copied)
     * @throws org.neuromsk.error.NeuroMskException on mismatched, too few, non-finite or decreasing knots
     */
    public SimmSpline(double[] x, double[] y) {
        super("SimmSpline", x, y);
        int n = x.length;
        b = new double[n];
        c = new double[n];
        d = new double[n];
        if (n == 2) {
            double slope = (y[1] - y[0]) / Knots.flooredGap(x, 0);
            b[0] = slope;
            b[1] = slope;
            return;
        }
        fitCoefficients();
    }

    /**
     * FMM's SPLINE: solve the tridiagonal system for σ (stored in c), then convert to b, c, d.
     * Here d first holds the knot gaps (off-diagonal), b the diagonal and c the right-hand side.
     */
    private void fitCoefficients() {
        int n = x.length;
        int last = n - 1;
        int beforeLast = n - 2;
        double[] gap = d;
        double[] diag = b;
        double[] rhs = c;

        gap[0] = Knots.flooredGap(x, 0);
        rhs[1] = (y[1] - y[0]) / gap[0];
        for (int i = 1; i < last; i++) {
            gap[i] = Knots.flooredGap(x, i);
            diag[i] = 2.0 * (gap[i - 1] + gap[i]);
            rhs[i + 1] = (y[i + 1] - y[i]) / gap[i];
            rhs[i] = rhs[i + 1] - rhs[i];
        }

        // End rows: −h·σ_0 + h·σ_1 = h²·Δ³ (and mirrored at the far end); Δ³ from the end cubics when n ≥ 4.
        diag[0] = -gap[0];
        diag[last] = -gap[beforeLast];
        rhs[0] = 0.0;
        rhs[last] = 0.0;
        if (n > 3) {
            double x31 = Math.max(Knots.TINY_GAP, x[3] - x[1]);
            double x20 = Math.max(Knots.TINY_GAP, x[2] - x[0]);
            double endSpan2 = Math.max(Knots.TINY_GAP, x[last] - x[n - 3]);
            double endSpan2Inner = Math.max(Knots.TINY_GAP, x[beforeLast] - x[n - 4]);
            double x30 = Math.max(Knots.TINY_GAP, x[3] - x[0]);
            double endSpan3 = Math.max(Knots.TINY_GAP, x[last] - x[n - 4]);
            double start = rhs[2] / x31 - rhs[1] / x20;
            double end = rhs[beforeLast] / endSpan2 - rhs[n - 3] / endSpan2Inner;
            rhs[0] = start * gap[0] * gap[0] / x30;
            rhs[last] = -end * gap[beforeLast] * gap[beforeLast] / endSpan3;
        }

        // Tridiagonal elimination without pivoting, as in FMM.
        for (int i = 1; i < n; i++) {
            double t = gap[i - 1] / diag[i - 1];
            diag[i] -= t * gap[i - 1];
            rhs[i] -= t * rhs[i - 1];
        }
        double[] sigma = c;
        sigma[last] /= diag[last];
        for (int i = beforeLast; i >= 0; i--) {
            sigma[i] = (sigma[i] - gap[i] * sigma[i + 1]) / diag[i];
        }

        // Polynomial coefficients: b = slope, c = 3σ, d = Δσ / h.
        b[last] = (y[last] - y[beforeLast]) / gap[beforeLast] + gap[beforeLast] * (sigma[beforeLast] + 2.0 * sigma[last]);
        for (int i = 0; i < last; i++) {
            b[i] = (y[i + 1] - y[i]) / gap[i] - gap[i] * (sigma[i + 1] + 2.0 * sigma[i]);
            d[i] = (sigma[i + 1] - sigma[i]) / gap[i];
            c[i] *= 3.0;
        }
        c[last] *= 3.0;
        d[last] = d[beforeLast];
    }

    @Override
    double knotSlope(int knot) {
        return b[knot];
    }

    @Override
    double intervalValue(int k, double dx) {
        return y[k] + dx * (b[k] + dx * (c[k] + dx * d[k]));
    }

    @Override
    double intervalSlope(int k, double dx) {
        return b[k] + dx * (2.0 * c[k] + 3.0 * dx * d[k]);
    }

    @Override
    public double secondDerivative(double xq) {
        int last = x.length - 1;
        if (xq < x[0] || xq > x[last]) {
            return 0.0;
        }
        if (Knots.equalWithinRoundoff(xq, x[0])) {
            return 2.0 * c[0];
        } else if (Knots.equalWithinRoundoff(xq, x[last])) {
            return 2.0 * c[last];
        }
        int k = Knots.bisect(x, xq);
        double dx = xq - x[k];
        return 2.0 * c[k] + 6.0 * dx * d[k];
    }
}

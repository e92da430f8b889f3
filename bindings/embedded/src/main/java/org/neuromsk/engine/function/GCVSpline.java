package org.neuromsk.engine.function;

import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim's {@code GCVSpline} with zero error variance (the only way OpenSim's tools use it): the
 * natural interpolating spline of odd degree 2m − 1, m = (degree + 1)/2 clamped to 1..4 as OpenSim
 * does (degree 1, 3, 5, 7; an even degree falls to the odd degree below it).
 *
 * <p>It is the interpolant that minimises ∫(s⁽ᵐ⁾)²: a polynomial of degree 2m − 1 on each knot
 * interval, C^(2m−2) at interior knots, with derivatives of orders m..2m−2 equal to zero at both end
 * knots, and continued outside the knots as the polynomial of degree m − 1 given by its Taylor
 * expansion at the end knot (degree 1: constant, degree 3: straight line, degree 5: parabola).
 * Degree 5 is the natural quintic used by OpenSim's InverseDynamicsTool and Storage resampling,
 * degree 3 the natural cubic used for ExternalForce data.
 *
 * <p>OpenSim computes this with Woltring's GCVSPL (smoothing B-spline, Simbody mode 3, variance 0),
 * which leaves residuals of the order of rounding; this class instead solves the interpolation
 * problem directly (GCVSPL is not ported: its licence forbids it). Unknowns are the derivatives of
 * orders 1..m−1 at every knot (scaled by the local knot spacing); each interval is the two-point Hermite
 * polynomial of those data; the equations are continuity of orders m..2m−2 at interior knots and
 * their vanishing at the end knots. The system is banded (bandwidth 2m − 3 each side) and is solved
 * by banded Gaussian elimination in O(n) time and memory, so tens of thousands of knots are cheap.
 *
 * <p>Requirements: x strictly increasing (as GCVSPL); at least max(2, m) points, which makes the
 * spline unique. OpenSim's GCVSPL itself demands at least 2m points and raises "Too few data points"
 * otherwise; this class accepts the smaller sets because the spline is still well defined.
 */
public final class GCVSpline extends KnotFunction {

    private final int halfOrder;
    /** Per interval i, 2m coefficients of Σ c_j·(x − x_i)^j at [i·2m + j]. */
    private final double[] coefficients;
    /** Taylor coefficients s^(k)(x_0)/k!, k < m, for arguments below x_0. */
    private final double[] startTaylor;
    /** Taylor coefficients s^(k)(x_{n−1})/k!, k < m, for arguments above x_{n−1}. */
    private final double[] endTaylor;

    /**
     * @param degree spline degree as given to OpenSim (1, 3, 5 or 7; clamped/rounded as OpenSim does)
     * @param x knot arguments, strictly increasing (copied)
     * @param y knot values, same length (copied)
     * @throws NeuroMskException on mismatched, too few, non-finite or non-increasing knots
     */
    public GCVSpline(int degree, double[] x, double[] y) {
        super("GCVSpline", x, y, Math.max(2, halfOrderOf(degree)), true);
        this.halfOrder = halfOrderOf(degree);
        int m = halfOrder;
        double[][] derivatives = knotDerivatives();
        int n = x.length;
        HermiteBasis basis = new HermiteBasis(m);
        double[][] weights = new double[2 * m][];
        for (int j = 0; j < 2 * m; j++) {
            weights[j] = basis.monomial(j);
        }
        coefficients = new double[(n - 1) * 2 * m];
        double[] inputs = new double[2 * m];
        for (int i = 0; i < n - 1; i++) {
            double h = x[i + 1] - x[i];
            double hk = 1.0;
            for (int k = 0; k < m; k++) {
                inputs[k] = hk * derivatives[i][k];
                inputs[m + k] = hk * derivatives[i + 1][k];
                hk *= h;
            }
            double hj = 1.0;
            for (int j = 0; j < 2 * m; j++) {
                double a = 0.0;
                for (int in = 0; in < 2 * m; in++) {
                    a += weights[j][in] * inputs[in];
                }
                coefficients[i * 2 * m + j] = a / hj;
                hj *= h;
            }
        }
        startTaylor = new double[m];
        endTaylor = new double[m];
        for (int k = 0; k < m; k++) {
            startTaylor[k] = derivatives[0][k] / HermiteBasis.factorial(k);
            endTaylor[k] = derivatives[n - 1][k] / HermiteBasis.factorial(k);
        }
    }

    /**
     * Solves the banded system for s^(k)(x_i), k = 1..m−1, at every knot.
     *
     * @return derivatives[i][k] for k = 0..m−1 (k = 0 is y_i)
     */
    private double[][] knotDerivatives() {
        int m = halfOrder;
        int n = x.length;
        int q = m - 1;
        double[][] derivatives = new double[n][m];
        for (int i = 0; i < n; i++) {
            derivatives[i][0] = y[i];
        }
        if (q == 0) {
            return derivatives;
        }
        // Local length scale per knot, the smaller adjacent gap: unknowns u_{i,k} = s^(k)(x_i)·S_i^k and
        // rows scaled by S_j^r keep the system well scaled even when neighbouring gaps differ a lot.
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            double left = i > 0 ? x[i] - x[i - 1] : x[1] - x[0];
            double right = i < n - 1 ? x[i + 1] - x[i] : x[n - 1] - x[n - 2];
            scale[i] = Math.min(left, right);
        }
        HermiteBasis basis = new HermiteBasis(m);
        BandedSystem system = new BandedSystem(n * q, 2 * q - 1, 2 * q - 1);
        for (int j = 0; j < n; j++) {
            for (int rr = 0; rr < q; rr++) {
                int r = m + rr;
                int row = j * q + rr;
                if (j < n - 1) {
                    // s^(r) at the start of interval j: zero at the first knot, else subtracted below.
                    addDerivative(system, row, j, basis.atStart(r), r, j == 0 ? 1.0 : -1.0, scale);
                }
                if (j > 0) {
                    addDerivative(system, row, j - 1, basis.atEnd(r), r, 1.0, scale);
                }
            }
        }
        double[] u = system.solve();
        for (int i = 0; i < n; i++) {
            double sk = 1.0;
            for (int k = 1; k < m; k++) {
                sk *= scale[i];
                derivatives[i][k] = u[i * q + k - 1] / sk;
            }
        }
        return derivatives;
    }

    /**
     * Adds sign·S_j^r·s^(r) evaluated at one end of interval i to equation row (j = row's knot), where
     * s^(r) = h^−r·Σ_k (w_k·h^k·s^(k)(x_i) + w_{m+k}·h^k·s^(k)(x_{i+1})).
     */
    private void addDerivative(BandedSystem system, int row, int interval, double[] w, int r, double sign,
            double[] scale) {
        int m = halfOrder;
        int q = m - 1;
        int knotOfRow = row / q;
        double h = x[interval + 1] - x[interval];
        double rowFactor = sign * Math.pow(scale[knotOfRow] / h, r);
        for (int side = 0; side < 2; side++) {
            int knot = interval + side;
            for (int k = 0; k < m; k++) {
                double weight = w[side * m + k];
                if (weight == 0.0) {
                    continue;
                }
                double coefficient = rowFactor * weight * Math.pow(h / scale[knot], k);
                if (k == 0) {
                    system.addRhs(row, -coefficient * y[knot]);
                } else {
                    system.add(row, knot * q + k - 1, coefficient);
                }
            }
        }
    }

    /** @return the effective degree 2m − 1 */
    public int degree() {
        return 2 * halfOrder - 1;
    }

    /** @return m = (degree + 1) / 2 clamped to 1..4, as OpenSim rounds and clamps the degree */
    private static int halfOrderOf(int degree) {
        return Math.max(1, Math.min(4, (degree + 1) / 2));
    }

    /** @return m, half the spline order */
    public int halfOrder() {
        return halfOrder;
    }

    @Override
    public double value(double xq) {
        return derivative(0, xq);
    }

    @Override
    public double firstDerivative(double xq) {
        return derivative(1, xq);
    }

    @Override
    public double secondDerivative(double xq) {
        return derivative(2, xq);
    }

    /**
     * Any derivative, cheaply (one bisection and a Horner sum). Orders above 2m − 2 are piecewise and
     * taken from the interval that starts at or before xq; orders ≥ 2m are 0, and outside the knots
     * orders ≥ m are 0.
     *
     * @param order derivative order, ≥ 0 (0 is the value)
     * @param xq the argument
     * @return d^order s / dx^order at xq
     */
    public double derivative(int order, double xq) {
        if (order < 0) {
            throw new IllegalArgumentException("derivative order must be >= 0, got " + order);
        }
        int last = x.length - 1;
        if (xq < x[0]) {
            return taylor(startTaylor, order, xq - x[0]);
        }
        if (xq > x[last]) {
            return taylor(endTaylor, order, xq - x[last]);
        }
        int width = 2 * halfOrder;
        int i = Knots.intervalAtOrBefore(x, xq);
        double dx = xq - x[i];
        double sum = 0.0;
        for (int j = width - 1; j >= order; j--) {
            sum = sum * dx + coefficients[i * width + j] * HermiteBasis.falling(j, order);
        }
        return sum;
    }

    private static double taylor(double[] c, int order, double dx) {
        double sum = 0.0;
        for (int j = c.length - 1; j >= order; j--) {
            sum = sum * dx + c[j] * HermiteBasis.falling(j, order);
        }
        return sum;
    }
}

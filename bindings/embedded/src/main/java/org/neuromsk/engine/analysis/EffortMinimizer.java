package org.neuromsk.engine.analysis;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealVector;
import org.neuromsk.error.NeuroMskException;

/**
 * Minimises the effort Σ|x_i|^p subject to the linear equalities A·x = b and the bounds l ≤ x ≤ u
 * (p &gt; 1; infinite bounds allowed): the problem OpenSim's static optimisation solves at every frame,
 * with x the actuator controls, A the generalized force of each actuator per unit control and b the
 * generalized forces the motion requires. For p = 2 this is the bounded minimum-norm problem.
 *
 * <p>OpenSim hands the problem to IPOPT with a convergence tolerance of 1e-4; this class solves the
 * same convex problem to round-off instead (own code: Commons Math has no constrained QP). The
 * objective is separable, so the dual function ψ(λ) = min over the box of Σ|x_i|^p − λᵀ(A·x − b) has
 * a closed-form minimiser x_i(λ) = clamp(sign(c_i)·(|c_i|/p)^(1/(p−1)), l_i, u_i) with c = Aᵀλ, and a
 * gradient b − A·x(λ). ψ is concave and maximised by a semismooth Newton iteration with generalized
 * Hessian A_F·W_F·A_Fᵀ over the variables strictly inside their bounds (W = dx/dc), Levenberg
 * regularisation when that matrix is singular, and Armijo backtracking. With the active set fixed the
 * step is exact for p = 2, so the iteration is a primal–dual active-set method that typically stops
 * after a few steps. At the solution x satisfies the bounds exactly and the equalities to
 * {@code tolerance · (1 + max|b_j|)} in the units of b.
 *
 * <p>Immutable and thread-safe.
 */
public final class EffortMinimizer {

    /** Default equality tolerance, relative to 1 + max|b_j|. */
    public static final double DEFAULT_TOLERANCE = 1e-10;
    /** Default Newton iteration limit. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;

    private static final double ARMIJO = 1e-4;
    private static final double SMALLEST_STEP = 1e-20;
    /** Levenberg term, relative to the reference curvature. */
    private static final double REGULARISATION = 1e-14;
    /** Floor of a diagonal entry of the generalized Hessian, relative to the reference curvature. */
    private static final double DIAGONAL_FLOOR = 1e-9;

    /**
     * A solution.
     *
     * @param x the minimiser (within the bounds exactly)
     * @param multipliers λ, the equality multipliers (objective units per unit of b)
     * @param converged whether ‖A·x − b‖∞ reached the tolerance
     * @param residual ‖A·x − b‖∞ (units of b)
     * @param iterations Newton steps taken
     */
    public record Solution(double[] x, double[] multipliers, boolean converged, double residual, int iterations) {
    }

    private final double exponent;
    private final double tolerance;
    private final int maxIterations;

    /**
     * @param exponent p &gt; 1 (OpenSim's {@code activation_exponent})
     */
    public EffortMinimizer(double exponent) {
        this(exponent, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @param exponent p &gt; 1
     * @param tolerance equality tolerance relative to 1 + max|b_j|, &gt; 0
     * @param maxIterations Newton iteration limit, ≥ 1
     * @throws NeuroMskException for values outside these ranges
     */
    public EffortMinimizer(double exponent, double tolerance, int maxIterations) {
        if (!(exponent > 1) || Double.isInfinite(exponent)) {
            throw new NeuroMskException("activation exponent must be a finite number > 1, got " + exponent);
        }
        if (!(tolerance > 0)) {
            throw new NeuroMskException("tolerance must be > 0, got " + tolerance);
        }
        if (maxIterations < 1) {
            throw new NeuroMskException("iteration limit must be >= 1, got " + maxIterations);
        }
        this.exponent = exponent;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** @return p */
    public double exponent() {
        return exponent;
    }

    /**
     * @param a the m×n matrix A, {@code a[row][column]}, finite
     * @param b the m right-hand sides, finite
     * @param lower the n lower bounds (may be −∞)
     * @param upper the n upper bounds (may be +∞), each ≥ its lower bound
     * @return the minimiser, or, when no x satisfies the equalities within the bounds, the last
     *     iterate (within the bounds) with {@code converged} false
     * @throws NeuroMskException on inconsistent dimensions, non-finite data or crossed bounds
     */
    public Solution minimize(double[][] a, double[] b, double[] lower, double[] upper) {
        int m = b.length;
        int n = lower.length;
        check(a, b, lower, upper, m, n);
        double scale = 1.0;
        for (double v : b) {
            scale = Math.max(scale, 1.0 + Math.abs(v));
        }
        double limit = tolerance * scale;
        double reference = referenceCurvature(a);
        double[] lambda = m == 0 ? new double[0] : start(a, b, reference);
        double[] x = new double[n];
        double[] c = new double[n];
        double[] r = new double[m];
        boolean[] free = new boolean[n];
        double psi = evaluate(a, b, lower, upper, lambda, c, x, free, r);
        int iterations = 0;
        double residual = maxAbs(r);
        while (residual > limit && iterations < maxIterations) {
            double[] d = newtonDirection(a, x, free, r, reference);
            double slope = dot(r, d);
            double[] trial = new double[m];
            double[] xTrial = new double[n];
            double[] cTrial = new double[n];
            double[] rTrial = new double[m];
            boolean[] freeTrial = new boolean[n];
            double t = 1.0;
            double psiTrial;
            double slack = 1e-15 * Math.max(1.0, Math.abs(psi));
            while (true) {
                for (int i = 0; i < m; i++) {
                    trial[i] = lambda[i] + t * d[i];
                }
                psiTrial = evaluate(a, b, lower, upper, trial, cTrial, xTrial, freeTrial, rTrial);
                if (psiTrial >= psi + ARMIJO * t * slope - slack || t < SMALLEST_STEP) {
                    break;
                }
                t *= 0.5;
            }
            iterations++;
            if (t < SMALLEST_STEP) {
                break;
            }
            lambda = trial;
            x = xTrial;
            c = cTrial;
            r = rTrial;
            free = freeTrial;
            psi = psiTrial;
            residual = maxAbs(r);
        }
        return new Solution(x, lambda, residual <= limit, residual, iterations);
    }

    /**
     * The minimiser of |x|^p − c·x over [lower, upper].
     *
     * @param c the linear coefficient
     * @param lower lower bound
     * @param upper upper bound
     * @return clamp(sign(c)·(|c|/p)^(1/(p−1)), lower, upper)
     */
    double minimizerOfLagrangian(double c, double lower, double upper) {
        return Math.min(upper, Math.max(lower, unconstrained(c)));
    }

    /** @return the stationary point of |x|^p − c·x, sign(c)·(|c|/p)^(1/(p−1)) */
    private double unconstrained(double c) {
        return exponent == 2.0 ? 0.5 * c : Math.signum(c) * Math.pow(Math.abs(c) / exponent, 1.0 / (exponent - 1.0));
    }

    /** Fills c = Aᵀλ, x(λ), the free set and r = b − A·x; returns ψ(λ). */
    private double evaluate(double[][] a, double[] b, double[] lower, double[] upper, double[] lambda, double[] c,
            double[] x, boolean[] free, double[] r) {
        int m = b.length;
        int n = x.length;
        Arrays.fill(c, 0.0);
        for (int i = 0; i < m; i++) {
            double l = lambda[i];
            if (l != 0) {
                double[] row = a[i];
                for (int j = 0; j < n; j++) {
                    c[j] += row[j] * l;
                }
            }
        }
        double psi = 0;
        for (int j = 0; j < n; j++) {
            double stationary = unconstrained(c[j]);
            double v = Math.min(upper[j], Math.max(lower[j], stationary));
            x[j] = v;
            free[j] = stationary > lower[j] && stationary < upper[j];
            psi += effort(v) - c[j] * v;
        }
        for (int i = 0; i < m; i++) {
            double[] row = a[i];
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += row[j] * x[j];
            }
            r[i] = b[i] - s;
            psi += lambda[i] * b[i];
        }
        return psi;
    }

    private double effort(double v) {
        return exponent == 2.0 ? v * v : Math.pow(Math.abs(v), exponent);
    }

    /** dx/dc on the free set: 1/(p(p−1)|x|^(p−2)), 1/2 for p = 2. */
    private double weight(double v) {
        if (exponent == 2.0) {
            return 0.5;
        }
        double magnitude = Math.max(Math.abs(v), 1e-12);
        return 1.0 / (exponent * (exponent - 1.0) * Math.pow(magnitude, exponent - 2.0));
    }

    /** max_i Σ_j a_ij²/2, the curvature scale of the dual with every variable free at p = 2 (1 if A = 0). */
    private static double referenceCurvature(double[][] a) {
        double largest = 0;
        for (double[] row : a) {
            double s = 0;
            for (double v : row) {
                s += 0.5 * v * v;
            }
            largest = Math.max(largest, s);
        }
        return largest > 0 ? largest : 1.0;
    }

    /**
     * The starting multipliers: those of the minimum-norm solution without bounds,
     * λ = (A·Aᵀ/2 + μI)⁻¹·b, which is the answer when no bound is active and p = 2.
     */
    private static double[] start(double[][] a, double[] b, double reference) {
        int m = b.length;
        double[] w = new double[a.length == 0 ? 0 : a[0].length];
        Arrays.fill(w, 0.5);
        return solveRegularised(hessian(a, w, m), b, REGULARISATION * reference);
    }

    /** Solves (A_F·W·A_Fᵀ + μI)·d = r, with small diagonal entries raised to a floor. */
    private double[] newtonDirection(double[][] a, double[] x, boolean[] free, double[] r, double reference) {
        int m = r.length;
        int n = x.length;
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            w[j] = free[j] ? weight(x[j]) : 0.0;
        }
        double[][] h = hessian(a, w, m);
        double floor = DIAGONAL_FLOOR * reference;
        for (int i = 0; i < m; i++) {
            h[i][i] = Math.max(h[i][i], floor);
        }
        return solveRegularised(h, r, REGULARISATION * reference);
    }

    /** @return A·diag(w)·Aᵀ */
    private static double[][] hessian(double[][] a, double[] w, int m) {
        int n = w.length;
        double[][] h = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k <= i; k++) {
                double s = 0;
                double[] ri = a[i];
                double[] rk = a[k];
                for (int j = 0; j < n; j++) {
                    if (w[j] != 0) {
                        s += ri[j] * w[j] * rk[j];
                    }
                }
                h[i][k] = s;
                h[k][i] = s;
            }
        }
        return h;
    }

    /** Solves (h + μI)·d = r, multiplying μ by 1000 until the matrix is numerically positive definite. */
    private static double[] solveRegularised(double[][] h, double[] r, double initialMu) {
        int m = r.length;
        double mu = initialMu;
        RealVector rhs = new ArrayRealVector(r, false);
        while (true) {
            double[][] regularised = new double[m][];
            for (int i = 0; i < m; i++) {
                regularised[i] = h[i].clone();
                regularised[i][i] += mu;
            }
            try {
                CholeskyDecomposition chol = new CholeskyDecomposition(new Array2DRowRealMatrix(regularised, false),
                        1e-10, 0.0);
                return chol.getSolver().solve(rhs).toArray();
            } catch (NonPositiveDefiniteMatrixException e) {
                mu *= 1e3;
            }
        }
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double s = 0;
        for (double e : v) {
            s = Math.max(s, Math.abs(e));
        }
        return s;
    }

    private static void check(double[][] a, double[] b, double[] lower, double[] upper, int m, int n) {
        if (a.length != m) {
            throw new NeuroMskException("effort minimisation: " + a.length + " matrix rows but " + m
                    + " right-hand sides");
        }
        if (upper.length != n) {
            throw new NeuroMskException("effort minimisation: " + n + " lower but " + upper.length + " upper bounds");
        }
        for (int i = 0; i < m; i++) {
            if (a[i].length != n) {
                throw new NeuroMskException("effort minimisation: matrix row " + i + " has " + a[i].length
                        + " entries, expected " + n);
            }
            if (!Double.isFinite(b[i])) {
                throw new NeuroMskException("effort minimisation: right-hand side " + i + " is " + b[i]);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(a[i][j])) {
                    throw new NeuroMskException("effort minimisation: matrix entry (" + i + ", " + j + ") is "
                            + a[i][j]);
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (Double.isNaN(lower[j]) || Double.isNaN(upper[j]) || lower[j] > upper[j]) {
                throw new NeuroMskException("effort minimisation: bounds of variable " + j + " are [" + lower[j]
                        + ", " + upper[j] + "]");
            }
        }
    }
}

package org.neuromsk.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

/** {@link EffortMinimizer} on problems solved by hand, on random problems checked by their KKT conditions, and on bad input. */
class EffortMinimizerTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final EffortMinimizer SQUARES = new EffortMinimizer(2);

    /** One equality x1 + 2x2 + 3x3 = 14, no bounds: the minimum-norm solution is a·14/|a|² = (1, 2, 3). */
    @Test
    void equalityOnlyGivesMinimumNorm() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[][] {{1, 2, 3}}, new double[] {14}, free(3, false),
                free(3, true));
        assertTrue(s.converged());
        assertArrayEquals(new double[] {1, 2, 3}, s.x(), 1e-12);
    }

    /**
     * x1 + x3 = 1, x2 + x3 = 1: x = Aᵀ(AAᵀ)⁻¹b with AAᵀ = [[2, 1], [1, 2]], (AAᵀ)⁻¹b = (1/3, 1/3), so
     * x = (1/3, 1/3, 2/3).
     */
    @Test
    void twoEqualitiesGiveMinimumNorm() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[][] {{1, 0, 1}, {0, 1, 1}}, new double[] {1, 1},
                free(3, false), free(3, true));
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 2.0 / 3}, s.x(), 1e-12);
    }

    /** x1 + x2 = 2 with x2 ≥ 1.5: the unbounded optimum (1, 1) violates it, so x2 = 1.5 and x1 = 0.5. */
    @Test
    void activeLowerBound() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[][] {{1, 1}}, new double[] {2},
                new double[] {-INF, 1.5}, new double[] {INF, INF});
        assertTrue(s.converged());
        assertArrayEquals(new double[] {0.5, 1.5}, s.x(), 1e-12);
    }

    /** 2x1 + x2 = 5: unbounded optimum (2, 1); with x1 ≤ 1 it becomes (1, 3). */
    @Test
    void activeUpperBound() {
        double[][] a = {{2, 1}};
        assertArrayEquals(new double[] {2, 1}, SQUARES.minimize(a, new double[] {5}, new double[] {0, 0},
                new double[] {INF, INF}).x(), 1e-12);
        assertArrayEquals(new double[] {1, 3}, SQUARES.minimize(a, new double[] {5}, new double[] {0, 0},
                new double[] {1, INF}).x(), 1e-12);
    }

    /**
     * x1 + x2 = 1, x2 + x3 = 1 with x2 ≤ 0.5: x2 = 0.5 forces x1 = x3 = 0.5. KKT: 2x = (1, 1, 1) = Aᵀλ − z
     * with λ = (1, 1) gives Aᵀλ = (1, 2, 1), so z2 = 1 ≥ 0 pushes against the upper bound as it should.
     */
    @Test
    void boundCouplingTwoEqualities() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[][] {{1, 1, 0}, {0, 1, 1}}, new double[] {1, 1},
                new double[] {0, 0, 0}, new double[] {INF, 0.5, INF});
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, s.x(), 1e-12);
        assertArrayEquals(new double[] {1, 1}, s.multipliers(), 1e-9);
    }

    /** Without equalities each variable takes the point of its box nearest 0. */
    @Test
    void noEqualities() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[0][], new double[0], new double[] {0.01, -2, -1},
                new double[] {1, -1, 1});
        assertTrue(s.converged());
        assertArrayEquals(new double[] {0.01, -1, 0}, s.x(), 0.0);
    }

    /** A fixed variable (l = u) keeps its value. */
    @Test
    void fixedVariable() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[][] {{1, 1}}, new double[] {3},
                new double[] {0.25, -INF}, new double[] {0.25, INF});
        assertArrayEquals(new double[] {0.25, 2.75}, s.x(), 1e-12);
    }

    /**
     * p = 3 on x1 + 2x2 = 3 within [0, 2]²: stationarity 3x1² = λ, 3x2² = 2λ gives x2 = √2·x1, so
     * x1 = 3/(1 + 2√2) ≈ 0.784, x2 ≈ 1.108. With x2 ≤ 1 the bound is active: x2 = 1, x1 = 1.
     */
    @Test
    void cubicExponent() {
        EffortMinimizer cubic = new EffortMinimizer(3);
        EffortMinimizer.Solution s = cubic.minimize(new double[][] {{1, 2}}, new double[] {3}, new double[] {0, 0},
                new double[] {2, 2});
        double x1 = 3 / (1 + 2 * Math.sqrt(2));
        assertTrue(s.converged());
        assertArrayEquals(new double[] {x1, Math.sqrt(2) * x1}, s.x(), 1e-9);
        assertArrayEquals(new double[] {1, 1}, cubic.minimize(new double[][] {{1, 2}}, new double[] {3},
                new double[] {0, 0}, new double[] {2, 1}).x(), 1e-9);
    }

    /** x1 + x2 = 5 within [0, 1]²: infeasible; the result stays in the box, at the closest corner (1, 1). */
    @Test
    void infeasibleProblemIsFlaggedAndStaysInBounds() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[][] {{1, 1}}, new double[] {5}, new double[] {0, 0},
                new double[] {1, 1});
        assertFalse(s.converged());
        assertArrayEquals(new double[] {1, 1}, s.x(), 1e-12);
        assertEquals(3, s.residual(), 1e-12);
    }

    /** A coordinate no actuator reaches (zero row) with a non-zero requirement cannot be met. */
    @Test
    void zeroRowWithRequirementIsInfeasible() {
        EffortMinimizer.Solution s = SQUARES.minimize(new double[][] {{1, 1}, {0, 0}}, new double[] {1, 2},
                new double[] {0, 0}, new double[] {1, 1});
        assertFalse(s.converged());
        assertEquals(2, s.residual(), 1e-9);
    }

    /**
     * Random problems (seeded) with a feasible point inside the bounds: the solution must satisfy the
     * equalities, the bounds and the KKT sign conditions z = Aᵀλ − 2x: z ≈ 0 for free variables, z ≤ 0
     * at a lower bound, z ≥ 0 at an upper bound. Also x·F-weighted problems as in static optimisation.
     */
    @Test
    void randomProblemsSatisfyKkt() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + random.nextInt(4);
            int n = m + random.nextInt(8);
            double[][] a = new double[m][n];
            double[] feasible = new double[n];
            double[] lower = new double[n];
            double[] upper = new double[n];
            for (int j = 0; j < n; j++) {
                lower[j] = 0.01;
                upper[j] = random.nextBoolean() ? 1.0 : INF;
                feasible[j] = 0.01 + 0.98 * random.nextDouble();
            }
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = (random.nextDouble() - 0.5) * 40 * (random.nextDouble() < 0.2 ? 0 : 1);
                    b[i] += a[i][j] * feasible[j];
                }
            }
            EffortMinimizer.Solution s = SQUARES.minimize(a, b, lower, upper);
            assertTrue(s.converged(), "trial " + trial + ": residual " + s.residual());
            checkKkt(a, b, lower, upper, s, "trial " + trial);
        }
    }

    @Test
    void badInput() {
        assertThrows(NeuroMskException.class, () -> new EffortMinimizer(1.0));
        assertThrows(NeuroMskException.class, () -> new EffortMinimizer(Double.NaN));
        assertThrows(NeuroMskException.class,
                () -> SQUARES.minimize(new double[][] {{1, 1}}, new double[] {1}, new double[] {1, 0}, new double[] {0, 1}));
        assertThrows(NeuroMskException.class,
                () -> SQUARES.minimize(new double[][] {{1}}, new double[] {1}, new double[] {0, 0}, new double[] {1, 1}));
        assertThrows(NeuroMskException.class, () -> SQUARES.minimize(new double[][] {{Double.NaN, 1}},
                new double[] {1}, new double[] {0, 0}, new double[] {1, 1}));
    }

    private static void checkKkt(double[][] a, double[] b, double[] lower, double[] upper,
            EffortMinimizer.Solution s, String what) {
        double[] x = s.x();
        double[] lambda = s.multipliers();
        double scale = 1;
        for (double v : b) {
            scale = Math.max(scale, 1 + Math.abs(v));
        }
        for (int i = 0; i < b.length; i++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += a[i][j] * x[j];
            }
            assertEquals(b[i], sum, 1e-9 * scale, what + " equality " + i);
        }
        for (int j = 0; j < x.length; j++) {
            assertTrue(x[j] >= lower[j] && x[j] <= upper[j], what + " bound " + j + ": " + Arrays.toString(x));
            double c = 0;
            for (int i = 0; i < b.length; i++) {
                c += a[i][j] * lambda[i];
            }
            double z = c - 2 * x[j];
            double tol = 1e-7 * (1 + Math.abs(c));
            if (x[j] > lower[j] && x[j] < upper[j]) {
                assertEquals(0, z, tol, what + " stationarity of free variable " + j);
            } else if (x[j] == lower[j]) {
                assertTrue(z <= tol, what + " sign at lower bound " + j + ": " + z);
            } else {
                assertTrue(z >= -tol, what + " sign at upper bound " + j + ": " + z);
            }
        }
    }

    private static double[] free(int n, boolean upper) {
        double[] v = new double[n];
        Arrays.fill(v, upper ? INF : -INF);
        return v;
    }
}

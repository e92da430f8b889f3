package org.neuromsk.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class GCVSplineTest {

    private static final double[] IRREGULAR = {-0.3, 0.0, 0.25, 0.4, 0.9, 1.0, 1.6, 2.2, 2.3};

    private static double[] sample(double[] x, java.util.function.DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    @Test
    void quinticReproducesQuadraticsEverywhere() {
        // p = 1.5 − 2x + 0.75x²: p''' = p'''' = 0 everywhere, so p satisfies interpolation, C⁴
        // continuity and the natural end conditions; the natural spline is unique, hence s = p, also
        // outside the knots where s continues as a polynomial of degree m − 1 = 2.
        GCVSpline s = new GCVSpline(5, IRREGULAR, sample(IRREGULAR, x -> 1.5 - 2 * x + 0.75 * x * x));
        assertEquals(5, s.degree());
        for (double x = -2.0; x <= 4.0; x += 0.05) {
            assertEquals(1.5 - 2 * x + 0.75 * x * x, s.value(x), 1e-12, "value at " + x);
            assertEquals(-2 + 1.5 * x, s.firstDerivative(x), 1e-11, "slope at " + x);
            assertEquals(1.5, s.secondDerivative(x), 1e-9, "curvature at " + x);
            assertEquals(0.0, s.derivative(3, x), 1e-7, "third derivative at " + x);
        }
    }

    @Test
    void quinticInterpolatesAndIsNaturalAndSmooth() {
        // The spline is characterised by: interpolation, C⁴ at interior knots, s''' = s'''' = 0 at the
        // end knots, parabola outside. Checking all four properties checks the whole construction.
        Random random = new Random(7);
        double[] y = new double[IRREGULAR.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian();
        }
        GCVSpline s = new GCVSpline(5, IRREGULAR, y);
        for (int i = 0; i < y.length; i++) {
            assertEquals(y[i], s.value(IRREGULAR[i]), 1e-12, "knot " + i);
        }
        int last = IRREGULAR.length - 1;
        double scale = 1e-9 * maxAbsDerivative(s, 4);
        for (int order = 3; order <= 4; order++) {
            assertEquals(0.0, s.derivative(order, IRREGULAR[0]), scale, "order " + order + " at first knot");
            assertEquals(0.0, s.derivative(order, IRREGULAR[last] - 1e-12), scale * 10,
                    "order " + order + " at last knot");
        }
        double eps = 1e-9;
        for (int i = 1; i < last; i++) {
            for (int order = 0; order <= 4; order++) {
                double left = s.derivative(order, IRREGULAR[i] - eps);
                double right = s.derivative(order, IRREGULAR[i] + eps);
                double tolerance = 1e-5 * (1 + Math.abs(s.derivative(order + 1, IRREGULAR[i])));
                assertEquals(left, right, tolerance, "order " + order + " at knot " + i);
            }
        }
        // outside: Taylor parabola of the end knot
        double x0 = IRREGULAR[0];
        double v = s.value(x0);
        double d1 = s.firstDerivative(x0);
        double d2 = s.secondDerivative(x0);
        assertEquals(v + d1 * -1.0 + 0.5 * d2, s.value(x0 - 1.0), 1e-10);
        assertEquals(d2, s.secondDerivative(x0 - 1.0), 1e-10);
        assertEquals(0.0, s.derivative(3, x0 - 1.0));
    }

    private static double maxAbsDerivative(GCVSpline s, int order) {
        double max = 0;
        for (double x = IRREGULAR[0]; x <= IRREGULAR[IRREGULAR.length - 1]; x += 0.01) {
            max = Math.max(max, Math.abs(s.derivative(order, x)));
        }
        return max;
    }

    @Test
    void cubicOnThreePointsIsTheHandNaturalCubic() {
        NaturalCubicSplineTest.assertHandSolution(new GCVSpline(3, new double[] {0, 1, 2}, new double[] {0, 1, 0}));
    }

    @Test
    void cubicMatchesIndependentNaturalCubicOnIrregularData() {
        Random random = new Random(3);
        double[] y = new double[IRREGULAR.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextDouble() * 4 - 2;
        }
        GCVSpline g = new GCVSpline(3, IRREGULAR, y);
        NaturalCubicSpline n = new NaturalCubicSpline(IRREGULAR, y);
        for (double x = -1.0; x <= 3.0; x += 0.013) {
            assertEquals(n.value(x), g.value(x), 1e-12, "value at " + x);
            assertEquals(n.firstDerivative(x), g.firstDerivative(x), 1e-10, "slope at " + x);
            assertEquals(n.secondDerivative(x), g.secondDerivative(x), 1e-9, "curvature at " + x);
        }
    }

    @Test
    void degreeOneIsPiecewiseLinearAndConstantOutside() {
        // m = 1: no unknown derivatives; straight segments; outside a polynomial of degree m − 1 = 0.
        GCVSpline s = new GCVSpline(1, new double[] {0, 1, 3}, new double[] {0, 2, 3});
        assertEquals(1, s.degree());
        assertEquals(1.0, s.value(0.5), 1e-15);
        assertEquals(2.5, s.value(2.0), 1e-15);
        assertEquals(0.5, s.firstDerivative(2.0), 1e-15);
        assertEquals(0.0, s.secondDerivative(2.0));
        assertEquals(0.0, s.value(-4.0));
        assertEquals(3.0, s.value(7.0));
        assertEquals(0.0, s.firstDerivative(7.0));
    }

    @Test
    void degreeIsRoundedAndClampedLikeOpenSim() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {0, 1, 0, 1, 0, 1, 0, 1};
        assertEquals(3, new GCVSpline(4, x, y).degree());
        assertEquals(7, new GCVSpline(9, x, y).degree());
        assertEquals(1, new GCVSpline(-3, x, y).degree());
        // degree 7 reproduces cubics (its null space is polynomials of degree ≤ 3)
        GCVSpline seven = new GCVSpline(7, x, sample(x, t -> t * t * t - 2 * t));
        assertEquals(27 - 6, seven.value(3.0), 1e-10);
        assertEquals(2.5 * 2.5 * 2.5 - 5, seven.value(2.5), 1e-9);
        assertEquals(3 * 6.25 - 2, seven.firstDerivative(2.5), 1e-8);
    }

    @Test
    void derivativesMatchCentralDifferences() {
        double[] x = new double[40];
        double[] y = new double[40];
        Random random = new Random(11);
        double t = 0;
        for (int i = 0; i < x.length; i++) {
            t += 0.05 + 0.05 * random.nextDouble();
            x[i] = t;
            y[i] = Math.sin(3 * t) + 0.1 * random.nextGaussian();
        }
        GCVSpline s = new GCVSpline(5, x, y);
        double h = 1e-6;
        for (double q = x[0] - 0.5; q < x[39] + 0.5; q += 0.0371) {
            double slope = (s.value(q + h) - s.value(q - h)) / (2 * h);
            double curvature = (s.firstDerivative(q + h) - s.firstDerivative(q - h)) / (2 * h);
            double third = (s.secondDerivative(q + h) - s.secondDerivative(q - h)) / (2 * h);
            assertEquals(slope, s.firstDerivative(q), 1e-6 * (1 + Math.abs(slope)), "slope at " + q);
            assertEquals(curvature, s.secondDerivative(q), 1e-5 * (1 + Math.abs(curvature)), "curvature at " + q);
            assertEquals(third, s.derivative(3, q), 1e-3 * (1 + Math.abs(third)), "third at " + q);
        }
    }

    @Test
    void staysSmoothWhenNeighbouringGapsDifferByThousands() {
        // knot gaps drawn log-uniformly in [1e-3, 1]: continuity of orders 1..4 and the natural end
        // conditions must still hold to rounding, relative to the largest derivative of that order.
        Random random = new Random(1);
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += Math.pow(10, -3 * random.nextDouble());
            x[i] = t;
            y[i] = random.nextGaussian();
        }
        GCVSpline s = new GCVSpline(5, x, y);
        for (int k = 0; k <= 4; k++) {
            double scale = 0;
            for (double knot : x) {
                scale = Math.max(scale, Math.abs(s.derivative(k, knot)));
            }
            for (int i = 1; i < n - 1; i++) {
                assertEquals(s.derivative(k, Math.nextDown(x[i])), s.derivative(k, x[i]), 1e-9 * scale,
                        "order " + k + " at knot " + i);
            }
            if (k >= 3) {
                assertEquals(0.0, s.derivative(k, x[0]), 1e-12 * scale);
                assertEquals(0.0, s.derivative(k, Math.nextDown(x[n - 1])), 1e-12 * scale);
            }
        }
    }

    @Test
    void tenThousandKnotsAreFastAndExact() {
        int n = 10_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.01 + 0.003 * Math.sin(i);
            y[i] = Math.sin(x[i]) + 0.5 * Math.cos(7 * x[i]);
        }
        long start = System.nanoTime();
        GCVSpline s = new GCVSpline(5, x, y);
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertTrue(seconds < 2.0, "fit took " + seconds + " s");
        for (int i = 0; i < n; i += 97) {
            assertEquals(y[i], s.value(x[i]), 1e-11);
        }
        // between knots a smooth signal is followed closely (quintic error ~ h⁶·|f⁽⁶⁾|)
        double mid = 0.5 * (x[5000] + x[5001]);
        assertEquals(Math.sin(mid) + 0.5 * Math.cos(7 * mid), s.value(mid), 1e-8);
        assertEquals(Math.cos(mid) - 3.5 * Math.sin(7 * mid), s.firstDerivative(mid), 1e-6);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(NeuroMskException.class, () -> new GCVSpline(5, new double[] {0, 1}, new double[] {0, 1}));
        assertThrows(NeuroMskException.class,
                () -> new GCVSpline(3, new double[] {0, 1, 1, 2}, new double[] {0, 1, 2, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> new GCVSpline(3, new double[] {0, 1, 2}, new double[] {0, 1, 2}).derivative(-1, 0.5));
    }
}

package org.neuromsk.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SimmSplineTest {

    // f = 2x³ − x² + 3x − 1, f' = 6x² − 2x + 3, f'' = 12x − 2
    private static double f(double x) {
        return ((2 * x - 1) * x + 3) * x - 1;
    }

    private static double df(double x) {
        return (6 * x - 2) * x + 3;
    }

    private static double d2f(double x) {
        return 12 * x - 2;
    }

    private static final double[] KNOTS = {0.0, 0.5, 1.5, 2.0, 3.5};

    private static SimmSpline cubicSpline() {
        double[] y = new double[KNOTS.length];
        for (int i = 0; i < KNOTS.length; i++) {
            y[i] = f(KNOTS[i]);
        }
        return new SimmSpline(KNOTS, y);
    }

    @Test
    void reproducesACubicWithFourOrMorePoints() {
        // FMM end conditions match the third derivative of the cubic through the end 4 points; for data
        // from a cubic that is the cubic itself, so the cubic satisfies every equation and is the spline.
        SimmSpline s = cubicSpline();
        for (double x = 0.0; x <= 3.5; x += 0.0625) {
            assertEquals(f(x), s.value(x), 1e-12, "value at " + x);
            assertEquals(df(x), s.firstDerivative(x), 1e-11, "slope at " + x);
            assertEquals(d2f(x), s.secondDerivative(x), 1e-10, "curvature at " + x);
        }
    }

    @Test
    void extrapolatesLinearlyWithEndSlope() {
        SimmSpline s = cubicSpline();
        // left: f(0) + (−1 − 0)·f'(0) = −1 − 3 = −4
        assertEquals(-4.0, s.value(-1.0), 1e-12);
        assertEquals(3.0, s.firstDerivative(-1.0), 1e-12);
        assertEquals(0.0, s.secondDerivative(-1.0));
        // right: f(3.5) = 85.75 − 12.25 + 10.5 − 1 = 83; f'(3.5) = 73.5 − 7 + 3 = 69.5 → s(4.5) = 152.5
        assertEquals(152.5, s.value(4.5), 1e-10);
        assertEquals(69.5, s.firstDerivative(4.5), 1e-10);
        assertEquals(0.0, s.secondDerivative(4.5));
    }

    @Test
    void endKnotRoundoffRule() {
        SimmSpline s = cubicSpline();
        // inside the range and within 2e-13 of the last knot: y exactly (83), f'' = 2c = f''(3.5) = 40
        assertEquals(83.0, s.value(3.5 - 1e-13));
        assertEquals(40.0, s.secondDerivative(3.5 - 1e-13), 1e-9);
        // 1e-10 away the cubic piece is evaluated: 83 − 69.5e-10, which is not 83
        assertNotEquals(83.0, s.value(3.5 - 1e-10));
        assertEquals(83.0 - 69.5e-10, s.value(3.5 - 1e-10), 1e-12);
        // just below x_0 the linear extrapolation applies before the roundoff test: −1 − 3e-13 ≠ −1
        assertEquals(-1.0, s.value(1e-13));
        assertNotEquals(-1.0, s.value(-1e-13));
    }

    @Test
    void threePointsGiveTheParabola() {
        // n = 3: zero third derivative at both ends forces σ_0 = σ_1 = σ_2, i.e. the parabola through
        // the points. Points of y = x² at 0, 1, 3 → s(2) = 4, s'(2) = 4, s'' = 2.
        SimmSpline s = new SimmSpline(new double[] {0, 1, 3}, new double[] {0, 1, 9});
        assertEquals(4.0, s.value(2.0), 1e-13);
        assertEquals(4.0, s.firstDerivative(2.0), 1e-13);
        assertEquals(2.0, s.secondDerivative(2.0), 1e-13);
        assertEquals(0.25, s.value(0.5), 1e-13);
        // slope at the right end = 6 → s(4) = 9 + 6 = 15
        assertEquals(15.0, s.value(4.0), 1e-12);
    }

    @Test
    void twoPointsGiveTheLine() {
        SimmSpline s = new SimmSpline(new double[] {1, 3}, new double[] {2, 6});
        assertEquals(4.0, s.value(2.0));
        assertEquals(2.0, s.firstDerivative(2.0));
        assertEquals(0.0, s.secondDerivative(2.0));
        assertEquals(10.0, s.value(5.0));
    }

    @Test
    void derivativesMatchCentralDifferencesOnIrregularData() {
        double[] x = {0.0, 0.3, 0.7, 1.2, 1.4, 2.0, 2.9};
        double[] y = {0.1, -0.4, 0.8, 0.3, 0.9, -1.2, 0.5};
        SimmSpline s = new SimmSpline(x, y);
        double h = 1e-6;
        for (double t = 0.05; t < 2.9; t += 0.11) {
            double slope = (s.value(t + h) - s.value(t - h)) / (2 * h);
            double curv = (s.firstDerivative(t + h) - s.firstDerivative(t - h)) / (2 * h);
            assertEquals(slope, s.firstDerivative(t), 1e-6, "slope at " + t);
            assertEquals(curv, s.secondDerivative(t), 1e-5, "curvature at " + t);
        }
        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], s.value(x[i]), 1e-14);
        }
    }
}

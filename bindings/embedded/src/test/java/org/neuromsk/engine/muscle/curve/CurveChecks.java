package org.neuromsk.engine.muscle.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finite-difference checks shared by the curve tests. */
final class CurveChecks {

    private CurveChecks() {
    }

    /**
     * Compares the analytic first and second derivatives with central differences of the value and
     * of the first derivative (step h; truncation error O(h²)).
     */
    static void assertDerivativesMatch(MuscleCurve curve, double[] xs, double h, double tolerance) {
        for (double x : xs) {
            double fd1 = (curve.value(x + h) - curve.value(x - h)) / (2 * h);
            double fd2 = (curve.firstDerivative(x + h) - curve.firstDerivative(x - h)) / (2 * h);
            double d1 = curve.firstDerivative(x);
            double d2 = curve.secondDerivative(x);
            assertEquals(fd1, d1, tolerance * Math.max(1, Math.abs(d1)), "first derivative at x = " + x);
            assertEquals(fd2, d2, tolerance * Math.max(1, Math.abs(d2)), "second derivative at x = " + x);
        }
    }

    /** Value and slope agree just left and right of x (continuity of the curve and its slope). */
    static void assertContinuousAt(MuscleCurve curve, double x, double tolerance) {
        double dx = 1e-11;
        assertEquals(curve.value(x - dx), curve.value(x + dx), tolerance, "value jump at x = " + x);
        assertEquals(curve.firstDerivative(x - dx), curve.firstDerivative(x + dx),
                tolerance * Math.max(1, Math.abs(curve.firstDerivative(x))), "slope jump at x = " + x);
    }

    /**
     * Points strictly between from and to, shifted off the round numbers where segment joints and
     * kinks sit, so that a central difference never straddles a jump in a higher derivative.
     */
    static double[] offGrid(double from, double to, int n) {
        double[] xs = grid(from, to, n);
        double shift = 0.3819660112501051 * (to - from) / (n - 1);
        for (int i = 0; i < n; i++) {
            xs[i] = Math.min(to, xs[i] + shift);
        }
        return xs;
    }

    static double[] grid(double from, double to, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = from + (to - from) * i / (n - 1);
        }
        return xs;
    }
}

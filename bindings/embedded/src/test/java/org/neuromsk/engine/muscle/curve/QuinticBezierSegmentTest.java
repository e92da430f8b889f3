package org.neuromsk.engine.muscle.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class QuinticBezierSegmentTest {

    @Test
    void cornerControlPointsSitOnTheTangentsTowardsTheirIntersection() {
        // Tangents y = 0 through (0, 0) and y = 1 + 2(x − 1) through (1, 1) meet at C = (0.5, 0).
        // With c = 0.5: P1 = P2 = (0.25, 0), P3 = P4 = (0.75, 0.5).
        QuinticBezierSegment s = QuinticBezierSegment.corner(0, 0, 0, 1, 1, 2, 0.5);
        assertArrayEquals(new double[] {0, 0.25, 0.25, 0.75, 0.75, 1}, s.controlPointsX());
        assertArrayEquals(new double[] {0, 0, 0, 0.5, 0.5, 1}, s.controlPointsY());
    }

    @Test
    void endsInterpolateWithTheGivenSlopesAndZeroCurvature() {
        QuinticBezierSegment s = QuinticBezierSegment.corner(0.2, 0.1, 0.3, 1.4, 2.0, 4.0, 0.7);
        assertEquals(0.2, s.x(0, 0), 1e-15);
        assertEquals(0.1, s.y(0, 0), 1e-15);
        assertEquals(1.4, s.x(1, 0), 1e-15);
        assertEquals(2.0, s.y(1, 0), 1e-15);
        assertEquals(0.3, s.dydx(0), 1e-13);
        assertEquals(4.0, s.dydx(1), 1e-12);
        // doubled inner control points: B''(0) ∝ P2 − 2P1 + P0 = −(P1 − P0) and x'' ∝ the same, so
        // y''x' − y'x'' = 0 at both ends
        assertEquals(0.0, s.d2ydx2(0), 1e-10);
        assertEquals(0.0, s.d2ydx2(1), 1e-10);
    }

    @Test
    void bernsteinEvaluationMatchesTheExpandedPolynomial() {
        double[] p = {0.3, -1.0, 2.5, 0.7, 4.0, 1.1};
        for (double u : CurveChecks.grid(0, 1, 11)) {
            double v = 1 - u;
            double expected = p[0] * Math.pow(v, 5) + 5 * p[1] * u * Math.pow(v, 4) + 10 * p[2] * u * u * Math.pow(v, 3)
                    + 10 * p[3] * Math.pow(u, 3) * v * v + 5 * p[4] * Math.pow(u, 4) * v + p[5] * Math.pow(u, 5);
            assertEquals(expected, QuinticBezierSegment.bernstein(p, u, 0), 1e-14);
            double h = 1e-6;
            double fd = (QuinticBezierSegment.bernstein(p, u + h, 0) - QuinticBezierSegment.bernstein(p, u - h, 0)) / (2 * h);
            assertEquals(fd, QuinticBezierSegment.bernstein(p, u, 1), 1e-7);
            double fd2 = (QuinticBezierSegment.bernstein(p, u + h, 1) - QuinticBezierSegment.bernstein(p, u - h, 1)) / (2 * h);
            assertEquals(fd2, QuinticBezierSegment.bernstein(p, u, 2), 1e-6);
        }
        // fifth derivative of a quintic is constant: 120·(−P0 + 5P1 − 10P2 + 10P3 − 5P4 + P5)
        double d5 = 120 * (-p[0] + 5 * p[1] - 10 * p[2] + 10 * p[3] - 5 * p[4] + p[5]);
        assertEquals(d5, QuinticBezierSegment.bernstein(p, 0.37, 5), 1e-10);
        assertEquals(0.0, QuinticBezierSegment.bernstein(p, 0.37, 6), 0.0);
    }

    @Test
    void newtonInversionRoundTrips() {
        QuinticBezierSegment s = QuinticBezierSegment.corner(-0.9, 0.0125, 0.25, 0, 1, 5, 0.58);
        for (double u : CurveChecks.grid(0, 1, 101)) {
            double x = s.x(u, 0);
            double back = s.parameterAt(x);
            // Newton stops within OpenSim's tolerance of 100·Eps on x
            assertEquals(x, s.x(back, 0), 100 * Precision.EPS, "x at u = " + u);
            assertEquals(u, back, 1e-9, "u");
        }
        assertThrows(NeuroMskException.class, () -> s.parameterAt(0.5));
    }

    @Test
    void rejectsSShapedInputs() {
        // Parallel tangents of slope 5 through (0, 0) and (1, 1): the "intersection" (0.5, −1.5) is
        // farther from (0, 0) than (1, 1) is, so the pair describes an S, not a corner.
        assertThrows(NeuroMskException.class, () -> QuinticBezierSegment.corner(0, 0, 5, 1, 1, 5, 0.5));
        assertThrows(NeuroMskException.class, () -> QuinticBezierSegment.corner(0, 0, 0, 1, 1, 2, 1.5));
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-15, "index " + i);
        }
    }
}

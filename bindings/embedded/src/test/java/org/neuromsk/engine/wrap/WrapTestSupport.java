package org.neuromsk.engine.wrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-derivation helpers shared by the wrap tests (independent of the code under test). */
final class WrapTestSupport {

    private WrapTestSupport() {
    }

    static double[] v(double x, double y, double z) {
        return new double[] {x, y, z};
    }

    /** Point at polar angle (rad) on a circle of radius r around the z axis, at height z. */
    static double[] onCircle(double r, double angle, double z) {
        return v(r * Math.cos(angle), r * Math.sin(angle), z);
    }

    static double polarAngle(double[] p) {
        return Math.atan2(p[1], p[0]);
    }

    static double radial(double[] p) {
        return Math.hypot(p[0], p[1]);
    }

    /**
     * Half-angle at the centre between the direction to an outside point (at distance d) and a
     * tangent point on a circle of radius r: the right triangle centre–tangent point–point
     * has cos β = r/d.
     */
    static double tangentHalfAngle(double r, double d) {
        return Math.acos(r / d);
    }

    static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    static double[] scale(double s, double[] a) {
        return v(s * a[0], s * a[1], s * a[2]);
    }

    static double[] unit(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return v(a[0] / n, a[1] / n, a[2] / n);
    }

    static double[] minus(double[] a, double[] b) {
        return v(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    }

    /** Rotation matrix about a unit axis (Rodrigues), row-major. */
    static double[][] rotation(double[] axis, double angle) {
        double[] k = unit(axis);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double t = 1 - c;
        return new double[][] {
            {c + t * k[0] * k[0], t * k[0] * k[1] - s * k[2], t * k[0] * k[2] + s * k[1]},
            {t * k[1] * k[0] + s * k[2], c + t * k[1] * k[1], t * k[1] * k[2] - s * k[0]},
            {t * k[2] * k[0] - s * k[1], t * k[2] * k[1] + s * k[0], c + t * k[2] * k[2]},
        };
    }

    static double[] apply(double[][] m, double[] p) {
        return v(m[0][0] * p[0] + m[0][1] * p[1] + m[0][2] * p[2],
                m[1][0] * p[0] + m[1][1] * p[1] + m[1][2] * p[2],
                m[2][0] * p[0] + m[2][1] * p[1] + m[2][2] * p[2]);
    }

    static void assertVector(double[] expected, double[] actual, double tolerance, String what) {
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], actual[i], tolerance, what + " component " + i);
        }
    }

    /** Central-difference gradient of the wrapped length with respect to P1. */
    static double[] lengthGradientAtP1(WrapObject object, double[] p1, double[] p2, boolean adjust, double h) {
        double[] g = new double[3];
        for (int k = 0; k < 3; k++) {
            double[] plus = p1.clone();
            double[] minus = p1.clone();
            plus[k] += h;
            minus[k] -= h;
            double lp = object.wrap(plus, p2, WrapState.INITIAL, adjust).pathLength(plus, p2);
            double lm = object.wrap(minus, p2, WrapState.INITIAL, adjust).pathLength(minus, p2);
            g[k] = (lp - lm) / (2 * h);
        }
        return g;
    }
}

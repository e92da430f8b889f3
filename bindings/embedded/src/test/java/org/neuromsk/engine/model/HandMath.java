package org.neuromsk.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * Rotation matrices, vectors and fixtures for hand-computed expectations. Written out from the
 * definitions so that tests do not take their expected values from the engine's own spatial types.
 */
public final class HandMath {

    private HandMath() {
    }

    /** @return the right-handed rotation by {@code a} (rad) about x */
    public static double[][] rx(double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
    }

    /** @return the right-handed rotation by {@code a} (rad) about y */
    public static double[][] ry(double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
    }

    /** @return the right-handed rotation by {@code a} (rad) about z */
    public static double[][] rz(double a) {
        double c = Math.cos(a);
        double s = Math.sin(a);
        return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
    }

    /** @return body-fixed X-Y-Z sequence {@code Rx(a)·Ry(b)·Rz(c)} */
    public static double[][] xyz(double a, double b, double c) {
        return mul(mul(rx(a), ry(b)), rz(c));
    }

    /** @return Rodrigues' rotation by {@code angle} (rad) about the unit vector {@code n} */
    public static double[][] aboutAxis(double angle, double[] n) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double v = 1 - c;
        double x = n[0];
        double y = n[1];
        double z = n[2];
        return new double[][] {
            {c + x * x * v, x * y * v - z * s, x * z * v + y * s},
            {y * x * v + z * s, c + y * y * v, y * z * v - x * s},
            {z * x * v - y * s, z * y * v + x * s, c + z * z * v}};
    }

    /** @return {@code a·b} */
    public static double[][] mul(double[][] a, double[][] b) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    r[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return r;
    }

    /** @return {@code aᵀ} */
    public static double[][] transpose(double[][] a) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[j][i];
            }
        }
        return r;
    }

    /** @return {@code a·v} */
    public static double[] apply(double[][] a, double[] v) {
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = a[i][0] * v[0] + a[i][1] * v[1] + a[i][2] * v[2];
        }
        return r;
    }

    /** @return {@code a + b} */
    public static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    /** @return {@code a − b} */
    public static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    /** @return {@code a × b} */
    public static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** @return the vector as an engine Vec3 (input to the engine only) */
    public static Vec3 vec(double... v) {
        return new Vec3(v[0], v[1], v[2]);
    }

    /** Asserts each component within {@code tol}. */
    public static void assertPoint(double[] expected, Vec3 actual, double tol, String what) {
        String msg = what + ": expected (" + expected[0] + ", " + expected[1] + ", " + expected[2] + ") got " + actual;
        assertEquals(expected[0], actual.x(), tol, msg);
        assertEquals(expected[1], actual.y(), tol, msg);
        assertEquals(expected[2], actual.z(), tol, msg);
    }

    /**
     * @param absoluteName a class-path resource, e.g. {@code /org/neuromsk/engine/model/x.osim}
     * @return its file (test resources are plain files under target/test-classes)
     */
    public static Path resource(String absoluteName) {
        URL url = HandMath.class.getResource(absoluteName);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + absoluteName);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.neuromsk.engine.multibody;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.Vec3;

/** Component-wise assertions for vectors and rotations. */
public final class Assertions3 {

    private Assertions3() {
    }

    public static void assertVec(Vec3 expected, Vec3 actual, double tol, String what) {
        assertEquals(expected.x(), actual.x(), tol, what + " x: expected " + expected + " got " + actual);
        assertEquals(expected.y(), actual.y(), tol, what + " y: expected " + expected + " got " + actual);
        assertEquals(expected.z(), actual.z(), tol, what + " z: expected " + expected + " got " + actual);
    }

    public static void assertRotation(double[][] expected, Rotation actual, double tol, String what) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], actual.get(i, j), tol, what + " (" + i + "," + j + ") of " + actual);
            }
        }
    }

    public static void assertRotation(Rotation expected, Rotation actual, double tol, String what) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected.get(i, j), actual.get(i, j), tol, what + " (" + i + "," + j + ")");
            }
        }
    }
}

package org.neuromsk.engine.multibody.spatial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neuromsk.engine.multibody.Assertions3.assertRotation;
import static org.neuromsk.engine.multibody.Assertions3.assertVec;

import org.junit.jupiter.api.Test;

class SpatialTypesTest {

    private static final double TOL = 1e-14;

    @Test
    void rotationAboutZIsRightHanded() {
        // 90° about z takes x to y and y to −x.
        Rotation r = Rotation.aboutZ(Math.PI / 2);
        assertVec(Vec3.UNIT_Y, r.apply(Vec3.UNIT_X), TOL, "Rz(90°)·x");
        assertVec(Vec3.UNIT_X.negate(), r.apply(Vec3.UNIT_Y), TOL, "Rz(90°)·y");
        // 90° about x takes y to z; about y takes z to x.
        assertVec(Vec3.UNIT_Z, Rotation.aboutX(Math.PI / 2).apply(Vec3.UNIT_Y), TOL, "Rx(90°)·y");
        assertVec(Vec3.UNIT_X, Rotation.aboutY(Math.PI / 2).apply(Vec3.UNIT_Z), TOL, "Ry(90°)·z");
    }

    @Test
    void rotationAboutObliqueAxisNormalisesAndPermutes() {
        // 120° about (1,1,1) permutes the axes cyclically: x→y, y→z, z→x. Axis given unnormalised.
        Rotation r = Rotation.aboutAxis(2 * Math.PI / 3, new Vec3(2, 2, 2));
        assertVec(Vec3.UNIT_Y, r.apply(Vec3.UNIT_X), 1e-15, "x");
        assertVec(Vec3.UNIT_Z, r.apply(Vec3.UNIT_Y), 1e-15, "y");
        assertVec(Vec3.UNIT_X, r.apply(Vec3.UNIT_Z), 1e-15, "z");
    }

    @Test
    void bodyFixedXyzIsProductOfElementaryRotations() {
        // All three 90°: Rx·Ry = [[0,0,1],[1,0,0],[0,1,0]], times Rz(90°) = [[0,0,1],[0,−1,0],[1,0,0]].
        double h = Math.PI / 2;
        assertRotation(new double[][] {{0, 0, 1}, {0, -1, 0}, {1, 0, 0}}, Rotation.bodyFixedXYZ(h, h, h), TOL,
                "XYZ(90°,90°,90°)");
        Rotation product = Rotation.aboutX(0.3).times(Rotation.aboutY(-0.4)).times(Rotation.aboutZ(0.5));
        assertRotation(product, Rotation.bodyFixedXYZ(0.3, -0.4, 0.5), TOL, "XYZ vs product");
    }

    @Test
    void transformComposesAndInverts() {
        // X_AB: rotate 90° about z, shift (1,2,3). A point (1,0,0) in B is at (1,2,3) + (0,1,0) in A.
        Transform ab = new Transform(Rotation.aboutZ(Math.PI / 2), new Vec3(1, 2, 3));
        assertVec(new Vec3(1, 3, 3), ab.apply(Vec3.UNIT_X), TOL, "point");
        Transform identity = ab.times(ab.inverse());
        assertRotation(Rotation.IDENTITY, identity.rotation(), TOL, "X·X⁻¹");
        assertVec(Vec3.ZERO, identity.translation(), TOL, "X·X⁻¹");
        // Euler offset frame: 90° about x then shift; y of B points along z of A.
        Transform e = Transform.ofEulerXYZ(new Vec3(0, 0, 1), new Vec3(Math.PI / 2, 0, 0));
        assertVec(new Vec3(0, 0, 2), e.apply(Vec3.UNIT_Y), TOL, "Euler frame");
    }

    @Test
    void ofRowMajorRejectsNonRotations() {
        assertThrows(IllegalArgumentException.class, () -> Rotation.ofRowMajor(1, 0, 0, 0, 1, 0, 0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> Rotation.ofRowMajor(1, 0, 0, 0, 1, 0, 0, 0, -1));
        Rotation r = Rotation.ofRowMajor(0, -1, 0, 1, 0, 0, 0, 0, 1);
        assertEquals(Rotation.aboutZ(Math.PI / 2).get(1, 0), r.get(1, 0), TOL);
    }

    @Test
    void vectorAlgebra() {
        Vec3 a = new Vec3(1, 2, 3);
        Vec3 b = new Vec3(-2, 0.5, 4);
        // a × b = (2·4 − 3·0.5, 3·(−2) − 1·4, 1·0.5 − 2·(−2)) = (6.5, −10, 4.5)
        assertVec(new Vec3(6.5, -10, 4.5), a.cross(b), TOL, "cross");
        assertEquals(-2 + 1 + 12, a.dot(b), TOL);
        assertEquals(Math.sqrt(14), a.norm(), TOL);
        assertThrows(ArithmeticException.class, Vec3.ZERO::normalized);
    }
}

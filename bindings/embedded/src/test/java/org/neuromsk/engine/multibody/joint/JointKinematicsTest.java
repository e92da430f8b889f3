package org.neuromsk.engine.multibody.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.multibody.Assertions3.assertRotation;
import static org.neuromsk.engine.multibody.Assertions3.assertVec;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.FiniteDifferences;
import org.neuromsk.engine.multibody.TestFunctions;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.SpatialVec;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * Each joint's X_FM(q) against hand-computed values, and its velocity H·u and acceleration
 * H·u̇ + Ḣ·u against central differences of X_FM along the path q(t) = q0 + u0·t + ½·u̇·t²
 * (valid where u = q̇).
 */
class JointKinematicsTest {

    private static final double TOL = 1e-14;
    private static final double FD_VEL_TOL = 1e-8;
    private static final double FD_ACC_TOL = 2e-6;
    private static final double H = Math.PI / 2;

    private static Coordinate c(String name) {
        return Coordinate.named(name);
    }

    @Test
    void weldIsIdentity() {
        Transform x = new WeldJoint("w").transformFM();
        assertRotation(Rotation.IDENTITY, x.rotation(), 0, "R");
        assertVec(Vec3.ZERO, x.translation(), 0, "p");
    }

    @Test
    void pinRotatesAboutZ() {
        PinJoint pin = new PinJoint("pin", c("a"));
        // Rz(30°) = [[√3/2, −1/2, 0], [1/2, √3/2, 0], [0, 0, 1]]
        double s3 = Math.sqrt(3) / 2;
        assertRotation(new double[][] {{s3, -0.5, 0}, {0.5, s3, 0}, {0, 0, 1}},
                pin.transformFM(Math.PI / 6).rotation(), TOL, "Rz(30°)");
        // ω = z·u; no linear velocity; α = z·u̇.
        SpatialVec v = pin.velocityFM(new double[] {0.3}, new double[] {2});
        assertVec(new Vec3(0, 0, 2), v.angular(), TOL, "ω");
        assertVec(Vec3.ZERO, v.linear(), TOL, "v");
        assertVec(new Vec3(0, 0, -1.5), pin.accelerationFM(new double[] {0.3}, new double[] {2},
                new double[] {-1.5}).angular(), TOL, "α");
        checkAgainstFiniteDifferences(pin, new double[] {0.3}, new double[] {2}, new double[] {-1.5});
    }

    @Test
    void sliderTranslatesAlongX() {
        SliderJoint slider = new SliderJoint("s", c("x"));
        assertVec(new Vec3(0.25, 0, 0), slider.transformFM(0.25).translation(), TOL, "p");
        assertEquals(MotionType.TRANSLATIONAL, slider.motionType(0));
        checkAgainstFiniteDifferences(slider, new double[] {0.25}, new double[] {-0.4}, new double[] {0.9});
    }

    @Test
    void universalIsXThenY() {
        UniversalJoint u = new UniversalJoint("u", c("a"), c("b"));
        // Rx(90°)·Ry(90°) = [[1,0,0],[0,0,−1],[0,1,0]]·[[0,0,1],[0,1,0],[−1,0,0]] = [[0,0,1],[1,0,0],[0,1,0]]
        assertRotation(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}, u.transformFM(H, H).rotation(), TOL,
                "Rx·Ry");
        // At q0 = 90°, the second axis (M's y) lies along F's z: ω = x·u0 + z·u1.
        SpatialVec v = u.velocityFM(new double[] {H, 0.2}, new double[] {0.7, -1.1});
        assertVec(new Vec3(0.7, 0, -1.1), v.angular(), TOL, "ω");
        checkAgainstFiniteDifferences(u, new double[] {0.4, -0.8}, new double[] {1.3, 0.6},
                new double[] {-0.5, 2.0});
    }

    @Test
    void gimbalIsBodyFixedXyz() {
        GimbalJoint g = new GimbalJoint("g", c("a"), c("b"), c("c"));
        // See SpatialTypesTest: XYZ(90°,90°,90°) = [[0,0,1],[0,−1,0],[1,0,0]].
        assertRotation(new double[][] {{0, 0, 1}, {0, -1, 0}, {1, 0, 0}}, g.transformFM(H, H, H).rotation(), TOL,
                "R");
        // At zero angles the axes are x, y, z: ω = u.
        assertVec(new Vec3(0.1, 0.2, 0.3),
                g.velocityFM(new double[] {0, 0, 0}, new double[] {0.1, 0.2, 0.3}).angular(), TOL, "ω at 0");
        checkAgainstFiniteDifferences(g, new double[] {0.4, -0.8, 1.2}, new double[] {1.3, 0.6, -0.9},
                new double[] {-0.5, 2.0, 0.7});
    }

    @Test
    void ballUsesAnglesForPositionAndAngularVelocityForSpeeds() {
        BallJoint ball = new BallJoint("b", c("a"), c("b"), c("c"));
        assertRotation(new double[][] {{0, 0, 1}, {0, -1, 0}, {1, 0, 0}}, ball.transformFM(H, H, H).rotation(),
                TOL, "R");
        // u is ω_FM in F whatever the angles: H = [I; 0], Ḣ = 0.
        double[] q = {0.4, -0.8, 1.2};
        assertVec(new Vec3(0.1, 0.2, 0.3), ball.velocityFM(q, new double[] {0.1, 0.2, 0.3}).angular(), TOL, "ω");
        assertVec(new Vec3(-1, 2, 0.5), ball.accelerationFM(q, new double[] {0.1, 0.2, 0.3},
                new double[] {-1, 2, 0.5}).angular(), TOL, "α");
        assertFalse(ball.speedsAreCoordinateRates());
    }

    @Test
    void freeHasAnglesThenTranslationInF() {
        FreeJoint free = new FreeJoint("f", c("rx"), c("ry"), c("rz"), c("tx"), c("ty"), c("tz"));
        Transform x = free.transformFM(H, H, H, 1, 2, 3);
        assertRotation(new double[][] {{0, 0, 1}, {0, -1, 0}, {1, 0, 0}}, x.rotation(), TOL, "R");
        // Translation is measured in F, unaffected by the rotation.
        assertVec(new Vec3(1, 2, 3), x.translation(), TOL, "p");
        SpatialVec v = free.velocityFM(new double[] {0.1, 0.2, 0.3, 1, 2, 3}, new double[] {1, 2, 3, 4, 5, 6});
        assertVec(new Vec3(1, 2, 3), v.angular(), TOL, "ω");
        assertVec(new Vec3(4, 5, 6), v.linear(), TOL, "v");
        assertEquals(List.of(MotionType.ROTATIONAL, MotionType.ROTATIONAL, MotionType.ROTATIONAL,
                MotionType.TRANSLATIONAL, MotionType.TRANSLATIONAL, MotionType.TRANSLATIONAL),
                List.of(free.motionType(0), free.motionType(1), free.motionType(2), free.motionType(3),
                        free.motionType(4), free.motionType(5)));
    }

    @Test
    void planarRotatesAboutZAndTranslatesInF() {
        PlanarJoint planar = new PlanarJoint("p", c("rz"), c("tx"), c("ty"));
        Transform x = planar.transformFM(H, 0.3, -0.2);
        assertRotation(new double[][] {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}, x.rotation(), TOL, "Rz(90°)");
        assertVec(new Vec3(0.3, -0.2, 0), x.translation(), TOL, "p");
        checkAgainstFiniteDifferences(planar, new double[] {0.5, 0.3, -0.2}, new double[] {1.1, -0.4, 0.8},
                new double[] {0.3, 0.2, -1.7});
    }

    /**
     * CustomJoint with a non-unit oblique rotation axis a = (1,2,2) (|a| = 3) driven by
     * f(q) = 0.3 + 0.5q + 0.8q², and a translation along (0,3,4) (|·| = 5) driven by
     * g(q) = −0.2q + 0.1q².
     */
    @Test
    void customJointWithObliqueAxisAndQuadraticFunctions() {
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.of(new Vec3(1, 2, 2), "k", TestFunctions.quadratic(0.3, 0.5, 0.8), false),
                TransformAxis.unused(Vec3.UNIT_Y),
                TransformAxis.unused(Vec3.UNIT_Z),
                TransformAxis.of(new Vec3(0, 3, 4), "k", TestFunctions.quadratic(0, -0.2, 0.1), false),
                TransformAxis.unused(Vec3.UNIT_X),
                TransformAxis.unused(Vec3.UNIT_Z));
        CustomJoint joint = new CustomJoint("custom", st, List.of());
        assertEquals(MotionType.COUPLED, joint.motionType(0));
        double q = 0.5;
        double u = 1.2;
        double udot = -0.7;
        Transform x = joint.transformFM(q);
        // f(0.5) = 0.3 + 0.25 + 0.2 = 0.75 rad about a = (1,2,2)/3.
        Vec3 a = new Vec3(1, 2, 2).times(1.0 / 3);
        assertVec(a, x.rotation().apply(a), TOL, "axis is fixed");
        // For v ⊥ a: R·v = cos f·v + sin f·(a × v). v = (2,−1,0)/√5, a × v = (2,4,−5)/(3√5).
        Vec3 v = new Vec3(2, -1, 0).times(1 / Math.sqrt(5));
        Vec3 axv = new Vec3(2, 4, -5).times(1 / (3 * Math.sqrt(5)));
        assertVec(v.times(Math.cos(0.75)).plus(axv.times(Math.sin(0.75))), x.rotation().apply(v), TOL, "R·v");
        // g(0.5) = −0.1 + 0.025 = −0.075 m along (0, 0.6, 0.8).
        assertVec(new Vec3(0, -0.045, -0.06), x.translation(), TOL, "p");
        // ω = a·f'(q)·u with f' = 0.5 + 1.6q = 1.3; v = (0,.6,.8)·g'(q)·u with g' = −0.2 + 0.2q = −0.1.
        SpatialVec vel = joint.velocityFM(new double[] {q}, new double[] {u});
        assertVec(a.times(1.3 * u), vel.angular(), TOL, "ω");
        assertVec(new Vec3(0, 0.6, 0.8).times(-0.1 * u), vel.linear(), TOL, "v");
        // α = a·(f''u² + f'u̇), f'' = 1.6; a_lin = (0,.6,.8)·(g''u² + g'u̇), g'' = 0.2.
        SpatialVec acc = joint.accelerationFM(new double[] {q}, new double[] {u}, new double[] {udot});
        assertVec(a.times(1.6 * u * u + 1.3 * udot), acc.angular(), TOL, "α");
        assertVec(new Vec3(0, 0.6, 0.8).times(0.2 * u * u - 0.1 * udot), acc.linear(), TOL, "a");
        checkAgainstFiniteDifferences(joint, new double[] {q}, new double[] {u}, new double[] {udot});
    }

    /** Pelvis-like 3 rotations + 3 translations, each its own coordinate; both conventions are exact. */
    @Test
    void customJointWithSixIndependentCoordinatesMatchesDifferencesInBothConventions() {
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.identity(new Vec3(0, 0, 1), "tilt"),
                TransformAxis.identity(new Vec3(1, 0, 0), "list"),
                TransformAxis.identity(new Vec3(0, 1, 0), "rot"),
                TransformAxis.identity(new Vec3(1, 0, 0), "tx"),
                TransformAxis.identity(new Vec3(0, 1, 0), "ty"),
                TransformAxis.identity(new Vec3(0, 0, 1), "tz"));
        double[] q = {0.3, -0.4, 0.9, 0.1, 0.95, -0.2};
        double[] u = {1.1, -0.7, 0.4, 0.9, -0.3, 0.2};
        double[] udot = {-2.0, 0.5, 1.3, 0.2, 0.1, -0.6};
        for (CustomJoint.HDotConvention conv : CustomJoint.HDotConvention.values()) {
            CustomJoint joint = new CustomJoint("pelvis", st, List.of(), conv);
            // Z-X-Y body-fixed angles.
            Rotation expected = Rotation.aboutZ(0.3).times(Rotation.aboutX(-0.4)).times(Rotation.aboutY(0.9));
            assertRotation(expected, joint.transformFM(q).rotation(), TOL, "R " + conv);
            checkAgainstFiniteDifferences(joint, q, u, udot);
        }
    }

    /**
     * One coordinate driving three rotations (like walker_knee). EXACT matches differences. SIMBODY
     * uses the full angular velocity instead of a0·ḟ0 for column 1 of Ẇ, which adds
     * ((W1·ḟ1 + W2·ḟ2) × W1)·ḟ1 = ḟ1·ḟ2·(W2 × W1) to α (column 2 is unaffected because the extra
     * part W2·ḟ2 is parallel to W2).
     */
    @Test
    void coupledCustomJointConventionsDifferByTheSimbodyTerm() {
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.identity(new Vec3(0, 0, 1), "knee"),
                TransformAxis.of(new Vec3(1, 0, 0), "knee", TestFunctions.quadratic(0, 0.1, 0.2), false),
                TransformAxis.of(new Vec3(0, 1, 0), "knee", TestFunctions.quadratic(0.05, -0.15, 0.1), false),
                TransformAxis.of(new Vec3(1, 0, 0), "knee", TestFunctions.quadratic(0, 0, 0.02), false),
                TransformAxis.of(new Vec3(0, 1, 0), "knee", TestFunctions.quadratic(0, -0.01, 0), false),
                TransformAxis.unused(new Vec3(0, 0, 1)));
        double[] q = {0.8};
        double[] u = {3.0};
        double[] udot = {-4.0};
        CustomJoint exact = new CustomJoint("knee", st, List.of(), CustomJoint.HDotConvention.EXACT);
        CustomJoint simbody = new CustomJoint("knee", st, List.of());
        assertEquals(MotionType.ROTATIONAL, exact.motionType(0));
        checkAgainstFiniteDifferences(exact, q, u, udot);
        // Hand: f0 = q, f1 = 0.1q + 0.2q², f2 = 0.05 − 0.15q + 0.1q²
        double f0 = 0.8;
        double f1 = 0.08 + 0.128;
        double f1dot = (0.1 + 0.4 * 0.8) * u[0];
        double f2dot = (-0.15 + 0.2 * 0.8) * u[0];
        Rotation r1 = Rotation.aboutZ(f0);
        Vec3 w1 = r1.apply(Vec3.UNIT_X);
        Vec3 w2 = r1.times(Rotation.aboutX(f1)).apply(Vec3.UNIT_Y);
        Vec3 extra = w2.cross(w1).times(f1dot * f2dot);
        Vec3 diff = simbody.accelerationFM(q, u, udot).angular().minus(exact.accelerationFM(q, u, udot).angular());
        assertVec(extra, diff, 1e-13, "SIMBODY − EXACT");
        assertTrue(extra.norm() > 1e-3, "the test case must make the conventions differ");
        // Positions and velocities do not depend on the convention.
        assertVec(exact.velocityFM(q, u).angular(), simbody.velocityFM(q, u).angular(), 0, "ω");
    }

    /**
     * Velocity: ω_FM from Ṙ·Rᵀ and v from ṗ; acceleration: α from R̈·Rᵀ + Ṙ·Ṙᵀ and a from p̈, all by
     * central differences of X_FM(q(t)), q(t) = q0 + u0·t + ½·u̇·t².
     */
    static void checkAgainstFiniteDifferences(Joint joint, double[] q0, double[] u0, double[] udot) {
        assertTrue(joint.speedsAreCoordinateRates());
        java.util.function.DoubleFunction<Transform> path = t -> {
            double[] q = new double[q0.length];
            for (int i = 0; i < q.length; i++) {
                q[i] = q0[i] + u0[i] * t + 0.5 * udot[i] * t * t;
            }
            return joint.transformFM(q);
        };
        SpatialVec v = joint.velocityFM(q0, u0);
        assertVec(FiniteDifferences.angularVelocity(path), v.angular(), FD_VEL_TOL, joint + " ω");
        assertVec(FiniteDifferences.velocity(t -> path.apply(t).translation()), v.linear(), FD_VEL_TOL,
                joint + " v");
        SpatialVec a = joint.accelerationFM(q0, u0, udot);
        assertVec(FiniteDifferences.angularAcceleration(path), a.angular(), FD_ACC_TOL, joint + " α");
        assertVec(FiniteDifferences.acceleration(t -> path.apply(t).translation()), a.linear(), FD_ACC_TOL,
                joint + " a");
    }
}

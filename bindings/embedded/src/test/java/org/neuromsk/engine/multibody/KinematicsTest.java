package org.neuromsk.engine.multibody;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neuromsk.engine.multibody.Assertions3.assertRotation;
import static org.neuromsk.engine.multibody.Assertions3.assertVec;

import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.joint.BallJoint;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.joint.PinJoint;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;

/** Body, frame and station kinematics in Ground. */
class KinematicsTest {

    private static final double TOL = 1e-14;

    /**
     * Pin pendulum hung from an offset frame: pivot at (0, 2, 0) in Ground with F rotated 90° about
     * x (so F's z is Ground's −y); child frame M on the body at (0, 0.5, 0) in body coordinates.
     * X_GB = X_GF·Rz(q)·X_MB; at q = 0 the body origin is at (0,2,0) − (0, 0.5, 0) rotated by F.
     */
    @Test
    void bodyTransformComposesOffsetFramesAndJoint() {
        Body link = new Body("link", 1, Vec3.ZERO, Inertia.ZERO);
        OffsetFrame pivot = OffsetFrame.of("pivot", Ground.INSTANCE, new Vec3(0, 2, 0), new Vec3(Math.PI / 2, 0, 0));
        OffsetFrame m = OffsetFrame.of("m", link, new Vec3(0, 0.5, 0), Vec3.ZERO);
        MultibodyModel model = MultibodyModel.builder()
                .addJoint(new PinJoint("pin", Coordinate.named("q")), pivot, m).build();
        Kinematics k = new Kinematics(model);
        k.realizePosition(new double[] {Math.PI / 2});
        // R_GB = Rx(90°)·Rz(90°)·I = [[0,−1,0],[0,0,−1],[1,0,0]]
        Transform x = k.frameTransform(link);
        assertRotation(new double[][] {{0, -1, 0}, {0, 0, -1}, {1, 0, 0}}, x.rotation(), TOL, "R_GB");
        // p_GB = p_GF + R_GB·(−0.5 y_B) = (0,2,0) − 0.5·(−1, 0, 0) = (0.5, 2, 0)
        assertVec(new Vec3(0.5, 2, 0), x.translation(), TOL, "p_GB");
        // The child frame origin coincides with the pivot.
        assertVec(new Vec3(0, 2, 0), k.frameTransform(m).translation(), TOL, "M origin");
        assertVec(new Vec3(0, 2, 0), k.stationPosition(m, Vec3.ZERO), TOL, "station at M");
        // A station (1,0,0) on the link: (0.5,2,0) + R_GB·x = (0.5, 2, 1)
        assertVec(new Vec3(0.5, 2, 1), k.stationPosition(link, Vec3.UNIT_X), TOL, "station");
        // Velocity: rotation about F's z = Ground −y at rate u; station velocity = ω × (p − pivot).
        k.realizeVelocity(new double[] {2});
        Vec3 w = new Vec3(0, -2, 0);
        assertVec(w, k.bodyVelocity(1).angular(), TOL, "ω");
        assertVec(w.cross(new Vec3(0.5, 0, 1)), k.stationVelocity(link, Vec3.UNIT_X), TOL, "station v");
        assertThrows(IllegalStateException.class, () -> k.stationAcceleration(link, Vec3.UNIT_X));
    }

    /** A chain of every u = q̇ joint type; station velocity and acceleration vs differences of positions. */
    @Test
    void stationKinematicsMatchFiniteDifferencesOnAChain() {
        MultibodyModel model = TestModels.chainOfAllJointTypes();
        int n = model.numCoordinates();
        double[] q0 = new double[n];
        double[] u0 = new double[n];
        double[] udot = new double[n];
        for (int i = 0; i < n; i++) {
            q0[i] = 0.3 * Math.sin(1.7 * i + 0.4);
            u0[i] = 0.9 * Math.cos(2.3 * i + 0.1);
            udot[i] = 1.4 * Math.sin(0.7 * i - 0.5);
        }
        Kinematics k = new Kinematics(model);
        k.realize(q0, u0, udot);
        Kinematics other = new Kinematics(model);
        for (Body b : model.bodies()) {
            Vec3 station = new Vec3(0.05, -0.12, 0.07);
            DoubleFunction<Vec3> path = t -> {
                other.realizePosition(along(q0, u0, udot, t));
                return other.stationPosition(b, station);
            };
            DoubleFunction<Transform> frame = t -> {
                other.realizePosition(along(q0, u0, udot, t));
                return other.frameTransform(b);
            };
            assertVec(FiniteDifferences.velocity(path), k.stationVelocity(b, station), 1e-8, b + " v");
            assertVec(FiniteDifferences.acceleration(path), k.stationAcceleration(b, station), 3e-6, b + " a");
            assertVec(FiniteDifferences.angularVelocity(frame), k.bodyVelocity(model.bodyIndex(b)).angular(), 1e-8,
                    b + " ω");
            assertVec(FiniteDifferences.angularAcceleration(frame),
                    k.bodyAcceleration(model.bodyIndex(b)).angular(), 3e-6, b + " α");
        }
    }

    /**
     * Ball joint: q are body-fixed XYZ angles, u is ω_FM in F. Along q(t) = q0 + q̇·t + ½q̈·t², the
     * speeds are ω = Ṙ·Rᵀ and u̇ = α (both from differences of R); station kinematics computed from
     * those u and u̇ must match differences of the station position. F is rotated so that "in F"
     * and "in Ground" differ.
     */
    @Test
    void ballJointSpeedsAreAngularVelocityInParentFrame() {
        Body b = new Body("b", 1, Vec3.ZERO, Inertia.ZERO);
        OffsetFrame f = OffsetFrame.of("f", Ground.INSTANCE, new Vec3(0.1, 0.2, 0.3), new Vec3(0.4, -0.2, 0.9));
        MultibodyModel model = MultibodyModel.builder()
                .addJoint(new BallJoint("ball", Coordinate.named("x"), Coordinate.named("y"), Coordinate.named("z")),
                        f, b).build();
        double[] q0 = {0.3, -0.5, 0.8};
        double[] qd = {1.1, 0.4, -0.7};
        double[] qdd = {-0.6, 1.5, 0.2};
        BallJoint joint = (BallJoint) model.mobilizedBodies().get(0).joint();
        DoubleFunction<Transform> xfm = t -> joint.transformFM(along(q0, qd, qdd, t));
        Vec3 omegaF = FiniteDifferences.angularVelocity(xfm);
        Vec3 alphaF = FiniteDifferences.angularAcceleration(xfm);
        Kinematics k = new Kinematics(model);
        k.realize(q0, new double[] {omegaF.x(), omegaF.y(), omegaF.z()},
                new double[] {alphaF.x(), alphaF.y(), alphaF.z()});
        Vec3 station = new Vec3(0.3, 0.1, -0.2);
        Kinematics other = new Kinematics(model);
        DoubleFunction<Vec3> path = t -> {
            other.realizePosition(along(q0, qd, qdd, t));
            return other.stationPosition(b, station);
        };
        assertVec(FiniteDifferences.velocity(path), k.stationVelocity(b, station), 1e-8, "v");
        assertVec(FiniteDifferences.acceleration(path), k.stationAcceleration(b, station), 3e-6, "a");
        // ω in Ground is R_GF·u.
        Rotation rgf = f.transformInBase().rotation();
        assertVec(rgf.apply(omegaF), k.bodyVelocity(1).angular(), 1e-14, "ω_G");
    }

    static double[] along(double[] q0, double[] u0, double[] udot, double t) {
        double[] q = new double[q0.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = q0[i] + u0[i] * t + 0.5 * udot[i] * t * t;
        }
        return q;
    }
}

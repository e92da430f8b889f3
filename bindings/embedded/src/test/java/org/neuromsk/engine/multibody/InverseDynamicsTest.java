package org.neuromsk.engine.multibody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.joint.FreeJoint;
import org.neuromsk.engine.multibody.joint.PinJoint;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.SpatialVec;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/** Inverse dynamics against closed-form equations of motion and consistency identities. */
class InverseDynamicsTest {

    private static final double G = 9.80665;
    private static final Vec3 GRAVITY = new Vec3(0, -G, 0);

    /**
     * Pin about z at the origin, point mass m at (0, −l, 0) in the body: its position is
     * (l·sin q, −l·cos q, 0), so q is measured counter-clockwise from hanging straight down.
     * Gravity's moment about z is (l sin q, −l cos q, 0) × (0, −mg, 0) = −m·g·l·sin q, hence
     * τ = m·l²·q̈ + m·g·l·sin q, independent of q̇.
     */
    @Test
    void pointMassPendulum() {
        double m = 2.0;
        double l = 0.7;
        Body bob = new Body("bob", m, new Vec3(0, -l, 0), Inertia.ZERO);
        MultibodyModel model = MultibodyModel.builder()
                .addJoint(new PinJoint("pin", Coordinate.named("q")), Ground.INSTANCE, bob).build();
        InverseDynamics id = new InverseDynamics(model);
        double q = 0.4;
        double qdd = -0.7;
        double expected = m * l * l * qdd + m * G * l * Math.sin(q);
        for (double qd : new double[] {0, 1.3, -5}) {
            double[] tau = id.solve(new double[] {q}, new double[] {qd}, new double[] {qdd}, GRAVITY, null);
            assertEquals(expected, tau[0], 1e-12, "q̇ = " + qd);
        }
    }

    /**
     * Uniform rod of mass m and length L hanging from a pivot placed by an offset frame at
     * (0.1, 2, 0): mass centre (0, −L/2, 0), Izz about it m·L²/12. About the pivot
     * I = m·L²/12 + m·L²/4 = m·L²/3, so τ = (m·L²/3)·q̈ + m·g·(L/2)·sin q.
     */
    @Test
    void rodPendulumWithInertia() {
        double m = 1.5;
        double len = 0.9;
        double ic = m * len * len / 12;
        Body rod = new Body("rod", m, new Vec3(0, -len / 2, 0), Inertia.diagonal(ic, 0, ic));
        MultibodyModel model = MultibodyModel.builder()
                .addJoint(new PinJoint("pin", Coordinate.named("q")),
                        OffsetFrame.of("pivot", Ground.INSTANCE, new Vec3(0.1, 2, 0), Vec3.ZERO), rod)
                .build();
        double q = -1.1;
        double qdd = 2.3;
        double[] tau = new InverseDynamics(model).solve(new double[] {q}, new double[] {0.8}, new double[] {qdd},
                GRAVITY, null);
        assertEquals(m * len * len / 3 * qdd + m * G * len / 2 * Math.sin(q), tau[0], 1e-12);
    }

    /**
     * Planar double pendulum of point masses m1, m2 on massless links l1, l2, with relative pin
     * angles q1 (link 1 from hanging) and q2 (link 2 relative to link 1). With absolute angles
     * θ1 = q1, θ2 = q1 + q2 and the textbook equations
     * Q1 = (m1+m2)·l1²·θ̈1 + m2·l1·l2·cos(θ1−θ2)·θ̈2 + m2·l1·l2·sin(θ1−θ2)·θ̇2² + (m1+m2)·g·l1·sin θ1,
     * Q2 = m2·l2²·θ̈2 + m2·l1·l2·cos(θ1−θ2)·θ̈1 − m2·l1·l2·sin(θ1−θ2)·θ̇1² + m2·g·l2·sin θ2,
     * virtual work (δθ1 = δq1, δθ2 = δq1 + δq2) gives τ1 = Q1 + Q2, τ2 = Q2.
     */
    @Test
    void doublePendulumMatchesTextbookEquations() {
        double m1 = 1.3;
        double m2 = 0.8;
        double l1 = 0.6;
        double l2 = 0.45;
        MultibodyModel model = doublePendulum(m1, m2, l1, l2);
        InverseDynamics id = new InverseDynamics(model);
        double[][] states = {
            {0.3, -0.7, 1.1, 2.0, -0.5, 0.9},
            {2.5, 1.2, -3.0, 0.4, 4.0, -2.2},
            {0, 0, 0, 0, 0, 0},
        };
        for (double[] s : states) {
            double q1 = s[0];
            double q2 = s[1];
            double t1 = q1;
            double t2 = q1 + q2;
            double t1d = s[2];
            double t2d = s[2] + s[3];
            double t1dd = s[4];
            double t2dd = s[4] + s[5];
            double c = Math.cos(t1 - t2);
            double sn = Math.sin(t1 - t2);
            double bigQ1 = (m1 + m2) * l1 * l1 * t1dd + m2 * l1 * l2 * c * t2dd + m2 * l1 * l2 * sn * t2d * t2d
                    + (m1 + m2) * G * l1 * Math.sin(t1);
            double bigQ2 = m2 * l2 * l2 * t2dd + m2 * l1 * l2 * c * t1dd - m2 * l1 * l2 * sn * t1d * t1d
                    + m2 * G * l2 * Math.sin(t2);
            double[] tau = id.solve(new double[] {q1, q2}, new double[] {s[2], s[3]}, new double[] {s[4], s[5]},
                    GRAVITY, null);
            assertEquals(bigQ1 + bigQ2, tau[0], 1e-12, "τ1");
            assertEquals(bigQ2, tau[1], 1e-12, "τ2");
        }
        // Mass matrix in relative coordinates: M11 = (m1+m2)l1² + m2l2² + 2m2l1l2cos q2,
        // M12 = m2l2² + m2l1l2cos q2, M22 = m2l2².
        double q2 = 0.9;
        double[][] mm = id.massMatrix(new double[] {0.4, q2});
        assertEquals((m1 + m2) * l1 * l1 + m2 * l2 * l2 + 2 * m2 * l1 * l2 * Math.cos(q2), mm[0][0], 1e-13);
        assertEquals(m2 * l2 * l2 + m2 * l1 * l2 * Math.cos(q2), mm[0][1], 1e-13);
        assertEquals(mm[0][1], mm[1][0], 1e-13);
        assertEquals(m2 * l2 * l2, mm[1][1], 1e-13);
    }

    /**
     * Tip force F (at the second mass) and free torque T (about z) on link 2, no gravity, at rest:
     * τ = −Jᵀ·F − (T_z, T_z) − mobility forces, with the tip at
     * p = l1·(sin θ1, −cos θ1) + l2·(sin θ2, −cos θ2),
     * ∂p/∂q1 = (l1 cos θ1 + l2 cos θ2, l1 sin θ1 + l2 sin θ2), ∂p/∂q2 = (l2 cos θ2, l2 sin θ2).
     */
    @Test
    void externalForceGivesMinusJacobianTransposeTimesForce() {
        double l1 = 0.6;
        double l2 = 0.45;
        MultibodyModel model = doublePendulum(1.3, 0.8, l1, l2);
        Body link2 = model.body("link2");
        AppliedForces applied = new AppliedForces(model);
        Vec3 force = new Vec3(3.0, -7.0, 2.0);
        applied.addForceAtStation(link2, new Vec3(0, -l2, 0), force);
        applied.addTorque(link2, new Vec3(0.4, -0.2, 1.5));
        applied.addMobilityForce(1, 0.25);
        double q1 = 0.5;
        double q2 = -1.2;
        double t2 = q1 + q2;
        double[] tau = new InverseDynamics(model).solve(new double[] {q1, q2}, new double[2], new double[2],
                Vec3.ZERO, applied);
        double j1x = l1 * Math.cos(q1) + l2 * Math.cos(t2);
        double j1y = l1 * Math.sin(q1) + l2 * Math.sin(t2);
        double j2x = l2 * Math.cos(t2);
        double j2y = l2 * Math.sin(t2);
        assertEquals(-(j1x * force.x() + j1y * force.y()) - 1.5, tau[0], 1e-12);
        assertEquals(-(j2x * force.x() + j2y * force.y()) - 1.5 - 0.25, tau[1], 1e-12);
        // Clearing removes every load.
        applied.clear();
        double[] none = new InverseDynamics(model).solve(new double[] {q1, q2}, new double[2], new double[2],
                Vec3.ZERO, applied);
        assertEquals(0, none[0], 0);
        assertEquals(0, none[1], 0);
    }

    /**
     * Free body with a Free joint to Ground (F = G, M = body frame): the generalized forces are the
     * net moment about the body origin and the net force, both in Ground, with Newton–Euler:
     * a_c = a_o + α × c + ω × (ω × c), F = m·(a_c − g), N = I_G·α + ω × I_G·ω + c × F,
     * where c = R·c_B and I_G = R·I_c·Rᵀ, R = Rx·Ry·Rz of the angles.
     */
    @Test
    void freeBodyMatchesNewtonEulerByHand() {
        double m = 4.2;
        Vec3 comB = new Vec3(0.1, -0.05, 0.2);
        Inertia ic = new Inertia(0.3, 0.2, 0.25, 0.02, -0.01, 0.03);
        Body body = new Body("b", m, comB, ic);
        MultibodyModel model = MultibodyModel.builder()
                .addJoint(new FreeJoint("free", Coordinate.named("rx"), Coordinate.named("ry"), Coordinate.named("rz"),
                        Coordinate.named("tx"), Coordinate.named("ty"), Coordinate.named("tz")), Ground.INSTANCE, body)
                .build();
        double[] q = {0.3, -0.5, 0.8, 1, 2, 3};
        Vec3 w = new Vec3(0.4, -0.3, 0.9);
        Vec3 v = new Vec3(0.5, 0.1, -0.2);
        Vec3 alpha = new Vec3(1.1, -0.6, 0.3);
        Vec3 a0 = new Vec3(-0.4, 0.7, 0.2);
        double[] u = {w.x(), w.y(), w.z(), v.x(), v.y(), v.z()};
        double[] udot = {alpha.x(), alpha.y(), alpha.z(), a0.x(), a0.y(), a0.z()};
        double[] tau = new InverseDynamics(model).solve(q, u, udot, GRAVITY, null);

        Rotation r = Rotation.bodyFixedXYZ(0.3, -0.5, 0.8);
        Vec3 c = r.apply(comB);
        Vec3 ac = a0.plus(alpha.cross(c)).plus(w.cross(w.cross(c)));
        Vec3 f = ac.minus(GRAVITY).times(m);
        Vec3 iAlpha = r.apply(ic.times(r.applyTranspose(alpha)));
        Vec3 iW = r.apply(ic.times(r.applyTranspose(w)));
        Vec3 n = iAlpha.plus(w.cross(iW)).plus(c.cross(f));
        double[] expected = {n.x(), n.y(), n.z(), f.x(), f.y(), f.z()};
        for (int i = 0; i < 6; i++) {
            assertEquals(expected[i], tau[i], 1e-12, "τ" + i);
        }
        // The body's spatial acceleration is u̇ (H = I, F = Ground, M = body frame).
        InverseDynamics id = new InverseDynamics(model);
        id.solve(q, u, udot, GRAVITY, null);
        SpatialVec acc = id.kinematics().bodyAcceleration(1);
        assertEquals(alpha, acc.angular());
        assertEquals(a0, acc.linear());
    }

    /** M(q) from unit accelerations is symmetric positive definite; τ is linear in u̇. */
    @Test
    void massMatrixIsSymmetricPositiveDefinite() {
        for (MultibodyModel model : new MultibodyModel[] {TestModels.chainOfAllJointTypes(), TestModels.freeAndBall()}) {
            InverseDynamics id = new InverseDynamics(model);
            int n = model.numCoordinates();
            double[] q = state(n, 0.7, 0.3);
            double[][] mm = id.massMatrix(q);
            double scale = 0;
            for (int i = 0; i < n; i++) {
                scale = Math.max(scale, Math.abs(mm[i][i]));
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    assertEquals(mm[i][j], mm[j][i], 1e-13 * scale, "M symmetric (" + i + "," + j + ")");
                }
            }
            // Cholesky of the symmetric part succeeds only if it is positive definite.
            double[][] sym = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    sym[i][j] = 0.5 * (mm[i][j] + mm[j][i]);
                }
            }
            new CholeskyDecomposition(MatrixUtils.createRealMatrix(sym), 1e-15, 1e-14);
            // τ(q, u, u̇) = M·u̇ + τ(q, u, 0)
            double[] u = state(n, 1.3, 0.9);
            double[] udot = state(n, 2.1, -0.4);
            double[] full = id.solve(q, u, udot, GRAVITY, null);
            double[] bias = id.solve(q, u, new double[n], GRAVITY, null);
            for (int i = 0; i < n; i++) {
                double mu = 0;
                for (int j = 0; j < n; j++) {
                    mu += mm[i][j] * udot[j];
                }
                assertEquals(full[i], mu + bias[i], 1e-10 * Math.max(1, Math.abs(full[i])), "row " + i);
            }
        }
    }

    /**
     * At rest without gravity, a station force F and a free torque T give τ = −J_pᵀ·F − J_ωᵀ·T,
     * with the columns of J_p (station velocity) and J_ω (body angular velocity) computed by the
     * velocity pass for unit speeds — an independent path through the code. Gravity alone gives
     * τ = −Σ_b m_b·J_{c,b}ᵀ·g over the bodies' mass centres.
     */
    @Test
    void appliedLoadsAndGravityMapThroughJacobianTranspose() {
        for (MultibodyModel model : new MultibodyModel[] {TestModels.chainOfAllJointTypes(), TestModels.freeAndBall()}) {
            int n = model.numCoordinates();
            double[] q = state(n, 0.9, -0.2);
            Body target = model.bodies().get(model.numBodies() - 1);
            Vec3 station = new Vec3(0.04, -0.11, 0.06);
            Vec3 force = new Vec3(12, -30, 5);
            Vec3 torque = new Vec3(-0.7, 1.2, 0.4);
            AppliedForces applied = new AppliedForces(model);
            applied.addForceAtStation(target, station, force);
            applied.addTorque(target, torque);
            InverseDynamics id = new InverseDynamics(model);
            double[] tau = id.solve(q, new double[n], new double[n], Vec3.ZERO, applied);
            double[] tauGravity = id.solve(q, new double[n], new double[n], GRAVITY, null);
            Kinematics k = new Kinematics(model);
            k.realizePosition(q);
            for (int i = 0; i < n; i++) {
                double[] unit = new double[n];
                unit[i] = 1;
                k.realizeVelocity(unit);
                Vec3 jp = k.stationVelocity(target, station);
                Vec3 jw = k.bodyVelocity(model.bodyIndex(target)).angular();
                assertEquals(-jp.dot(force) - jw.dot(torque), tau[i], 1e-11, model.coordinates().get(i).name());
                double g = 0;
                for (Body b : model.bodies()) {
                    g -= b.mass() * k.stationVelocity(b, b.massCenter()).dot(GRAVITY);
                }
                assertEquals(g, tauGravity[i], 1e-10, "gravity " + model.coordinates().get(i).name());
            }
        }
    }

    @Test
    void argumentChecks() {
        MultibodyModel model = doublePendulum(1, 1, 1, 1);
        InverseDynamics id = new InverseDynamics(model);
        assertThrows(NeuroMskException.class, () -> id.solve(new double[3], new double[3], new double[3], GRAVITY, null));
        assertThrows(NeuroMskException.class, () -> id.solve(new double[2], new double[2], new double[2], GRAVITY,
                new AppliedForces(doublePendulum(1, 1, 1, 1))));
        assertTrue(model.numCoordinates() == 2);
    }

    static MultibodyModel doublePendulum(double m1, double m2, double l1, double l2) {
        Body link1 = new Body("link1", m1, new Vec3(0, -l1, 0), Inertia.ZERO);
        Body link2 = new Body("link2", m2, new Vec3(0, -l2, 0), Inertia.ZERO);
        return MultibodyModel.builder()
                .addJoint(new PinJoint("shoulder", Coordinate.named("q1")), Ground.INSTANCE, link1)
                .addJoint(new PinJoint("elbow", Coordinate.named("q2")),
                        OffsetFrame.of("link1_end", link1, new Vec3(0, -l1, 0), Vec3.ZERO), link2)
                .build();
    }

    /**
     * Solving at a caller's kinematics realized to q and u gives τ bit for bit as the q, u form
     * (the same passes on the same numbers), with loads on every kind of joint; another model's
     * kinematics are refused.
     */
    @Test
    void solveAtRealizedKinematicsEqualsSolveFromStates() {
        MultibodyModel model = TestModels.chainOfAllJointTypes();
        int n = model.numCoordinates();
        double[] q = state(n, 0.6, 0.2);
        double[] u = state(n, 1.1, 0.7);
        double[] udot = state(n, 2.3, -0.5);
        AppliedForces applied = new AppliedForces(model);
        applied.addForceAtStation(model.body("shank"), new Vec3(0.01, -0.2, 0.02), new Vec3(4.0, -9.0, 1.5));
        applied.addTorque(model.body("foot"), new Vec3(0.3, -0.1, 0.8));
        applied.addMobilityForce(n - 1, 0.7);
        InverseDynamics id = new InverseDynamics(model);
        double[] expected = id.solve(q, u, udot, GRAVITY, applied);
        Kinematics pose = new Kinematics(model);
        pose.realize(q, u, new double[n]);
        double[] tau = new double[n];
        new InverseDynamics(model).solve(pose, udot, GRAVITY, applied, tau);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], tau[i], 0.0, "tau[" + i + "]");
        }
        Kinematics other = new Kinematics(TestModels.freeAndBall());
        assertThrows(NeuroMskException.class, () -> id.solve(other, udot, GRAVITY, null, tau));
    }

    static double[] state(int n, double amplitude, double phase) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = amplitude * Math.sin(1.3 * i + phase);
        }
        return x;
    }
}

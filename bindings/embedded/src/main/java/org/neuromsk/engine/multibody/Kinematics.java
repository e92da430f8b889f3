package org.neuromsk.engine.multibody;

import java.util.Arrays;

import org.neuromsk.engine.multibody.joint.MobilizerKinematics;
import org.neuromsk.engine.multibody.spatial.ArrayKernels;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.SpatialVec;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * Reusable workspace that evaluates a {@link MultibodyModel}'s kinematics for one state. Realize
 * positions (q), then velocities (u), then accelerations (u̇), all in multibody tree order; then
 * query body transforms, spatial velocities and accelerations in Ground, and station (point)
 * kinematics. Mutable and not thread-safe: use one per thread. The realize calls do not allocate.
 *
 * <p>Spatial velocities are {@code [ω (rad/s); v (m/s)]} with v the velocity of the body frame's
 * origin, both in Ground; accelerations likewise ({@code rad/s²}, {@code m/s²}).
 */
public final class Kinematics {

    /** How far the workspace has been evaluated. */
    public enum Stage {
        /** Nothing valid yet. */
        NONE,
        /** Transforms are valid. */
        POSITION,
        /** Transforms and velocities are valid. */
        VELOCITY,
        /** Transforms, velocities and accelerations are valid. */
        ACCELERATION
    }

    private final MultibodyModel model;
    private final int nb;
    private final int nc;
    private final MobilizerKinematics[] mobilizer;
    private final double[] q;
    private final double[] u;
    private final double[] udot;
    private Stage stage = Stage.NONE;

    // Per body (index 0 = Ground).
    final double[] rotationGB;
    final double[] positionGB;
    final double[] angularVelocity;
    final double[] linearVelocity;
    final double[] angularAcceleration;
    final double[] linearAcceleration;
    // Per mobilized body (index i = body index − 1).
    final double[] rotationGF;
    final double[] positionGF;
    final double[] positionGM;
    private final double[] relativeAngular;
    private final double[] relativeLinear;
    private final double[] tmp = new double[9];
    private final double[] rotationGM = new double[9];
    private final double[] accelerationOfM = new double[3];

    /**
     * @param model the model to evaluate
     */
    public Kinematics(MultibodyModel model) {
        this.model = model;
        int n = model.numBodies();
        nb = n + 1;
        nc = model.numCoordinates();
        mobilizer = new MobilizerKinematics[n];
        for (int i = 0; i < n; i++) {
            mobilizer[i] = model.mobilizedBodies().get(i).joint().newKinematicsBuffer();
        }
        q = new double[nc];
        u = new double[nc];
        udot = new double[nc];
        rotationGB = new double[9 * nb];
        positionGB = new double[3 * nb];
        angularVelocity = new double[3 * nb];
        linearVelocity = new double[3 * nb];
        angularAcceleration = new double[3 * nb];
        linearAcceleration = new double[3 * nb];
        rotationGB[0] = 1;
        rotationGB[4] = 1;
        rotationGB[8] = 1;
        rotationGF = new double[9 * n];
        positionGF = new double[3 * n];
        positionGM = new double[3 * n];
        relativeAngular = new double[3 * n];
        relativeLinear = new double[3 * n];
    }

    /** @return the model */
    public MultibodyModel model() {
        return model;
    }

    /** @return the current stage */
    public Stage stage() {
        return stage;
    }

    /**
     * Realizes positions, velocities and accelerations in one call.
     *
     * @param positions q (rad or m), tree order
     * @param speeds u (rad/s or m/s)
     * @param accelerations u̇ (rad/s² or m/s²)
     */
    public void realize(double[] positions, double[] speeds, double[] accelerations) {
        checkLength(positions, "q");
        checkLength(speeds, "u");
        System.arraycopy(positions, 0, q, 0, nc);
        System.arraycopy(speeds, 0, u, 0, nc);
        positionPass(true);
        velocityPass();
        realizeAcceleration(accelerations);
    }

    /**
     * Computes every body's transform in Ground, {@code X_GB = X_GP·X_PF·X_FM(q)·X_MB}.
     *
     * @param positions q (rad or m), tree order; copied
     */
    public void realizePosition(double[] positions) {
        checkLength(positions, "q");
        System.arraycopy(positions, 0, q, 0, nc);
        positionPass(false);
    }

    /** Position pass over q; with {@code withSpeeds} the mobilizers also get u (for Ḣ·u). */
    private void positionPass(boolean withSpeeds) {
        double[] rPF = model.rotationPF;
        double[] pPF = model.translationPF;
        double[] rMB = model.rotationMB;
        double[] pMB = model.translationMB;
        for (int i = 0; i < nb - 1; i++) {
            int b = i + 1;
            int p = model.parentIndex[i];
            MobilizerKinematics mk = mobilizer[i];
            model.mobilizedBodies().get(i).joint().calcKinematics(q, withSpeeds ? u : null, model.firstCoordinate[i],
                    mk);
            // X_GF = X_GP · X_PF
            ArrayKernels.multiply(rotationGB, 9 * p, rPF, 9 * i, rotationGF, 9 * i);
            ArrayKernels.apply(rotationGB, 9 * p, pPF, 3 * i, positionGF, 3 * i);
            add(positionGF, 3 * i, positionGB, 3 * p);
            // X_GM = X_GF · X_FM
            mk.copyRotation(tmp, 0);
            double[] rGM = rotationGM;
            ArrayKernels.multiply(rotationGF, 9 * i, tmp, 0, rGM, 0);
            mk.copyTranslation(tmp, 0);
            ArrayKernels.apply(rotationGF, 9 * i, tmp, 0, positionGM, 3 * i);
            add(positionGM, 3 * i, positionGF, 3 * i);
            // X_GB = X_GM · X_MB
            ArrayKernels.multiply(rGM, 0, rMB, 9 * i, rotationGB, 9 * b);
            ArrayKernels.apply(rGM, 0, pMB, 3 * i, positionGB, 3 * b);
            add(positionGB, 3 * b, positionGM, 3 * i);
        }
        stage = Stage.POSITION;
    }

    /**
     * Computes every body's spatial velocity in Ground. Requires positions.
     *
     * @param speeds u (rad/s or m/s), tree order; copied
     */
    public void realizeVelocity(double[] speeds) {
        require(Stage.POSITION);
        checkLength(speeds, "u");
        System.arraycopy(speeds, 0, u, 0, nc);
        // The mobilizers need u for Ḣ·u, so the position pass is repeated with it (cheap next to
        // clarity; the combined realize(q, u, u̇) does it once).
        positionPass(true);
        velocityPass();
    }

    private void velocityPass() {
        for (int i = 0; i < nb - 1; i++) {
            int b = i + 1;
            int p = model.parentIndex[i];
            // V_FM = H·u in F, then re-expressed in Ground.
            Arrays.fill(tmp, 0, 6, 0.0);
            mobilizer[i].addJacobianTimes(u, model.firstCoordinate[i], tmp, 0);
            ArrayKernels.apply(rotationGF, 9 * i, tmp, 0, relativeAngular, 3 * i);
            ArrayKernels.apply(rotationGF, 9 * i, tmp, 3, relativeLinear, 3 * i);
            // ω_B = ω_P + ω_rel
            for (int k = 0; k < 3; k++) {
                angularVelocity[3 * b + k] = angularVelocity[3 * p + k] + relativeAngular[3 * i + k];
            }
            // v_Mo = v_P + ω_P × (p_Mo − p_P) + v_rel ; v_B = v_Mo + ω_B × (p_B − p_Mo)
            difference(positionGM, 3 * i, positionGB, 3 * p, tmp, 0);
            ArrayKernels.cross(angularVelocity, 3 * p, tmp, 0, tmp, 3);
            difference(positionGB, 3 * b, positionGM, 3 * i, tmp, 0);
            ArrayKernels.cross(angularVelocity, 3 * b, tmp, 0, tmp, 6);
            for (int k = 0; k < 3; k++) {
                linearVelocity[3 * b + k] = linearVelocity[3 * p + k] + tmp[3 + k]
                        + relativeLinear[3 * i + k] + tmp[6 + k];
            }
        }
        stage = Stage.VELOCITY;
    }

    /**
     * Computes every body's spatial acceleration in Ground. Requires velocities.
     *
     * @param accelerations u̇ (rad/s² or m/s²), tree order; copied
     */
    public void realizeAcceleration(double[] accelerations) {
        require(Stage.VELOCITY);
        checkLength(accelerations, "udot");
        System.arraycopy(accelerations, 0, udot, 0, nc);
        double[] t = tmp;
        for (int i = 0; i < nb - 1; i++) {
            int b = i + 1;
            int p = model.parentIndex[i];
            // A_FM = Ḣ·u + H·u̇, in F: angular in t[0..2], linear in t[3..5]
            mobilizer[i].copyVelocityProduct(t, 0);
            mobilizer[i].addJacobianTimes(udot, model.firstCoordinate[i], t, 0);
            // α_B = α_P + ω_P × ω_rel + R_GF·α_FM
            ArrayKernels.apply(rotationGF, 9 * i, t, 0, t, 0);
            ArrayKernels.addCross(angularVelocity, 3 * p, relativeAngular, 3 * i, t, 0);
            for (int k = 0; k < 3; k++) {
                angularAcceleration[3 * b + k] = angularAcceleration[3 * p + k] + t[k];
            }
            // a_Mo = a_P + α_P × r + ω_P × (ω_P × r) + 2 ω_P × v_rel + R_GF·a_FM, r = p_Mo − p_P
            ArrayKernels.apply(rotationGF, 9 * i, t, 3, t, 3);
            difference(positionGM, 3 * i, positionGB, 3 * p, t, 6);
            double[] accM = accelerationOfM;
            for (int k = 0; k < 3; k++) {
                accM[k] = linearAcceleration[3 * p + k] + t[3 + k];
            }
            addPointAcceleration(angularVelocity, 3 * p, angularAcceleration, 3 * p, t, 6, accM);
            ArrayKernels.cross(angularVelocity, 3 * p, relativeLinear, 3 * i, t, 0);
            for (int k = 0; k < 3; k++) {
                accM[k] += 2 * t[k];
            }
            // a_B = a_Mo + α_B × r2 + ω_B × (ω_B × r2), r2 = p_B − p_Mo
            difference(positionGB, 3 * b, positionGM, 3 * i, t, 6);
            addPointAcceleration(angularVelocity, 3 * b, angularAcceleration, 3 * b, t, 6, accM);
            System.arraycopy(accM, 0, linearAcceleration, 3 * b, 3);
        }
        stage = Stage.ACCELERATION;
    }

    /** out[0..2] += α × r + ω × (ω × r), r at r[ro..ro+2]. */
    private void addPointAcceleration(double[] w, int wo, double[] alpha, int ao, double[] r, int ro, double[] out) {
        double rx = r[ro];
        double ry = r[ro + 1];
        double rz = r[ro + 2];
        double wx = w[wo];
        double wy = w[wo + 1];
        double wz = w[wo + 2];
        double ax = alpha[ao];
        double ay = alpha[ao + 1];
        double az = alpha[ao + 2];
        double cx = wy * rz - wz * ry;
        double cy = wz * rx - wx * rz;
        double cz = wx * ry - wy * rx;
        out[0] += ay * rz - az * ry + wy * cz - wz * cy;
        out[1] += az * rx - ax * rz + wz * cx - wx * cz;
        out[2] += ax * ry - ay * rx + wx * cy - wy * cx;
    }

    MobilizerKinematics mobilizer(int i) {
        return mobilizer[i];
    }

    // ---------------------------------------------------------------- queries

    /**
     * @param frame Ground, a body or an offset frame of the model
     * @return {@code X_G,frame} (m, rad)
     */
    public Transform frameTransform(PhysicalFrame frame) {
        require(Stage.POSITION);
        int b = model.bodyIndex(frame);
        Transform gb = new Transform(Rotation.copyOf(rotationGB, 9 * b), Vec3.of(positionGB, 3 * b));
        return frame instanceof OffsetFrame ? gb.times(frame.transformInBase()) : gb;
    }

    /**
     * @param bodyIndex 0 (Ground) .. numBodies
     * @return {@code X_GB} (m, rad)
     */
    public Transform bodyTransform(int bodyIndex) {
        require(Stage.POSITION);
        return new Transform(Rotation.copyOf(rotationGB, 9 * bodyIndex), Vec3.of(positionGB, 3 * bodyIndex));
    }

    /**
     * @param bodyIndex 0 (Ground) .. numBodies
     * @return {@code [ω; v of the body origin]} in Ground (rad/s, m/s)
     */
    public SpatialVec bodyVelocity(int bodyIndex) {
        require(Stage.VELOCITY);
        return new SpatialVec(Vec3.of(angularVelocity, 3 * bodyIndex), Vec3.of(linearVelocity, 3 * bodyIndex));
    }

    /**
     * @param bodyIndex 0 (Ground) .. numBodies
     * @return {@code [α; a of the body origin]} in Ground (rad/s², m/s²)
     */
    public SpatialVec bodyAcceleration(int bodyIndex) {
        require(Stage.ACCELERATION);
        return new SpatialVec(Vec3.of(angularAcceleration, 3 * bodyIndex),
                Vec3.of(linearAcceleration, 3 * bodyIndex));
    }

    /**
     * @param frame frame the station is fixed in
     * @param station the point's coordinates in that frame (m)
     * @return its position in Ground (m)
     */
    public Vec3 stationPosition(PhysicalFrame frame, Vec3 station) {
        require(Stage.POSITION);
        int b = model.bodyIndex(frame);
        Vec3 r = offsetInGround(b, frame.transformInBase().apply(station));
        return Vec3.of(positionGB, 3 * b).plus(r);
    }

    /**
     * @param frame frame the station is fixed in
     * @param station the point's coordinates in that frame (m)
     * @return its velocity in Ground (m/s)
     */
    public Vec3 stationVelocity(PhysicalFrame frame, Vec3 station) {
        require(Stage.VELOCITY);
        int b = model.bodyIndex(frame);
        Vec3 r = offsetInGround(b, frame.transformInBase().apply(station));
        return Vec3.of(linearVelocity, 3 * b).plus(Vec3.of(angularVelocity, 3 * b).cross(r));
    }

    /**
     * @param frame frame the station is fixed in
     * @param station the point's coordinates in that frame (m)
     * @return its acceleration in Ground (m/s²)
     */
    public Vec3 stationAcceleration(PhysicalFrame frame, Vec3 station) {
        require(Stage.ACCELERATION);
        int b = model.bodyIndex(frame);
        Vec3 r = offsetInGround(b, frame.transformInBase().apply(station));
        Vec3 w = Vec3.of(angularVelocity, 3 * b);
        Vec3 alpha = Vec3.of(angularAcceleration, 3 * b);
        return Vec3.of(linearAcceleration, 3 * b).plus(alpha.cross(r)).plus(w.cross(w.cross(r)));
    }

    /** @return a copy of the realized q */
    public double[] positions() {
        require(Stage.POSITION);
        return q.clone();
    }

    /** @return a copy of the realized u */
    public double[] speeds() {
        require(Stage.VELOCITY);
        return u.clone();
    }

    /** @return a copy of the realized u̇ */
    public double[] accelerations() {
        require(Stage.ACCELERATION);
        return udot.clone();
    }

    private Vec3 offsetInGround(int b, Vec3 stationInBody) {
        double[] r = rotationGB;
        int o = 9 * b;
        double x = stationInBody.x();
        double y = stationInBody.y();
        double z = stationInBody.z();
        return new Vec3(r[o] * x + r[o + 1] * y + r[o + 2] * z, r[o + 3] * x + r[o + 4] * y + r[o + 5] * z,
                r[o + 6] * x + r[o + 7] * y + r[o + 8] * z);
    }

    void require(Stage needed) {
        if (stage.compareTo(needed) < 0) {
            throw new IllegalStateException("kinematics realized to " + stage + ", " + needed + " needed");
        }
    }

    private void checkLength(double[] values, String what) {
        if (values.length != nc) {
            throw new NeuroMskException("model has " + nc + " coordinates but " + values.length + " " + what
                    + " values were given");
        }
    }

    private static void add(double[] a, int ao, double[] b, int bo) {
        a[ao] += b[bo];
        a[ao + 1] += b[bo + 1];
        a[ao + 2] += b[bo + 2];
    }

    private static void difference(double[] a, int ao, double[] b, int bo, double[] out, int o) {
        out[o] = a[ao] - b[bo];
        out[o + 1] = a[ao + 1] - b[bo + 1];
        out[o + 2] = a[ao + 2] - b[bo + 2];
    }
}

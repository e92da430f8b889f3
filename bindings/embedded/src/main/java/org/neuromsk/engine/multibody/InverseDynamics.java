package org.neuromsk.engine.multibody;

import org.neuromsk.engine.multibody.joint.MobilizerKinematics;
import org.neuromsk.engine.multibody.spatial.ArrayKernels;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * Inverse dynamics ignoring constraints, as Simbody's {@code calcResidualForceIgnoringConstraints}:
 * {@code τ = M(q)·u̇ + c(q, u) − f_app}, with {@code f_app} the applied mobility forces plus
 * {@code Jᵀ·(gravity and applied body forces)}. τ is the generalized force the actuators must
 * supply, one per coordinate in tree order (N·m for rotational, N for translational coordinates).
 *
 * <p>Recursive Newton–Euler: an outward pass ({@link Kinematics}) for velocities and
 * accelerations, then an inward pass accumulating each body's net required spatial force about
 * its origin in Ground, projected on each joint as {@code τ_j = H_jᵀ·F} with F taken about M's
 * origin and expressed in F. Gravity acts on every body at its mass centre as {@code m·g}.
 * A workspace: mutable, not thread-safe; {@link #solve(double[], double[], double[], Vec3,
 * AppliedForces, double[])} does not allocate.
 */
public final class InverseDynamics {

    private final MultibodyModel model;
    private final Kinematics kinematics;
    private final int nb;
    private final double[] force;
    private final double[] moment;
    private final double[] t = new double[15];

    /**
     * @param model the model
     */
    public InverseDynamics(MultibodyModel model) {
        this.model = model;
        this.kinematics = new Kinematics(model);
        nb = model.numBodies() + 1;
        force = new double[3 * nb];
        moment = new double[3 * nb];
    }

    /** @return the kinematics workspace, realized to accelerations after a solve */
    public Kinematics kinematics() {
        return kinematics;
    }

    /**
     * Allocating convenience form of {@link #solve(double[], double[], double[], Vec3, AppliedForces, double[])}.
     *
     * @return τ in tree order
     */
    public double[] solve(double[] q, double[] u, double[] udot, Vec3 gravity, AppliedForces applied) {
        double[] tau = new double[model.numCoordinates()];
        solve(q, u, udot, gravity, applied, tau);
        return tau;
    }

    /**
     * @param q coordinates (rad or m), tree order
     * @param u speeds (rad/s or m/s)
     * @param udot speed derivatives (rad/s² or m/s²)
     * @param gravity gravitational acceleration in Ground (m/s²)
     * @param applied other applied loads, or null for none
     * @param tau receives the generalized forces (N·m or N), tree order
     */
    public void solve(double[] q, double[] u, double[] udot, Vec3 gravity, AppliedForces applied, double[] tau) {
        if (tau.length != model.numCoordinates()) {
            throw new NeuroMskException("tau has length " + tau.length + ", model has "
                    + model.numCoordinates() + " coordinates");
        }
        if (applied != null && applied.model() != model) {
            throw new NeuroMskException("applied forces were created for another model");
        }
        kinematics.realize(q, u, udot);
        forces(kinematics, gravity, applied, tau);
    }

    /**
     * τ at a pose and speeds already realized in a caller's kinematics workspace: the same numbers as
     * {@link #solve(double[], double[], double[], Vec3, AppliedForces, double[])} at that workspace's
     * q and u, without repeating its position and velocity passes. The workspace is realized to
     * these accelerations (its positions and velocities are unchanged).
     *
     * @param pose kinematics of this model realized to velocities (at least)
     * @param udot speed derivatives (rad/s² or m/s²)
     * @param gravity gravitational acceleration in Ground (m/s²)
     * @param applied other applied loads, or null for none
     * @param tau receives the generalized forces (N·m or N), tree order
     */
    public void solve(Kinematics pose, double[] udot, Vec3 gravity, AppliedForces applied, double[] tau) {
        if (pose.model() != model) {
            throw new NeuroMskException("kinematics were created for another model");
        }
        if (tau.length != model.numCoordinates()) {
            throw new NeuroMskException("tau has length " + tau.length + ", model has "
                    + model.numCoordinates() + " coordinates");
        }
        if (applied != null && applied.model() != model) {
            throw new NeuroMskException("applied forces were created for another model");
        }
        pose.realizeAcceleration(udot);
        forces(pose, gravity, applied, tau);
    }

    private void forces(Kinematics k, Vec3 gravity, AppliedForces applied, double[] tau) {
        inertialAndGravityForces(k, gravity.x(), gravity.y(), gravity.z());
        if (applied != null) {
            subtractApplied(k, applied);
        }
        inwardPass(k, applied, tau);
    }

    /**
     * The mass matrix by {@code n} inverse-dynamics passes with unit accelerations, zero speeds and
     * no gravity or applied loads: simple and independent, the reference for
     * {@link CompositeRigidBody}, which gives the same matrix to round-off far faster.
     *
     * @param q coordinates (rad or m), tree order
     * @return M(q), n×n (kg·m², kg·m or kg per entry depending on the coordinates)
     */
    public double[][] massMatrix(double[] q) {
        int n = model.numCoordinates();
        double[][] m = new double[n][];
        double[] zero = new double[n];
        double[] unit = new double[n];
        for (int j = 0; j < n; j++) {
            unit[j] = 1;
            double[] column = solve(q, zero, unit, Vec3.ZERO, null);
            unit[j] = 0;
            m[j] = column;
        }
        // Column j was stored as row j; M is symmetric in exact arithmetic but transpose anyway.
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[i][j] = m[j][i];
            }
        }
        return result;
    }

    /**
     * Per body: force {@code m·(a_c − g)} and moment about the body origin
     * {@code I_c·α + ω × I_c·ω + c × m·(a_c − g)}, in Ground.
     */
    private void inertialAndGravityForces(Kinematics k, double gx, double gy, double gz) {
        double[] r = k.rotationGB;
        double[] w = k.angularVelocity;
        double[] al = k.angularAcceleration;
        double[] a = k.linearAcceleration;
        double[] mass = model.mass;
        double[] com = model.massCenter;
        double[] in = model.inertia;
        for (int b = 1; b < nb; b++) {
            int o3 = 3 * b;
            int o9 = 9 * b;
            int o6 = 6 * b;
            double m = mass[b];
            // c in Ground
            ArrayKernels.apply(r, o9, com, o3, t, 0);
            double cx = t[0];
            double cy = t[1];
            double cz = t[2];
            double wx = w[o3];
            double wy = w[o3 + 1];
            double wz = w[o3 + 2];
            // a_c = a_B + α × c + ω × (ω × c)
            double wcx = wy * cz - wz * cy;
            double wcy = wz * cx - wx * cz;
            double wcz = wx * cy - wy * cx;
            double acx = a[o3] + al[o3 + 1] * cz - al[o3 + 2] * cy + wy * wcz - wz * wcy;
            double acy = a[o3 + 1] + al[o3 + 2] * cx - al[o3] * cz + wz * wcx - wx * wcz;
            double acz = a[o3 + 2] + al[o3] * cy - al[o3 + 1] * cx + wx * wcy - wy * wcx;
            double fx = m * (acx - gx);
            double fy = m * (acy - gy);
            double fz = m * (acz - gz);
            force[o3] = fx;
            force[o3 + 1] = fy;
            force[o3 + 2] = fz;
            // Rotational inertia terms in body axes: I·α_b + ω_b × I·ω_b
            ArrayKernels.applyTranspose(r, o9, w, o3, t, 3);
            ArrayKernels.applyTranspose(r, o9, al, o3, t, 6);
            ArrayKernels.applySymmetric(in, o6, t, 3, t, 12);
            ArrayKernels.applySymmetric(in, o6, t, 6, t, 9);
            double bwx = t[3];
            double bwy = t[4];
            double bwz = t[5];
            double hx = t[12];
            double hy = t[13];
            double hz = t[14];
            t[9] = t[9] + bwy * hz - bwz * hy;
            t[10] = t[10] + bwz * hx - bwx * hz;
            t[11] = t[11] + bwx * hy - bwy * hx;
            ArrayKernels.apply(r, o9, t, 9, moment, o3);
            moment[o3] += cy * fz - cz * fy;
            moment[o3 + 1] += cz * fx - cx * fz;
            moment[o3 + 2] += cx * fy - cy * fx;
        }
    }

    private void subtractApplied(Kinematics pose, AppliedForces applied) {
        double[] r = pose.rotationGB;
        double[] s = applied.stations();
        double[] f = applied.forces();
        for (int k = 0; k < applied.stationCount(); k++) {
            int b = applied.stationBody(k);
            if (b == 0) {
                continue;
            }
            int o3 = 3 * b;
            ArrayKernels.apply(r, 9 * b, s, 3 * k, t, 0);
            double fx = f[3 * k];
            double fy = f[3 * k + 1];
            double fz = f[3 * k + 2];
            force[o3] -= fx;
            force[o3 + 1] -= fy;
            force[o3 + 2] -= fz;
            moment[o3] -= t[1] * fz - t[2] * fy;
            moment[o3 + 1] -= t[2] * fx - t[0] * fz;
            moment[o3 + 2] -= t[0] * fy - t[1] * fx;
        }
        double[] torques = applied.bodyTorques();
        for (int i = 3; i < 3 * nb; i++) {
            moment[i] -= torques[i];
        }
    }

    private void inwardPass(Kinematics k, AppliedForces applied, double[] tau) {
        double[] pGB = k.positionGB;
        double[] pGM = k.positionGM;
        double[] rGF = k.rotationGF;
        for (int i = nb - 2; i >= 0; i--) {
            int b = i + 1;
            int o3 = 3 * b;
            int p = model.parentIndex[i];
            double fx = force[o3];
            double fy = force[o3 + 1];
            double fz = force[o3 + 2];
            // Moment about M's origin: n_M = n_B + (p_B − p_M) × f
            double dx = pGB[o3] - pGM[3 * i];
            double dy = pGB[o3 + 1] - pGM[3 * i + 1];
            double dz = pGB[o3 + 2] - pGM[3 * i + 2];
            t[0] = moment[o3] + dy * fz - dz * fy;
            t[1] = moment[o3 + 1] + dz * fx - dx * fz;
            t[2] = moment[o3 + 2] + dx * fy - dy * fx;
            t[3] = fx;
            t[4] = fy;
            t[5] = fz;
            // Express in F, then project onto H's columns.
            ArrayKernels.applyTranspose(rGF, 9 * i, t, 0, t, 6);
            ArrayKernels.applyTranspose(rGF, 9 * i, t, 3, t, 9);
            MobilizerKinematics mk = k.mobilizer(i);
            int first = model.firstCoordinate[i];
            for (int j = 0; j < mk.mobilities(); j++) {
                double v = 0;
                for (int c = 0; c < 6; c++) {
                    v += mk.h(j, c) * t[6 + c];
                }
                tau[first + j] = applied == null ? v : v - applied.mobilityForce(first + j);
            }
            if (p != 0) {
                // Shift to the parent's origin: n_P += n_B + (p_B − p_P) × f
                int po = 3 * p;
                double ex = pGB[o3] - pGB[po];
                double ey = pGB[o3 + 1] - pGB[po + 1];
                double ez = pGB[o3 + 2] - pGB[po + 2];
                moment[po] += moment[o3] + ey * fz - ez * fy;
                moment[po + 1] += moment[o3 + 1] + ez * fx - ex * fz;
                moment[po + 2] += moment[o3 + 2] + ex * fy - ey * fx;
                force[po] += fx;
                force[po + 1] += fy;
                force[po + 2] += fz;
            }
        }
    }
}

package org.neuromsk.engine.multibody;

import java.util.Arrays;

import org.neuromsk.engine.multibody.joint.MobilizerKinematics;
import org.neuromsk.engine.multibody.spatial.ArrayKernels;
import org.neuromsk.error.NeuroMskException;

/**
 * The mass matrix M(q) by the composite-rigid-body algorithm: M[a][j] = S_aᵀ·I_c(j)·S_j, with S_j
 * the spatial motion of mobility j per unit speed, I_c(j) the spatial inertia of every body outboard
 * of (and including) the body that mobility j moves, and a any mobility of that joint or of a joint
 * inboard of it. Every spatial quantity is expressed in Ground axes about Ground's origin, so the
 * composite inertias are plain sums and no transforms are needed on the way inwards.
 *
 * <p>Same matrix as {@link InverseDynamics#massMatrix(double[])} (n inverse-dynamics passes with
 * unit accelerations) to round-off, at O(n·depth) cost from one position pass instead of n full
 * passes; exactly symmetric by construction. Entries in kg·m², kg·m or kg depending on the
 * coordinates (rotational, translational).
 *
 * <p>A workspace: mutable, not thread-safe; {@link #compute(Kinematics, double[][])} does not
 * allocate.
 */
public final class CompositeRigidBody {

    private final MultibodyModel model;
    private final int nb;
    private final int nc;
    /** Per body: composite rotational inertia about Ground's origin in Ground, xx yy zz xy xz yz (kg·m²). */
    private final double[] rotational;
    /** Per body: composite first mass moment about Ground's origin, Σ m·c (kg·m). */
    private final double[] moment;
    /** Per body: composite mass (kg). */
    private final double[] mass;
    /** Per coordinate: spatial motion per unit speed [ω; v of the point at Ground's origin] in Ground. */
    private final double[] motion;
    private final double[] t = new double[9];

    /**
     * @param model the model
     */
    public CompositeRigidBody(MultibodyModel model) {
        this.model = model;
        nb = model.numBodies() + 1;
        nc = model.numCoordinates();
        rotational = new double[6 * nb];
        moment = new double[3 * nb];
        mass = new double[nb];
        motion = new double[6 * nc];
    }

    /**
     * Allocating convenience form of {@link #compute(Kinematics, double[][])}.
     *
     * @param q coordinates (rad or m), tree order
     * @return M(q), n×n
     */
    public double[][] massMatrix(double[] q) {
        Kinematics pose = new Kinematics(model);
        pose.realizePosition(q);
        double[][] m = new double[nc][nc];
        compute(pose, m);
        return m;
    }

    /**
     * @param pose kinematics of this workspace's model realized to positions (at least)
     * @param out receives M(q), n×n, every entry overwritten
     */
    public void compute(Kinematics pose, double[][] out) {
        if (pose.model() != model) {
            throw new NeuroMskException("kinematics were created for another model");
        }
        if (out.length != nc) {
            throw new NeuroMskException("mass matrix has " + out.length + " rows, model has " + nc + " coordinates");
        }
        pose.require(Kinematics.Stage.POSITION);
        for (double[] row : out) {
            // entries between coordinates on different branches stay 0
            Arrays.fill(row, 0);
        }
        bodyInertias(pose);
        for (int i = nb - 2; i >= 0; i--) {
            int p = model.parentIndex[i];
            if (p != 0) {
                accumulate(i + 1, p);
            }
        }
        motionSubspaces(pose);
        for (int i = 0; i < nb - 1; i++) {
            int b = i + 1;
            int first = model.firstCoordinate[i];
            int mobilities = pose.mobilizer(i).mobilities();
            for (int j = first; j < first + mobilities; j++) {
                // F = I_c(b)·S_j: angular momentum about the origin and linear momentum, per unit u_j.
                int o = 6 * j;
                double wx = motion[o];
                double wy = motion[o + 1];
                double wz = motion[o + 2];
                double vx = motion[o + 3];
                double vy = motion[o + 4];
                double vz = motion[o + 5];
                int r6 = 6 * b;
                int r3 = 3 * b;
                double hx = moment[r3];
                double hy = moment[r3 + 1];
                double hz = moment[r3 + 2];
                double m = mass[b];
                // L = J·ω + h × v ; p = m·v − h × ω
                ArrayKernels.applySymmetric(rotational, r6, motion, o, t, 0);
                double lx = t[0] + hy * vz - hz * vy;
                double ly = t[1] + hz * vx - hx * vz;
                double lz = t[2] + hx * vy - hy * vx;
                double px = m * vx - (hy * wz - hz * wy);
                double py = m * vy - (hz * wx - hx * wz);
                double pz = m * vz - (hx * wy - hy * wx);
                // This joint's mobilities (a ≤ j, diagonal included), then every inboard joint's.
                for (int a = first; a <= j; a++) {
                    set(out, a, j, power(a, lx, ly, lz, px, py, pz));
                }
                for (int k = model.parentIndex[i] - 1; k >= 0; k = model.parentIndex[k] - 1) {
                    int kFirst = model.firstCoordinate[k];
                    int kMobilities = pose.mobilizer(k).mobilities();
                    for (int a = kFirst; a < kFirst + kMobilities; a++) {
                        set(out, a, j, power(a, lx, ly, lz, px, py, pz));
                    }
                }
            }
        }
    }

    private static void set(double[][] out, int a, int j, double value) {
        out[a][j] = value;
        out[j][a] = value;
    }

    private double power(int a, double lx, double ly, double lz, double px, double py, double pz) {
        int o = 6 * a;
        return motion[o] * lx + motion[o + 1] * ly + motion[o + 2] * lz
                + motion[o + 3] * px + motion[o + 4] * py + motion[o + 5] * pz;
    }

    /**
     * Each body's spatial inertia about Ground's origin in Ground: J = R·I_c·Rᵀ + m·(|c|²·1 − c·cᵀ),
     * h = m·c, m, with c the mass centre in Ground.
     */
    private void bodyInertias(Kinematics pose) {
        double[] r = pose.rotationGB;
        double[] pos = pose.positionGB;
        double[] in = model.inertia;
        for (int b = 1; b < nb; b++) {
            int o9 = 9 * b;
            int o6 = 6 * b;
            int o3 = 3 * b;
            double m = model.mass[b];
            ArrayKernels.apply(r, o9, model.massCenter, o3, t, 0);
            double cx = pos[o3] + t[0];
            double cy = pos[o3 + 1] + t[1];
            double cz = pos[o3 + 2] + t[2];
            // R·I·Rᵀ with I symmetric: first A = R·I (row i of A is I·(row i of R)), then A·Rᵀ.
            for (int row = 0; row < 3; row++) {
                ArrayKernels.applySymmetric(in, o6, r, o9 + 3 * row, t, 3 * row);
            }
            double gxx = rowTimesRow(t, 0, r, o9);
            double gyy = rowTimesRow(t, 3, r, o9 + 3);
            double gzz = rowTimesRow(t, 6, r, o9 + 6);
            double gxy = rowTimesRow(t, 0, r, o9 + 3);
            double gxz = rowTimesRow(t, 0, r, o9 + 6);
            double gyz = rowTimesRow(t, 3, r, o9 + 6);
            rotational[o6] = gxx + m * (cy * cy + cz * cz);
            rotational[o6 + 1] = gyy + m * (cx * cx + cz * cz);
            rotational[o6 + 2] = gzz + m * (cx * cx + cy * cy);
            rotational[o6 + 3] = gxy - m * cx * cy;
            rotational[o6 + 4] = gxz - m * cx * cz;
            rotational[o6 + 5] = gyz - m * cy * cz;
            moment[o3] = m * cx;
            moment[o3 + 1] = m * cy;
            moment[o3 + 2] = m * cz;
            mass[b] = m;
        }
    }

    private static double rowTimesRow(double[] a, int ao, double[] r, int ro) {
        return a[ao] * r[ro] + a[ao + 1] * r[ro + 1] + a[ao + 2] * r[ro + 2];
    }

    private void accumulate(int child, int parent) {
        for (int k = 0; k < 6; k++) {
            rotational[6 * parent + k] += rotational[6 * child + k];
        }
        for (int k = 0; k < 3; k++) {
            moment[3 * parent + k] += moment[3 * child + k];
        }
        mass[parent] += mass[child];
    }

    /**
     * S_j = [R_GF·h_ω; R_GF·h_v + p_M × R_GF·h_ω]: the joint's motion per unit speed moved from M's
     * origin to Ground's origin (v_O = v_M + ω × (O − p_M)).
     */
    private void motionSubspaces(Kinematics pose) {
        double[] rGF = pose.rotationGF;
        double[] pGM = pose.positionGM;
        for (int i = 0; i < nb - 1; i++) {
            MobilizerKinematics mk = pose.mobilizer(i);
            int first = model.firstCoordinate[i];
            int o9 = 9 * i;
            double mx = pGM[3 * i];
            double my = pGM[3 * i + 1];
            double mz = pGM[3 * i + 2];
            for (int j = 0; j < mk.mobilities(); j++) {
                int o = 6 * (first + j);
                for (int c = 0; c < 6; c++) {
                    t[c] = mk.h(j, c);
                }
                ArrayKernels.apply(rGF, o9, t, 0, motion, o);
                ArrayKernels.apply(rGF, o9, t, 3, motion, o + 3);
                double wx = motion[o];
                double wy = motion[o + 1];
                double wz = motion[o + 2];
                motion[o + 3] += my * wz - mz * wy;
                motion[o + 4] += mz * wx - mx * wz;
                motion[o + 5] += mx * wy - my * wx;
            }
        }
    }
}

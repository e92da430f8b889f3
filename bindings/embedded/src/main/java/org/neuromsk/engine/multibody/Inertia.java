package org.neuromsk.engine.multibody;

import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * A symmetric inertia matrix (kg·m²) in body axes, as OpenSim's {@code inertia} property
 * {@code Ixx Iyy Izz Ixy Ixz Iyz}; the matrix is {@code [[Ixx, Ixy, Ixz], [Ixy, Iyy, Iyz],
 * [Ixz, Iyz, Izz]]}.
 *
 * @param ixx (kg·m²)
 * @param iyy (kg·m²)
 * @param izz (kg·m²)
 * @param ixy (kg·m²)
 * @param ixz (kg·m²)
 * @param iyz (kg·m²)
 */
public record Inertia(double ixx, double iyy, double izz, double ixy, double ixz, double iyz) {

    /** No inertia (a point mass). */
    public static final Inertia ZERO = new Inertia(0, 0, 0, 0, 0, 0);

    /**
     * Checks that all entries are finite.
     */
    public Inertia {
        for (double v : new double[] {ixx, iyy, izz, ixy, ixz, iyz}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("inertia entries must be finite");
            }
        }
    }

    /**
     * @param ixx (kg·m²)
     * @param iyy (kg·m²)
     * @param izz (kg·m²)
     * @return a diagonal inertia
     */
    public static Inertia diagonal(double ixx, double iyy, double izz) {
        return new Inertia(ixx, iyy, izz, 0, 0, 0);
    }

    /** @return {@code I·w} (kg·m²·w units) */
    public Vec3 times(Vec3 w) {
        return new Vec3(
                ixx * w.x() + ixy * w.y() + ixz * w.z(),
                ixy * w.x() + iyy * w.y() + iyz * w.z(),
                ixz * w.x() + iyz * w.y() + izz * w.z());
    }

    /**
     * Parallel-axis shift from the mass centre to a point: {@code I + m(|c|²·1 − c·cᵀ)}.
     *
     * @param mass (kg)
     * @param offset vector from the mass centre to the new point (m)
     * @return the inertia about that point
     */
    public Inertia shiftedFromMassCenter(double mass, Vec3 offset) {
        double x = offset.x();
        double y = offset.y();
        double z = offset.z();
        return new Inertia(
                ixx + mass * (y * y + z * z),
                iyy + mass * (x * x + z * z),
                izz + mass * (x * x + y * y),
                ixy - mass * x * y,
                ixz - mass * x * z,
                iyz - mass * y * z);
    }
}

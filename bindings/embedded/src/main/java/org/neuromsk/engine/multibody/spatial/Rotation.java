package org.neuromsk.engine.multibody.spatial;

/**
 * An immutable 3×3 rotation matrix {@code R_AB}: its columns are B's unit axes expressed in A, and
 * {@code R_AB · v_B = v_A}. Stored row-major.
 */
public final class Rotation {

    /** The identity rotation. */
    public static final Rotation IDENTITY = new Rotation(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});

    private static final double ORTHONORMALITY_TOLERANCE = 1e-9;

    private final double[] m;

    private Rotation(double[] rowMajor) {
        this.m = rowMajor;
    }

    /**
     * Right-handed rotation by an angle about an axis, {@code cosθ·I + sinθ·[a]× + (1 − cosθ)·a·aᵀ}
     * with {@code a} the normalised axis (Simbody's {@code Rotation(θ, UnitVec3)}).
     *
     * @param angle θ (rad)
     * @param axis the axis; need not be unit length but must not be zero
     * @return the rotation
     */
    public static Rotation aboutAxis(double angle, Vec3 axis) {
        Vec3 a = axis.normalized();
        double[] r = new double[9];
        ArrayKernels.rotationAboutUnitAxis(angle, a.x(), a.y(), a.z(), r, 0);
        return new Rotation(r);
    }

    /** @return the rotation by {@code angle} (rad) about x */
    public static Rotation aboutX(double angle) {
        return aboutAxis(angle, Vec3.UNIT_X);
    }

    /** @return the rotation by {@code angle} (rad) about y */
    public static Rotation aboutY(double angle) {
        return aboutAxis(angle, Vec3.UNIT_Y);
    }

    /** @return the rotation by {@code angle} (rad) about z */
    public static Rotation aboutZ(double angle) {
        return aboutAxis(angle, Vec3.UNIT_Z);
    }

    /**
     * Body-fixed X-Y-Z sequence {@code Rx(θ1)·Ry(θ2)·Rz(θ3)}, as used for OpenSim offset-frame
     * orientations and the Gimbal, Ball and Free joints.
     *
     * @param theta1 angle about x (rad)
     * @param theta2 angle about the once-rotated y (rad)
     * @param theta3 angle about the twice-rotated z (rad)
     * @return the rotation
     */
    public static Rotation bodyFixedXYZ(double theta1, double theta2, double theta3) {
        double[] r = new double[9];
        ArrayKernels.bodyFixedXYZ(theta1, theta2, theta3, r, 0);
        return new Rotation(r);
    }

    /**
     * @param angles (θ1, θ2, θ3) body-fixed X-Y-Z angles (rad)
     * @return {@code Rx(θ1)·Ry(θ2)·Rz(θ3)}
     */
    public static Rotation bodyFixedXYZ(Vec3 angles) {
        return bodyFixedXYZ(angles.x(), angles.y(), angles.z());
    }

    /**
     * @param rowMajor 9 entries, row-major; must be orthonormal with determinant +1 (to 1e-9)
     * @return the rotation
     * @throws IllegalArgumentException if the matrix is not a proper rotation
     */
    public static Rotation ofRowMajor(double... rowMajor) {
        if (rowMajor.length != 9) {
            throw new IllegalArgumentException("a rotation needs 9 entries, got " + rowMajor.length);
        }
        double[] r = rowMajor.clone();
        double[] rrt = new double[9];
        ArrayKernels.multiplyTransposedRight(r, 0, r, 0, rrt, 0);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double expected = i == j ? 1 : 0;
                if (Math.abs(rrt[3 * i + j] - expected) > ORTHONORMALITY_TOLERANCE) {
                    throw new IllegalArgumentException("matrix is not orthonormal");
                }
            }
        }
        if (ArrayKernels.determinant(r, 0) < 0) {
            throw new IllegalArgumentException("matrix is a reflection, not a rotation");
        }
        return new Rotation(r);
    }

    /**
     * Wraps storage computed by the engine's kernels without checking it.
     *
     * @param a source array
     * @param offset index of entry (0,0)
     * @return a rotation holding a copy of {@code a[offset..offset+8]}
     */
    public static Rotation copyOf(double[] a, int offset) {
        double[] r = new double[9];
        System.arraycopy(a, offset, r, 0, 9);
        return new Rotation(r);
    }

    /**
     * @param row 0..2
     * @param col 0..2
     * @return entry (row, col)
     */
    public double get(int row, int col) {
        return m[3 * row + col];
    }

    /**
     * @param col 0..2
     * @return column {@code col}, i.e. the frame's axis expressed in the reference frame
     */
    public Vec3 column(int col) {
        return new Vec3(m[col], m[3 + col], m[6 + col]);
    }

    /** @return {@code this · other} */
    public Rotation times(Rotation other) {
        double[] r = new double[9];
        ArrayKernels.multiply(m, 0, other.m, 0, r, 0);
        return new Rotation(r);
    }

    /** @return the inverse, which is the transpose */
    public Rotation transpose() {
        return new Rotation(new double[] {m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]});
    }

    /** @return {@code R · v} */
    public Vec3 apply(Vec3 v) {
        return new Vec3(
                m[0] * v.x() + m[1] * v.y() + m[2] * v.z(),
                m[3] * v.x() + m[4] * v.y() + m[5] * v.z(),
                m[6] * v.x() + m[7] * v.y() + m[8] * v.z());
    }

    /** @return {@code Rᵀ · v} */
    public Vec3 applyTranspose(Vec3 v) {
        return new Vec3(
                m[0] * v.x() + m[3] * v.y() + m[6] * v.z(),
                m[1] * v.x() + m[4] * v.y() + m[7] * v.z(),
                m[2] * v.x() + m[5] * v.y() + m[8] * v.z());
    }

    /**
     * Writes the 9 entries row-major into {@code out[offset..offset+8]}.
     *
     * @param out destination
     * @param offset index of entry (0,0)
     */
    public void copyTo(double[] out, int offset) {
        System.arraycopy(m, 0, out, offset, 9);
    }

    /** @return a copy of the 9 entries, row-major */
    public double[] toRowMajor() {
        return m.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rotation r && java.util.Arrays.equals(m, r.m);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return String.format("Rotation[[%g, %g, %g], [%g, %g, %g], [%g, %g, %g]]",
                m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
    }
}

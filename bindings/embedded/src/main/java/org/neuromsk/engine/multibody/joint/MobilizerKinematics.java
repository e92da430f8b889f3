package org.neuromsk.engine.multibody.joint;

/**
 * Reusable output buffer of {@link Joint#calcKinematics}: the cross-joint transform {@code X_FM}
 * (child frame M measured and expressed in parent frame F), the joint Jacobian {@code H_FM} and the
 * velocity-product term {@code Ḣ·u}, all expressed in F. Spatial vectors are ordered
 * {@code [angular; linear]}, the linear part referring to M's origin. One buffer per joint per
 * thread; it is mutable and not thread-safe.
 */
public final class MobilizerKinematics {

    final int mobilities;
    final double[] rotation = new double[9];
    final double[] translation = new double[3];
    final double[] h;
    final double[] hDotU = new double[6];
    /** Per-joint scratch space (CustomJoint function values and axes). */
    final double[] scratch = new double[64];

    /**
     * @param mobilities number of generalized speeds of the joint (0..6)
     */
    public MobilizerKinematics(int mobilities) {
        if (mobilities < 0 || mobilities > 6) {
            throw new IllegalArgumentException("a joint has 0..6 mobilities, got " + mobilities);
        }
        this.mobilities = mobilities;
        this.h = new double[6 * mobilities];
    }

    /** @return the number of generalized speeds */
    public int mobilities() {
        return mobilities;
    }

    /**
     * @param row 0..2
     * @param col 0..2
     * @return entry of {@code R_FM}
     */
    public double rotation(int row, int col) {
        return rotation[3 * row + col];
    }

    /**
     * @param i 0..2
     * @return component i of {@code p_FM}, M's origin in F (m)
     */
    public double translation(int i) {
        return translation[i];
    }

    /**
     * @param mobility 0..mobilities−1
     * @param component 0..5: angular x,y,z (rad per unit u) then linear x,y,z (m per unit u)
     * @return entry of column {@code mobility} of {@code H_FM}, expressed in F
     */
    public double h(int mobility, int component) {
        return h[6 * mobility + component];
    }

    /**
     * @param component 0..5: angular (rad/s²) then linear (m/s²)
     * @return entry of {@code Ḣ_FM·u}, the part of M's acceleration in F that does not depend on u̇
     */
    public double hDotU(int component) {
        return hDotU[component];
    }

    /**
     * Adds {@code H_FM·s} to {@code out[o..o+5]} (angular then linear, in F), s being this joint's
     * speeds or accelerations {@code values[first..first+mobilities−1]} (rad/s, m/s or their rates).
     * Each component sums the mobilities in order, so the result does not depend on the caller.
     */
    public void addJacobianTimes(double[] values, int first, double[] out, int o) {
        for (int j = 0; j < mobilities; j++) {
            double s = values[first + j];
            for (int c = 0; c < 6; c++) {
                out[o + c] += h[6 * j + c] * s;
            }
        }
    }

    /** Copies {@code Ḣ_FM·u} (angular then linear, in F) into {@code out[o..o+5]}. */
    public void copyVelocityProduct(double[] out, int o) {
        System.arraycopy(hDotU, 0, out, o, 6);
    }

    /** Copies {@code R_FM} row-major into {@code out[o..o+8]}. */
    public void copyRotation(double[] out, int o) {
        System.arraycopy(rotation, 0, out, o, 9);
    }

    /** Copies {@code p_FM} into {@code out[o..o+2]}. */
    public void copyTranslation(double[] out, int o) {
        System.arraycopy(translation, 0, out, o, 3);
    }

    void setIdentityTransform() {
        java.util.Arrays.fill(rotation, 0);
        rotation[0] = 1;
        rotation[4] = 1;
        rotation[8] = 1;
        translation[0] = 0;
        translation[1] = 0;
        translation[2] = 0;
    }

    void clearJacobian() {
        java.util.Arrays.fill(h, 0);
        java.util.Arrays.fill(hDotU, 0);
    }
}

package org.neuromsk.engine.multibody.spatial;

/**
 * Allocation-free kernels on flat {@code double[]} storage: 3×3 matrices are 9 consecutive entries
 * (row-major) and vectors 3 consecutive entries, each at a given offset. They carry the engine's
 * per-frame loops. Output ranges must not overlap input ranges unless a method says otherwise.
 */
public final class ArrayKernels {

    private ArrayKernels() {
    }

    /**
     * Writes {@code cosθ·I + sinθ·[a]× + (1 − cosθ)·a·aᵀ} for a unit axis a.
     *
     * @param angle θ (rad)
     * @param ax axis x (unit axis assumed)
     * @param ay axis y
     * @param az axis z
     * @param out destination
     * @param o offset of entry (0,0)
     */
    public static void rotationAboutUnitAxis(double angle, double ax, double ay, double az, double[] out, int o) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double k = 1 - c;
        out[o] = c + k * ax * ax;
        out[o + 1] = k * ax * ay - s * az;
        out[o + 2] = k * ax * az + s * ay;
        out[o + 3] = k * ay * ax + s * az;
        out[o + 4] = c + k * ay * ay;
        out[o + 5] = k * ay * az - s * ax;
        out[o + 6] = k * az * ax - s * ay;
        out[o + 7] = k * az * ay + s * ax;
        out[o + 8] = c + k * az * az;
    }

    /**
     * Writes {@code Rx(a)·Ry(b)·Rz(c)}.
     *
     * @param a angle about x (rad)
     * @param b angle about y (rad)
     * @param c angle about z (rad)
     * @param out destination
     * @param o offset of entry (0,0)
     */
    public static void bodyFixedXYZ(double a, double b, double c, double[] out, int o) {
        double ca = Math.cos(a);
        double sa = Math.sin(a);
        double cb = Math.cos(b);
        double sb = Math.sin(b);
        double cc = Math.cos(c);
        double sc = Math.sin(c);
        out[o] = cb * cc;
        out[o + 1] = -cb * sc;
        out[o + 2] = sb;
        out[o + 3] = sa * sb * cc + ca * sc;
        out[o + 4] = -sa * sb * sc + ca * cc;
        out[o + 5] = -sa * cb;
        out[o + 6] = -ca * sb * cc + sa * sc;
        out[o + 7] = ca * sb * sc + sa * cc;
        out[o + 8] = ca * cb;
    }

    /** Writes {@code A·B}; out must not overlap A or B. */
    public static void multiply(double[] a, int ao, double[] b, int bo, double[] out, int o) {
        for (int i = 0; i < 3; i++) {
            double a0 = a[ao + 3 * i];
            double a1 = a[ao + 3 * i + 1];
            double a2 = a[ao + 3 * i + 2];
            out[o + 3 * i] = a0 * b[bo] + a1 * b[bo + 3] + a2 * b[bo + 6];
            out[o + 3 * i + 1] = a0 * b[bo + 1] + a1 * b[bo + 4] + a2 * b[bo + 7];
            out[o + 3 * i + 2] = a0 * b[bo + 2] + a1 * b[bo + 5] + a2 * b[bo + 8];
        }
    }

    /** Writes {@code A·Bᵀ}; out must not overlap A or B. */
    public static void multiplyTransposedRight(double[] a, int ao, double[] b, int bo, double[] out, int o) {
        for (int i = 0; i < 3; i++) {
            double a0 = a[ao + 3 * i];
            double a1 = a[ao + 3 * i + 1];
            double a2 = a[ao + 3 * i + 2];
            for (int j = 0; j < 3; j++) {
                out[o + 3 * i + j] = a0 * b[bo + 3 * j] + a1 * b[bo + 3 * j + 1] + a2 * b[bo + 3 * j + 2];
            }
        }
    }

    /** Writes {@code R·v}; out may overlap v. */
    public static void apply(double[] r, int ro, double[] v, int vo, double[] out, int o) {
        double x = v[vo];
        double y = v[vo + 1];
        double z = v[vo + 2];
        out[o] = r[ro] * x + r[ro + 1] * y + r[ro + 2] * z;
        out[o + 1] = r[ro + 3] * x + r[ro + 4] * y + r[ro + 5] * z;
        out[o + 2] = r[ro + 6] * x + r[ro + 7] * y + r[ro + 8] * z;
    }

    /** Writes {@code Rᵀ·v}; out may overlap v. */
    public static void applyTranspose(double[] r, int ro, double[] v, int vo, double[] out, int o) {
        double x = v[vo];
        double y = v[vo + 1];
        double z = v[vo + 2];
        out[o] = r[ro] * x + r[ro + 3] * y + r[ro + 6] * z;
        out[o + 1] = r[ro + 1] * x + r[ro + 4] * y + r[ro + 7] * z;
        out[o + 2] = r[ro + 2] * x + r[ro + 5] * y + r[ro + 8] * z;
    }

    /**
     * Writes {@code S·v} for a symmetric 3×3 S stored as its six distinct entries
     * {@code (xx, yy, zz, xy, xz, yz)} at {@code s[so..so+5]}, the layout of the engine's inertias;
     * out may overlap v.
     */
    public static void applySymmetric(double[] s, int so, double[] v, int vo, double[] out, int o) {
        double xx = s[so];
        double yy = s[so + 1];
        double zz = s[so + 2];
        double xy = s[so + 3];
        double xz = s[so + 4];
        double yz = s[so + 5];
        double x = v[vo];
        double y = v[vo + 1];
        double z = v[vo + 2];
        out[o] = xx * x + xy * y + xz * z;
        out[o + 1] = xy * x + yy * y + yz * z;
        out[o + 2] = xz * x + yz * y + zz * z;
    }

    /** Writes {@code a × b}; out may overlap a or b. */
    public static void cross(double[] a, int ao, double[] b, int bo, double[] out, int o) {
        double ax = a[ao];
        double ay = a[ao + 1];
        double az = a[ao + 2];
        double bx = b[bo];
        double by = b[bo + 1];
        double bz = b[bo + 2];
        out[o] = ay * bz - az * by;
        out[o + 1] = az * bx - ax * bz;
        out[o + 2] = ax * by - ay * bx;
    }

    /** Adds {@code a × b} to out; out may overlap a or b. */
    public static void addCross(double[] a, int ao, double[] b, int bo, double[] out, int o) {
        double ax = a[ao];
        double ay = a[ao + 1];
        double az = a[ao + 2];
        double bx = b[bo];
        double by = b[bo + 1];
        double bz = b[bo + 2];
        out[o] += ay * bz - az * by;
        out[o + 1] += az * bx - ax * bz;
        out[o + 2] += ax * by - ay * bx;
    }

    /** @return the determinant of the 3×3 matrix at {@code a[o..o+8]} */
    public static double determinant(double[] a, int o) {
        return a[o] * (a[o + 4] * a[o + 8] - a[o + 5] * a[o + 7])
                - a[o + 1] * (a[o + 3] * a[o + 8] - a[o + 5] * a[o + 6])
                + a[o + 2] * (a[o + 3] * a[o + 7] - a[o + 4] * a[o + 6]);
    }
}

package org.neuromsk.engine.multibody.spatial;

/**
 * An immutable 3-vector. Units depend on the use: a position (m), a velocity (m/s), a force (N),
 * an angular velocity (rad/s) and so on.
 *
 * @param x first component
 * @param y second component
 * @param z third component
 */
public record Vec3(double x, double y, double z) {

    /** The zero vector. */
    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    /** Unit vector along x. */
    public static final Vec3 UNIT_X = new Vec3(1, 0, 0);
    /** Unit vector along y. */
    public static final Vec3 UNIT_Y = new Vec3(0, 1, 0);
    /** Unit vector along z. */
    public static final Vec3 UNIT_Z = new Vec3(0, 0, 1);

    /**
     * @param a array holding at least {@code offset + 3} values
     * @param offset index of the x component
     * @return the vector {@code (a[offset], a[offset+1], a[offset+2])}
     */
    public static Vec3 of(double[] a, int offset) {
        return new Vec3(a[offset], a[offset + 1], a[offset + 2]);
    }

    /**
     * @param i 0, 1 or 2
     * @return the i-th component
     */
    public double get(int i) {
        return switch (i) {
            case 0 -> x;
            case 1 -> y;
            case 2 -> z;
            default -> throw new IndexOutOfBoundsException("Vec3 index " + i);
        };
    }

    /** @return this + b */
    public Vec3 plus(Vec3 b) {
        return new Vec3(x + b.x, y + b.y, z + b.z);
    }

    /** @return this − b */
    public Vec3 minus(Vec3 b) {
        return new Vec3(x - b.x, y - b.y, z - b.z);
    }

    /** @return s · this */
    public Vec3 times(double s) {
        return new Vec3(s * x, s * y, s * z);
    }

    /** @return −this */
    public Vec3 negate() {
        return new Vec3(-x, -y, -z);
    }

    /** @return the dot product this · b */
    public double dot(Vec3 b) {
        return x * b.x + y * b.y + z * b.z;
    }

    /** @return the cross product this × b */
    public Vec3 cross(Vec3 b) {
        return new Vec3(y * b.z - z * b.y, z * b.x - x * b.z, x * b.y - y * b.x);
    }

    /** @return the Euclidean length */
    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /**
     * @return this vector scaled to unit length
     * @throws ArithmeticException if the vector is zero
     */
    public Vec3 normalized() {
        double n = norm();
        if (n == 0) {
            throw new ArithmeticException("cannot normalise the zero vector");
        }
        return new Vec3(x / n, y / n, z / n);
    }

    /**
     * Writes the components into {@code out[offset..offset+2]}.
     *
     * @param out destination
     * @param offset index of the x component
     */
    public void copyTo(double[] out, int offset) {
        out[offset] = x;
        out[offset + 1] = y;
        out[offset + 2] = z;
    }
}

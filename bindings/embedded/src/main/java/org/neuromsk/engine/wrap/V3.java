package org.neuromsk.engine.wrap;

/**
 * Small allocation-light operations on 3-vectors stored as {@code double[3]}. Each operation
 * returns a new array; none of them modifies its arguments.
 *
 * <p>Sums and products are evaluated in the component order x, y, z, as Simbody's small-vector
 * code does, so that rounding follows OpenSim closely.
 */
final class V3 {

    /** Simbody's {@code SimTK::Eps}: the double machine epsilon. */
    static final double EPS = Math.ulp(1.0);

    private V3() {
    }

    static double[] of(double x, double y, double z) {
        return new double[] {x, y, z};
    }

    static double[] nan() {
        return of(Double.NaN, Double.NaN, Double.NaN);
    }

    static double[] copy(double[] a) {
        return of(a[0], a[1], a[2]);
    }

    static double[] plus(double[] a, double[] b) {
        return of(a[0] + b[0], a[1] + b[1], a[2] + b[2]);
    }

    static double[] minus(double[] a, double[] b) {
        return of(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    }

    static double[] scale(double s, double[] a) {
        return of(s * a[0], s * a[1], s * a[2]);
    }

    /** @return a + s·b */
    static double[] plusScaled(double[] a, double s, double[] b) {
        return of(a[0] + s * b[0], a[1] + s * b[1], a[2] + s * b[2]);
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return of(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]);
    }

    static double normSquared(double[] a) {
        return dot(a, a);
    }

    static double norm(double[] a) {
        return Math.sqrt(normSquared(a));
    }

    static double distanceSquared(double[] a, double[] b) {
        return normSquared(minus(a, b));
    }

    static double distance(double[] a, double[] b) {
        return Math.sqrt(distanceSquared(a, b));
    }

    /**
     * Unit vector along {@code a}, or the zero vector when |a| is below machine epsilon (OpenSim's
     * "normalize or zero"; a NaN norm also gives zero).
     */
    static double[] unitOrZero(double[] a) {
        double mag = norm(a);
        if (mag >= EPS) {
            return scale(1.0 / mag, a);
        }
        return of(0, 0, 0);
    }

    /**
     * Simbody's {@code UnitVec3(v)} constructor: {@code v / |v|} with no guard, so a zero vector
     * gives NaN components.
     */
    static double[] unitUnguarded(double[] a) {
        double mag = norm(a);
        return of(a[0] / mag, a[1] / mag, a[2] / mag);
    }

    /** Sign as OpenSim's {@code DSIGN}: +1 when {@code v >= 0}, else −1 (NaN gives −1). */
    static int sign(double v) {
        return v >= 0.0 ? 1 : -1;
    }

    /**
     * Rotation of {@code v} by {@code angle} (rad) about the unit vector {@code axis}
     * (Rodrigues' formula, right-handed).
     */
    static double[] rotate(double angle, double[] axis, double[] v) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] axv = cross(axis, v);
        double along = (1.0 - c) * dot(axis, v);
        return of(c * v[0] + s * axv[0] + along * axis[0],
                c * v[1] + s * axv[1] + along * axis[1],
                c * v[2] + s * axv[2] + along * axis[2]);
    }

    static double[] requireVector(double[] a, String name) {
        if (a == null || a.length != 3) {
            throw new IllegalArgumentException(name + " must be a 3-vector");
        }
        return copy(a);
    }
}

package org.neuromsk.engine.wrap;

/**
 * Line and plane primitives with the conventions OpenSim's wrapping code relies on (parameter
 * definitions, tolerances and degenerate-case results), re-implemented here because the wrap
 * algorithms depend on these exact conventions.
 */
final class LineGeometry {

    /** Below this |direction · normal| a segment counts as parallel to a plane. */
    private static final double LINE_EPSILON = 1e-5;
    /** OpenSim's round-off tolerance for "equal within error" tests. */
    static final double ROUNDOFF_ERROR = 2e-13;

    private LineGeometry() {
    }

    /**
     * Closest points between two infinite lines.
     *
     * @param onFirst point on the first line closest to the second
     * @param s parameter of {@code onFirst} along the first line, as a fraction of |p2 − p1|
     * @param onSecond point on the second line closest to the first
     * @param t parameter of {@code onSecond}, as a fraction of |p4 − p3|
     * @param parallel true when the lines are parallel; then every field other than this one is NaN
     */
    record ClosestPoints(double[] onFirst, double s, double[] onSecond, double t, boolean parallel) {
    }

    /**
     * Closest points between the line through p1 and p2 and the line through p3 and p4. For
     * parallel lines OpenSim leaves the output points unset (uninitialised memory); NaN is used here.
     */
    static ClosestPoints closestPointsBetweenLines(double[] p1, double[] p2, double[] p3, double[] p4) {
        double[] d1 = V3.minus(p2, p1);
        double mag1 = V3.norm(d1);
        d1 = V3.unitOrZero(d1);
        double[] d2 = V3.minus(p4, p3);
        double mag2 = V3.norm(d2);
        d2 = V3.unitOrZero(d2);
        double[] n = V3.cross(d1, d2);
        double denom = V3.normSquared(n);
        if (Math.abs(denom) <= ROUNDOFF_ERROR) {
            return new ClosestPoints(V3.nan(), Double.NaN, V3.nan(), Double.NaN, true);
        }
        double[] w = V3.minus(p3, p1);
        // Determinants of the 3x3 matrices with rows (w, d1, n) and (w, d2, n), expanded along
        // the first row as Simbody does.
        double tUnit = det3(w, d1, n) / denom;
        double[] onSecond = V3.plusScaled(p3, tUnit, d2);
        double sUnit = det3(w, d2, n) / denom;
        double[] onFirst = V3.plusScaled(p1, sUnit, d1);
        return new ClosestPoints(onFirst, sUnit / mag1, onSecond, tUnit / mag2, false);
    }

    private static double det3(double[] r0, double[] r1, double[] r2) {
        return r0[0] * (r1[1] * r2[2] - r1[2] * r2[1])
                - r0[1] * (r1[0] * r2[2] - r1[2] * r2[0])
                + r0[2] * (r1[0] * r2[1] - r1[1] * r2[0]);
    }

    /**
     * Intersection of the segment a→b with the plane {@code normal · x + d = 0}, accepting
     * segment parameters in [−1e-5, 1 + 1e-5].
     *
     * @return the intersection point, or null when the segment is parallel to the plane or misses
     *     it (a NaN normal yields a NaN point, as in OpenSim)
     */
    static double[] intersectSegmentWithPlane(double[] a, double[] b, double[] normal, double d) {
        double[] dir = V3.minus(b, a);
        double dotProduct = V3.dot(dir, normal);
        if (Math.abs(dotProduct) < LINE_EPSILON) {
            return null;
        }
        double t = (-d - normal[0] * a[0] - normal[1] * a[1] - normal[2] * a[2]) / dotProduct;
        if (t < -LINE_EPSILON || t > 1.0 + LINE_EPSILON) {
            return null;
        }
        return V3.plusScaled(a, t, dir);
    }

    /**
     * Point on the line through {@code linePoint} along {@code direction} (any length; a zero
     * direction gives {@code linePoint}) closest to {@code point}.
     */
    static double[] closestPointOnLine(double[] point, double[] linePoint, double[] direction) {
        double[] v = V3.minus(point, linePoint);
        double mag = V3.norm(v);
        double[] vUnit = V3.unitOrZero(v);
        double[] dUnit = V3.unitOrZero(direction);
        double t = V3.dot(vUnit, dUnit) * mag;
        return V3.plusScaled(linePoint, t, dUnit);
    }
}

package org.neuromsk.engine.wrap;

/**
 * Closest point on the ellipsoid (x/a)² + (y/b)² + (z/c)² = 1 to a point, by Newton's method on
 * the Lagrange multiplier (D. Eberly, Graphics Gems IV), with the reduction to a 2-D ellipse for
 * points on a principal plane, as OpenSim's {@code WrapEllipsoid} does it. Re-implemented rather
 * than replaced by a generic solver because OpenSim's start values, 64-iteration limit, 1e-9
 * stopping test and "leave the output unchanged on failure" rule shape its results.
 */
final class EllipsoidClosestPoint {

    private static final int MAX_NEWTON_STEPS = 64;
    private static final double RESIDUAL_TOLERANCE = 1e-9;

    /** Semi-axes in the scaled frame. */
    private final double[] axes;
    /** Unscaled semi-axes (m), used only to rank principal cross-sections as OpenSim does. */
    private final double[] dimensions;

    EllipsoidClosestPoint(double[] scaledAxes, double[] dimensions) {
        this.axes = V3.copy(scaledAxes);
        this.dimensions = V3.copy(dimensions);
    }

    /**
     * Writes into {@code out} the surface point closest to {@code point}. When the 3-D iteration
     * does not converge, {@code out} keeps its previous contents (OpenSim's behaviour).
     *
     * @param specialCaseAxis a principal axis whose coordinate is to be treated as zero (2-D
     *     case), or −1 to detect it (coordinate within 2e-13 of zero; the narrowest cross-section
     *     wins when several qualify)
     */
    void closestPoint(double[] point, double[] out, int specialCaseAxis) {
        double a = axes[0];
        double b = axes[1];
        double c = axes[2];
        double u = point[0];
        double v = point[1];
        double w = point[2];
        int planeAxis = specialCaseAxis;
        if (planeAxis < 0) {
            double narrowest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 3; i++) {
                if (Math.abs(0.0 - point[i]) <= LineGeometry.ROUNDOFF_ERROR) {
                    double crossSection = 0;
                    for (int j = 0; j < 3; j++) {
                        if (j != i) {
                            crossSection += dimensions[j];
                        }
                    }
                    if (narrowest > crossSection) {
                        planeAxis = i;
                        narrowest = crossSection;
                    }
                }
            }
        }
        double[] xy;
        switch (planeAxis) {
            case 0 -> {
                xy = closestOnEllipse(b, c, v, w);
                out[0] = u;
                out[1] = xy[0];
                out[2] = xy[1];
                return;
            }
            case 1 -> {
                xy = closestOnEllipse(c, a, w, u);
                out[1] = v;
                out[2] = xy[0];
                out[0] = xy[1];
                return;
            }
            case 2 -> {
                xy = closestOnEllipse(a, b, u, v);
                out[2] = w;
                out[0] = xy[0];
                out[1] = xy[1];
                return;
            }
            default -> {
                // general case below
            }
        }
        double a2 = a * a;
        double b2 = b * b;
        double c2 = c * c;
        double a2u2 = a2 * (u * u);
        double b2v2 = b2 * (v * v);
        double c2w2 = c2 * (w * w);
        double t;
        if ((u / a) * (u / a) + (v / b) * (v / b) + (w / c) * (w / c) < 1.0) {
            t = 0.0;
        } else {
            t = Math.max(Math.max(a, b), c) * Math.sqrt(u * u + v * v + w * w);
        }
        for (int i = 0; i < MAX_NEWTON_STEPS; i++) {
            double p = t + a2;
            double q = t + b2;
            double r = t + c2;
            double p2 = p * p;
            double q2 = q * q;
            double r2 = r * r;
            double f = p2 * q2 * r2 - a2u2 * q2 * r2 - b2v2 * p2 * r2 - c2w2 * p2 * q2;
            if (Math.abs(f) < RESIDUAL_TOLERANCE) {
                out[0] = a2 * u / p;
                out[1] = b2 * v / q;
                out[2] = c2 * w / r;
                return;
            }
            double pq = p * q;
            double pr = p * r;
            double qr = q * r;
            double pqr = p * q * r;
            double fp = 2.0 * (pqr * (qr + pr + pq) - a2u2 * qr * (q + r) - b2v2 * pr * (p + r)
                    - c2w2 * pq * (p + q));
            t -= f / fp;
        }
        // Not converged: out is left as it was.
    }

    /**
     * Closest point on the ellipse (x/a)² + (y/b)² = 1 to (u, v), with OpenSim's handling of
     * points on the axes; returns {x, y}.
     */
    static double[] closestOnEllipse(double a, double b, double u, double v) {
        double a2 = a * a;
        double b2 = b * b;
        double a2u2 = a2 * (u * u);
        double b2v2 = b2 * (v * v);
        boolean onYAxis = Math.abs(0.0 - u) <= LineGeometry.ROUNDOFF_ERROR;
        boolean onXAxis = Math.abs(0.0 - v) <= LineGeometry.ROUNDOFF_ERROR;
        if (onYAxis && onXAxis) {
            if (a < b) {
                return new double[] {u < 0.0 ? -a : a, v};
            }
            return new double[] {u, v < 0.0 ? -b : b};
        }
        if (onYAxis) {
            if (a >= b || Math.abs(v) >= b - a2 / b) {
                return new double[] {u, v >= 0 ? b : -b};
            }
            double y = b2 * v / (b2 - a2);
            double ydb = y / b;
            return new double[] {a * Math.sqrt(Math.abs(1 - ydb * ydb)), y};
        }
        if (onXAxis) {
            if (b >= a || Math.abs(u) >= a - b2 / a) {
                return new double[] {u >= 0 ? a : -a, v};
            }
            double x = a2 * u / (a2 - b2);
            double xda = x / a;
            return new double[] {x, b * Math.sqrt(Math.abs(1 - xda * xda))};
        }
        double t;
        if ((u / a) * (u / a) + (v / b) * (v / b) < 1.0) {
            t = 0.0;
        } else {
            t = Math.max(a, b) * Math.sqrt(u * u + v * v);
        }
        double p = Double.NaN;
        double q = Double.NaN;
        for (int i = 0; i < MAX_NEWTON_STEPS; i++) {
            p = t + a2;
            q = t + b2;
            double f = p * p * (q * q) - a2u2 * (q * q) - b2v2 * (p * p);
            if (Math.abs(f) < RESIDUAL_TOLERANCE) {
                break;
            }
            double fp = 2.0 * (p * q * (p + q) - a2u2 * q - b2v2 * p);
            t -= f / fp;
        }
        return new double[] {a2 * u / p, b2 * v / q};
    }
}

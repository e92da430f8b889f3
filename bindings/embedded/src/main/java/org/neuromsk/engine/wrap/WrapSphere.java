package org.neuromsk.engine.wrap;

import java.util.ArrayList;
import java.util.List;
import org.neuromsk.error.NeuroMskException;

/**
 * A sphere of a given radius centred at the wrap-frame origin. Reproduces OpenSim 4.5.2's
 * {@code WrapSphere} (own implementation, OpenSim's rules and quirks kept).
 *
 * <p>Outline: insideRadius if an end point is inside; no wrap unless the straight line P1→P2
 * crosses the sphere strictly between the end points (whatever the quadrant). The path then lies
 * in the plane through the centre, P1 and P2: tangent points at angle asin(r/|Pi|) from the
 * direction to the centre, arc = r·angle on the great circle.
 *
 * <p>Quirks kept from OpenSim: (0) an unconstrained sphere reports {@link WrapCode#WRAPPED},
 * never {@link WrapCode#MANDATORY_WRAP}; (1) with a quadrant, when neither end point is on the
 * active side the code stays {@code WRAPPED} and a far-side wrap gets the <em>negative</em> arc
 * length −r·(2π − angle); (2) when the line P1→P2 passes almost through the centre
 * (|unit(P1 − P2) × unit(P2)| &lt; 1e-5), OpenSim reuses the previous tangent points scaled by a
 * NaN factor, so the result is {@code WRAPPED} with NaN tangent points (and arc r·π/2, since a NaN
 * vector normalises to zero), which a path never selects; (3) the quadrant test's closest-approach
 * parameter is a distance in metres from P1 but is required to lie in (0, 1); (4) the
 * intermediate arc points are rotated by angles mistakenly converted from degrees, so they are
 * useful for counting only.
 */
public final class WrapSphere implements WrapObject {

    /** Arc sampling step (m) for the surface points. */
    private static final double SAMPLE_SPACING = 0.002;
    /** Below this |unit(P1−P2) × unit(P2)| the segment counts as passing through the centre. */
    private static final double THROUGH_CENTRE_TOLERANCE = 1e-5;

    private final double radius;
    private final Quadrant quadrant;

    /**
     * @param radius sphere radius (m), ≥ 0
     * @param quadrant side restriction
     */
    public WrapSphere(double radius, Quadrant quadrant) {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new NeuroMskException("WrapSphere radius must be finite and >= 0, got " + radius);
        }
        this.radius = radius;
        this.quadrant = quadrant;
    }

    /** @return radius (m) */
    public double radius() {
        return radius;
    }

    @Override
    public Quadrant quadrant() {
        return quadrant;
    }

    @Override
    public WrapResult wrap(double[] point1, double[] point2, WrapState previous, boolean adjustTangents) {
        double[] p1 = V3.requireVector(point1, "p1");
        double[] p2 = V3.requireVector(point2, "p2");
        if (V3.norm(p1) < radius || V3.norm(p2) < radius) {
            return WrapResult.notWrapped(WrapCode.INSIDE_RADIUS, previous);
        }
        // Line P2 + λ(P1 − P2) against |x| = r.
        double[] chord = V3.minus(p1, p2);
        double[] centreFromP2 = V3.scale(-1.0, p2);
        double qa = V3.dot(chord, chord);
        double qb = -2.0 * V3.dot(centreFromP2, chord);
        double qc = V3.dot(centreFromP2, centreFromP2) - radius * radius;
        double disc = qb * qb - 4.0 * qa * qc;
        if (disc < 0.0) {
            return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
        }
        double lambda1 = (-qb + Math.sqrt(disc)) / (2.0 * qa);
        double lambda2 = (-qb - Math.sqrt(disc)) / (2.0 * qa);
        if (!(0.0 < lambda1 && lambda1 < 1.0) || !(0.0 < lambda2 && lambda2 < 1.0) || lambda1 < lambda2) {
            return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
        }
        double[] chordDir = V3.unitOrZero(chord);
        double[] normal = V3.cross(chordDir, V3.unitOrZero(p2));
        if (V3.norm(normal) < THROUGH_CENTRE_TOLERANCE) {
            // OpenSim falls back on the previous tangent points times a factor that is always NaN.
            return arc(V3.nan(), V3.nan(), false, WrapCode.WRAPPED, previous);
        }
        normal = V3.unitOrZero(normal);
        double[][] cand1 = tangentCandidates(p1, normal);
        double[][] cand2 = tangentCandidates(p2, normal);
        double[] u1a = V3.unitOrZero(cand1[0]);
        double[] u1b = V3.unitOrZero(cand1[1]);
        double[] u2a = V3.unitOrZero(cand2[0]);
        double[] u2b = V3.unitOrZero(cand2[1]);

        // Unconstrained choice: the pair with the closest directions (the short way round);
        // the other candidates are kept for a possible flip below.
        double aa = V3.dot(u1a, u2a);
        double ab = V3.dot(u1a, u2b);
        double ba = V3.dot(u1b, u2a);
        double bb = V3.dot(u1b, u2b);
        boolean use1a;
        boolean use2a;
        if (aa > ab && aa > ba && aa > bb) {
            use1a = true;
            use2a = true;
        } else if (ab > ba && ab > bb) {
            use1a = true;
            use2a = false;
        } else if (ba > bb) {
            use1a = false;
            use2a = true;
        } else {
            use1a = false;
            use2a = false;
        }

        WrapCode code = WrapCode.WRAPPED;
        boolean farSide = false;
        if (quadrant.isConstrained()) {
            int axis = quadrant.axis();
            int side = quadrant.sign();
            if (V3.sign(p1[axis]) == side || V3.sign(p2[axis]) == side) {
                double[] closest = LineGeometry.closestPointOnLine(V3.of(0, 0, 0), p1, chordDir);
                // The parameter runs from P1 towards P2 here (OpenSim negates its P2→P1 value).
                double along = -V3.dot(V3.unitOrZero(V3.scale(-1.0, p1)), V3.unitOrZero(chordDir))
                        * V3.norm(p1) / V3.norm(chordDir);
                if (V3.normSquared(closest) < radius * radius && along > 0.0 && along < 1.0) {
                    code = WrapCode.MANDATORY_WRAP;
                } else if (V3.sign(p1[axis]) != V3.sign(p2[axis]) && V3.sign(closest[axis]) != side) {
                    code = WrapCode.WRAPPED;
                } else {
                    return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
                }
            }
            if (V3.sign(p1[axis]) != side || V3.sign(p2[axis]) != side) {
                double[] activeDir = V3.of(0, 0, 0);
                activeDir[axis] = side;
                double[] towardsCentre = V3.unitOrZero(V3.plus(V3.scale(-1.0, p1), V3.scale(-1.0, p2)));
                use1a = V3.dot(u1a, towardsCentre) > V3.dot(u1b, towardsCentre);
                use2a = V3.dot(u2a, towardsCentre) > V3.dot(u2b, towardsCentre);
                double[] t1 = use1a ? cand1[0] : cand1[1];
                double[] t2 = use2a ? cand2[0] : cand2[1];
                double[] sum = V3.unitOrZero(V3.plus(V3.minus(t1, p1), V3.minus(t2, p2)));
                if (V3.dot(sum, activeDir) < 0.0) {
                    use1a = !use1a;
                    use2a = !use2a;
                }
                t1 = use1a ? cand1[0] : cand1[1];
                t2 = use2a ? cand2[0] : cand2[1];
                double[] towardsSurface = V3.plus(V3.minus(t1, p1), V3.minus(t2, p2));
                farSide = V3.dot(V3.plus(t1, t2), towardsSurface) < 0.0;
            }
        }
        return arc(use1a ? cand1[0] : cand1[1], use2a ? cand2[0] : cand2[1], farSide, code, previous);
    }

    /**
     * The two tangent points from p in the plane with the given normal: at angle ±asin(r/|p|)
     * from the direction to the centre, at distance |p|·cos(asin(r/|p|)) from p.
     */
    private double[][] tangentCandidates(double[] p, double[] normal) {
        double[] toCentre = V3.unitOrZero(V3.scale(-1.0, p));
        double[] inPlane = V3.cross(normal, toCentre);
        double distance = V3.norm(p);
        double angle = Math.asin(radius / distance);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] dirA = V3.plusScaled(V3.scale(c, toCentre), -s, inPlane);
        double[] dirB = V3.plusScaled(V3.scale(c, toCentre), s, inPlane);
        return new double[][] {reachAlong(p, dirA, distance, c), reachAlong(p, dirB, distance, c)};
    }

    /** p + dir·distance·cosine, multiplied in OpenSim's order. */
    private static double[] reachAlong(double[] p, double[] dir, double distance, double cosine) {
        return V3.of(p[0] + dir[0] * distance * cosine, p[1] + dir[1] * distance * cosine,
                p[2] + dir[2] * distance * cosine);
    }

    private WrapResult arc(double[] t1, double[] t2, boolean farSide, WrapCode code, WrapState previous) {
        double[] n1 = V3.unitOrZero(t1);
        double[] n2 = V3.unitOrZero(t2);
        double angle = Math.acos(V3.dot(n1, n2));
        if (farSide) {
            angle = -(2 * Math.PI - angle);
        }
        double arcLength = radius * angle;
        double[] axis = V3.unitOrZero(V3.cross(n1, n2));
        int segments = (int) (arcLength / SAMPLE_SPACING);
        if (segments < 1) {
            segments = 1;
        }
        List<double[]> points = new ArrayList<>();
        points.add(t1);
        for (int i = 0; i < segments - 2; i++) {
            // OpenSim applies a degree-to-radian factor to an angle already in radians, and
            // rotates the opposite way; reproduced for parity of the point list.
            double sampleAngle = angle * (i + 1) / (segments - 1) * (Math.PI / 180.0);
            points.add(V3.rotate(-sampleAngle, axis, t1));
        }
        points.add(t2);
        return new WrapResult(code, t1, t2, arcLength, points, previous);
    }
}

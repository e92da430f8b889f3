package org.neuromsk.engine.wrap;

import java.util.ArrayList;
import java.util.List;
import org.neuromsk.error.NeuroMskException;

/**
 * A cylinder of a given radius around the wrap-frame z axis, centred at the origin, with the
 * finite length used only to switch wrapping off beyond its ends. Reproduces OpenSim 4.5.2's
 * {@code WrapCylinder} (own implementation; OpenSim's tolerances, iteration limits and quirks are
 * kept because they change the numbers).
 *
 * <p>Outline: insideRadius if an end point is closer than the radius to the axis; for an
 * unconstrained cylinder, wrap only when the straight line crosses the cylinder between the end
 * points (mandatory); otherwise apply the quadrant rules. Tangent points are first found in each
 * end point's cross-section plane, then slid along z onto the plane through P1, P2 and an "apex"
 * point on the cylinder, and the surface path is the helix between them: length
 * √((r·θ)² + Δz²). With several wraps on a path, the tangent points are additionally nudged
 * until the straight lines meet the helix within 0.1°.
 *
 * <p>Quirk kept from OpenSim: θ is the signed angle from T1 to T2 about +z; for a "long" wrap it
 * becomes 2π − θ, which is the correct long way only when θ > 0 (for θ < 0 the arc exceeds a full
 * turn).
 */
public final class WrapCylinder implements WrapObject {

    private static final double[] AXIS_POINT = {0.0, 0.0, -1.0};
    private static final double[] AXIS = {0.0, 0.0, 1.0};
    /** Offset (m) of the ends of the z-parallel search segments used for the axial slide. */
    private static final double SLIDE_SEARCH_HALF_LENGTH = 10.0;
    /** Arc sampling step (m) in multi-wrap mode. */
    private static final double SAMPLE_SPACING = 0.002;
    private static final int MAX_TANGENT_ADJUSTMENTS = 100;
    private static final double TANGENCY_TOLERANCE = 0.1 * Math.PI / 180.0;
    /** Step factor applied towards the estimated tangency point. */
    private static final double ADJUST_OVERSHOOT = 1.5;

    private final double radius;
    private final double length;
    private final Quadrant quadrant;

    /**
     * @param radius cylinder radius (m), ≥ 0
     * @param length cylinder length along z (m), ≥ 0
     * @param quadrant side restriction
     */
    public WrapCylinder(double radius, double length, Quadrant quadrant) {
        if (!(radius >= 0) || !(length >= 0) || Double.isInfinite(radius) || Double.isInfinite(length)) {
            throw new NeuroMskException("WrapCylinder radius and length must be finite and >= 0, got "
                    + radius + " and " + length);
        }
        this.radius = radius;
        this.length = length;
        this.quadrant = quadrant;
    }

    /** @return radius (m) */
    public double radius() {
        return radius;
    }

    /** @return length along z (m) */
    public double length() {
        return length;
    }

    @Override
    public Quadrant quadrant() {
        return quadrant;
    }

    /** The two points where tangents from an end point touch the cross-section circle. */
    private record Candidates(double[] plus, double[] minus, double[] axisPoint, double axisDistance) {
    }

    @Override
    public WrapResult wrap(double[] point1, double[] point2, WrapState previous, boolean adjustTangents) {
        double[] p1 = V3.requireVector(point1, "p1");
        double[] p2 = V3.requireVector(point2, "p2");
        double rSq = radius * radius;
        if (squaredDistanceToAxis(p1) < rSq || squaredDistanceToAxis(p2) < rSq) {
            return WrapResult.notWrapped(WrapCode.INSIDE_RADIUS, previous);
        }
        // Closest approach of the segment's line to the cylinder axis (both as infinite lines).
        LineGeometry.ClosestPoints approach = LineGeometry.closestPointsBetweenLines(p1, p2,
                V3.of(0, 0, -0.5 * length), V3.of(0, 0, 0.5 * length));
        boolean lineCrossesCylinder = V3.distanceSquared(approach.onFirst(), approach.onSecond()) < rSq
                && approach.s() > 0.0 && approach.s() < 1.0;

        WrapCode code = WrapCode.WRAPPED;
        if (!quadrant.isConstrained()) {
            if (!lineCrossesCylinder) {
                return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
            }
            code = WrapCode.MANDATORY_WRAP;
        }
        Candidates c1 = tangentCandidates(p1);
        Candidates c2 = tangentCandidates(p2);

        double[] t1;
        double[] t2;
        boolean farSide = false;
        boolean longWrap = false;
        if (quadrant.isConstrained()) {
            int axis = quadrant.axis();
            int side = quadrant.sign();
            if (V3.sign(p1[axis]) == side || V3.sign(p2[axis]) == side) {
                if (lineCrossesCylinder) {
                    code = WrapCode.MANDATORY_WRAP;
                } else if (V3.sign(p1[axis]) != V3.sign(p2[axis])
                        && V3.sign(approach.onFirst()[axis]) != side) {
                    code = WrapCode.WRAPPED;
                } else {
                    return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
                }
            }
            ConstrainedChoice choice = chooseOnActiveSide(c1, c2, axis, side);
            t1 = choice.t1;
            t2 = choice.t2;
            farSide = choice.farSide;
            double[] towardsSurface = V3.plus(V3.minus(t1, p1), V3.minus(t2, p2));
            double[] radial = V3.plus(V3.minus(t1, c1.axisPoint), V3.minus(t2, c2.axisPoint));
            longWrap = V3.dot(radial, towardsSurface) < 0.0;
        } else {
            double[][] pair = chooseShortWay(c1, c2);
            t1 = pair[0];
            t2 = pair[1];
        }

        double[][] slid = slideAlongAxis(p1, p2, c1, c2, t1, t2, farSide);
        t1 = slid[0];
        t2 = slid[1];

        double halfLength = length / 2.0;
        if ((t1[2] < -halfLength || t1[2] > halfLength) && (t2[2] < -halfLength || t2[2] > halfLength)) {
            return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
        }
        return helicalPath(p1, p2, t1, t2, longWrap, adjustTangents, code, previous);
    }

    /** Squared distance to the axis, computed as OpenSim's point-to-line helper does. */
    private static double squaredDistanceToAxis(double[] p) {
        double[] toAxisPoint = V3.minus(AXIS_POINT, p);
        double[] n = V3.unitUnguarded(AXIS);
        double along = V3.dot(toAxisPoint, n);
        return V3.normSquared(V3.minus(toAxisPoint, V3.scale(along, n)));
    }

    private Candidates tangentCandidates(double[] p) {
        double[] axisPoint = LineGeometry.closestPointOnLine(p, AXIS_POINT, AXIS);
        double[] outward = V3.minus(p, axisPoint);
        double axisDistance = V3.norm(outward);
        outward = V3.unitOrZero(outward);
        // The tangent points lie on the chord of contact, at r²/d from the axis.
        double chordOffset = radius * (radius / axisDistance);
        double[] chordCentre = V3.plusScaled(axisPoint, chordOffset, outward);
        double halfChord = Math.sqrt(radius * radius - chordOffset * chordOffset);
        double[] sideways = V3.cross(AXIS, outward);
        return new Candidates(V3.plusScaled(chordCentre, halfChord, sideways),
                V3.plusScaled(chordCentre, -halfChord, sideways), axisPoint, axisDistance);
    }

    /** Unconstrained choice: the candidate pair whose radial directions are closest. */
    private static double[][] chooseShortWay(Candidates c1, Candidates c2) {
        double[] u1a = V3.unitOrZero(V3.minus(c1.plus, c1.axisPoint));
        double[] u1b = V3.unitOrZero(V3.minus(c1.minus, c1.axisPoint));
        double[] u2a = V3.unitOrZero(V3.minus(c2.plus, c2.axisPoint));
        double[] u2b = V3.unitOrZero(V3.minus(c2.minus, c2.axisPoint));
        double aa = V3.dot(u1a, u2a);
        double ab = V3.dot(u1a, u2b);
        double ba = V3.dot(u1b, u2a);
        double bb = V3.dot(u1b, u2b);
        if (aa > ab && aa > ba && aa > bb) {
            return new double[][] {c1.plus, c2.plus};
        } else if (ab > ba && ab > bb) {
            return new double[][] {c1.plus, c2.minus};
        } else if (ba > bb) {
            return new double[][] {c1.minus, c2.plus};
        }
        return new double[][] {c1.minus, c2.minus};
    }

    private record ConstrainedChoice(double[] t1, double[] t2, boolean farSide) {
    }

    /**
     * Quadrant-constrained choice between the crossed pairs (T1+, T2−) and (T1−, T2+), preferring
     * candidates on the active side; also decides the far-side flag used for the apex.
     */
    private static ConstrainedChoice chooseOnActiveSide(Candidates c1, Candidates c2, int axis, int side) {
        double[] v1a = V3.minus(c1.plus, c1.axisPoint);
        double[] v1b = V3.minus(c1.minus, c1.axisPoint);
        double[] v2a = V3.minus(c2.plus, c2.axisPoint);
        double[] v2b = V3.minus(c2.minus, c2.axisPoint);
        double anglePlusMinus = Math.acos(V3.dot(v1a, v2b) / (V3.norm(v1a) * V3.norm(v2b)));
        double angleMinusPlus = Math.acos(V3.dot(v1b, v2a) / (V3.norm(v1b) * V3.norm(v2a)));
        boolean firstPairWider = anglePlusMinus > angleMinusPlus;

        boolean active1a = V3.sign(c1.plus[axis]) == side;
        boolean active1b = V3.sign(c1.minus[axis]) == side;
        boolean active2a = V3.sign(c2.plus[axis]) == side;
        boolean active2b = V3.sign(c2.minus[axis]) == side;

        boolean useMinusPlus;
        boolean farSide;
        if (active1a != active1b) {
            useMinusPlus = active1b;
            farSide = useMinusPlus != firstPairWider;
        } else if (active2a) {
            useMinusPlus = true;
            farSide = !firstPairWider;
        } else if (active1a || active2b) {
            useMinusPlus = false;
            farSide = firstPairWider;
        } else {
            // No candidate is on the active side: take the wider pair and go round the far side.
            useMinusPlus = !firstPairWider;
            farSide = true;
        }
        return useMinusPlus
                ? new ConstrainedChoice(c1.minus, c2.plus, farSide)
                : new ConstrainedChoice(c1.plus, c2.minus, farSide);
    }

    /**
     * Moves T1 and T2 parallel to the axis onto the plane through P1, P2 and the apex point (the
     * point on the surface facing the chord point that divides P1P2 in the ratio of the end
     * points' axis distances), keeping each on its own side.
     */
    private double[][] slideAlongAxis(double[] p1, double[] p2, Candidates c1, Candidates c2,
            double[] t1, double[] t2, boolean farSide) {
        double ratio = c1.axisDistance / (c1.axisDistance + c2.axisDistance);
        double[] chordPoint = V3.plusScaled(p1, ratio, V3.minus(p2, p1));
        double[] axisPoint = LineGeometry.closestPointOnLine(chordPoint, AXIS_POINT, AXIS);
        double[] l1 = V3.unitOrZero(V3.minus(p1, axisPoint));
        double[] l2 = V3.unitOrZero(V3.minus(p2, axisPoint));
        double[] chordPlaneNormal = V3.unitOrZero(V3.unitUnguarded(V3.cross(l1, l2)));
        double[] out1 = V3.unitOrZero(V3.cross(AXIS, chordPlaneNormal));
        double[] out2 = V3.unitOrZero(V3.cross(chordPlaneNormal, AXIS));
        double[] apex1 = V3.plusScaled(axisPoint, radius, out1);
        double[] apex2 = V3.plusScaled(axisPoint, radius, out2);
        boolean apex1Nearer = V3.distanceSquared(chordPoint, apex1) < V3.distanceSquared(chordPoint, apex2);
        double[] apex = (apex1Nearer != farSide) ? apex1 : apex2;

        double[] u = V3.unitOrZero(V3.minus(p1, apex));
        double[] v = V3.unitOrZero(V3.minus(p2, apex));
        double[] n = V3.unitUnguarded(V3.cross(u, v));
        double d = -p1[0] * n[0] - p1[1] * n[1] - p1[2] * n[2];

        double[] t1Hit = LineGeometry.intersectSegmentWithPlane(
                V3.plusScaled(t1, -SLIDE_SEARCH_HALF_LENGTH, AXIS),
                V3.plusScaled(t1, SLIDE_SEARCH_HALF_LENGTH, AXIS), n, d);
        double[] t2Hit = LineGeometry.intersectSegmentWithPlane(
                V3.plusScaled(t2, -SLIDE_SEARCH_HALF_LENGTH, AXIS),
                V3.plusScaled(t2, SLIDE_SEARCH_HALF_LENGTH, AXIS), n, d);
        double[] a1 = c1.axisPoint;
        double[] a2 = c2.axisPoint;
        double[] newT1 = t1;
        double[] newT2 = t2;
        // OpenSim projects onto the line through A1 whose direction is the position vector of A2
        // (parallel to the axis unless A2 is the origin); the condition is kept as is.
        if (t1Hit != null) {
            double[] q = LineGeometry.closestPointOnLine(t1Hit, a1, a2);
            if (V3.distanceSquared(q, a2) < V3.distanceSquared(a1, a2)) {
                newT1 = t1Hit;
            }
        }
        if (t2Hit != null) {
            double[] q = LineGeometry.closestPointOnLine(t2Hit, a1, a2);
            if (V3.distanceSquared(q, a1) < V3.distanceSquared(a2, a1)) {
                newT2 = t2Hit;
            }
        }
        return new double[][] {newT1, newT2};
    }

    /** Helix from t1 to t2 (and, in multi-wrap mode, the tangency refinement). */
    private WrapResult helicalPath(double[] p1, double[] p2, double[] t1Start, double[] t2Start,
            boolean longWrap, boolean adjustTangents, WrapCode code, WrapState previous) {
        double[] t1 = t1Start;
        double[] t2 = t2Start;
        double turnSense = longWrap ? -1.0 : 1.0;
        int adjustments = 0;
        while (true) {
            double[] a1 = LineGeometry.closestPointOnLine(t1, AXIS_POINT, AXIS);
            double[] a2 = LineGeometry.closestPointOnLine(t2, AXIS_POINT, AXIS);
            double axialDistance = V3.dot(V3.minus(a2, a1), AXIS);
            double[] u = V3.minus(t1, a1);
            double[] v = V3.minus(t2, a2);
            double theta = Math.atan2(V3.dot(V3.cross(u, v), AXIS), V3.dot(u, v));
            if (longWrap) {
                theta = 2.0 * Math.PI - theta;
            }
            double arcLength = Math.sqrt(radius * theta * (radius * theta) + axialDistance * axialDistance);
            Helix helix = new Helix(turnSense * theta, axialDistance);

            List<double[]> points = new ArrayList<>();
            if (!adjustTangents) {
                points.add(helix.at(t1, 0.0));
                points.add(helix.at(t1, 1.0));
                return new WrapResult(code, t1, t2, arcLength, points, previous);
            }
            int segments = (int) (arcLength / SAMPLE_SPACING);
            if (segments < 1) {
                segments = 1;
            }
            boolean restart = false;
            for (int i = 0; i < segments; i++) {
                double s = (double) i / segments;
                double[] point = helix.at(t1, s);
                if (i == 1 && adjustments < MAX_TANGENT_ADJUSTMENTS) {
                    double[] newT1 = adjustTangentPoint(p1, t1, point);
                    // OpenSim evaluates the mirror sample from the already updated T1.
                    double[] mirror = helix.at(newT1 != null ? newT1 : t1, 1.0 - s);
                    double[] newT2 = adjustTangentPoint(p2, t2, mirror);
                    if (newT1 != null || newT2 != null) {
                        t1 = newT1 != null ? newT1 : t1;
                        t2 = newT2 != null ? newT2 : t2;
                        adjustments++;
                        restart = true;
                        break;
                    }
                }
                points.add(point);
            }
            if (!restart) {
                return new WrapResult(code, t1, t2, arcLength, points, previous);
            }
        }
    }

    /** Helix starting at a given point: rotation about z by s·angle plus s·rise along z. */
    private record Helix(double angle, double rise) {
        double[] at(double[] start, double s) {
            double[] rotated = V3.rotate(s * angle, AXIS, start);
            return V3.plusScaled(rotated, s * rise, AXIS);
        }
    }

    /**
     * If the line from the end point to the tangent point meets the axis at an angle that differs
     * from the helix direction (towards the nearby helix sample) by more than 0.1°, returns the
     * tangent point moved 1.5 times towards where the line end point→sample crosses the
     * tangent point's z-parallel line; otherwise null.
     */
    private static double[] adjustTangentPoint(double[] endPoint, double[] tangentPoint, double[] sample) {
        double[] lineDir = V3.unitOrZero(V3.minus(tangentPoint, endPoint));
        double[] helixDir = V3.unitOrZero(V3.minus(sample, tangentPoint));
        double lineAngle = Math.acos(V3.dot(lineDir, AXIS));
        double helixAngle = Math.acos(V3.dot(helixDir, AXIS));
        if (!(Math.abs(lineAngle - helixAngle) > TANGENCY_TOLERANCE)) {
            return null;
        }
        double[] endOnGenerator = LineGeometry.closestPointOnLine(endPoint, tangentPoint, AXIS);
        double[] sampleOnGenerator = LineGeometry.closestPointOnLine(sample, tangentPoint, AXIS);
        LineGeometry.ClosestPoints crossing = LineGeometry.closestPointsBetweenLines(
                endPoint, sample, endOnGenerator, sampleOnGenerator);
        double[] target = crossing.onSecond();
        return V3.plusScaled(tangentPoint, ADJUST_OVERSHOOT, V3.minus(target, tangentPoint));
    }
}

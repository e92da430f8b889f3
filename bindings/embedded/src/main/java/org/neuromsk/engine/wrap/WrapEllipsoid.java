package org.neuromsk.engine.wrap;

import java.util.ArrayList;
import java.util.List;
import org.neuromsk.error.NeuroMskException;

/**
 * An ellipsoid with semi-axes (a, b, c) along the wrap-frame axes, centred at the origin.
 * Reproduces OpenSim 4.5.2's {@code WrapEllipsoid} (own implementation; OpenSim's scaling,
 * tolerances, sample counts and iteration limits are kept because they change the numbers).
 *
 * <p>Outline: everything is scaled by 3/(a+b+c). insideRadius if an end point is inside
 * (ellipsoid function below −1e-4); no wrap if the end points are almost in the same direction
 * from the centre, or if the straight line does not cross the ellipsoid strictly between them
 * (whatever the quadrant). Otherwise the wrap is always {@link WrapCode#MANDATORY_WRAP}: a plane
 * through P1, P2 and a surface point c1 (chosen by the {@link EllipsoidMethod}; moved to the
 * active side for a quadrant) contains the path; the tangent points are solved in that plane,
 * and the arc is the plane's intersection curve sampled by rotation about a point of the plane
 * (1 mm spacing, at most 499 segments), its length being the sum of the chords. A quadrant can
 * turn it into the far-side arc when the first or last arc segment doubles back.
 *
 * <p>Quirks kept from OpenSim: a c1 moved to the active side is blended back towards the
 * dividing plane only when the fan contributed (OpenSim's test for "fan unused" can never be
 * true); far-side arcs can sample rays that miss the ellipsoid, giving a NaN length; a line
 * exactly tangent to the ellipsoid gives a mandatory wrap without arc points (see
 * {@link WrapResult#insertsWrap()}); a failed closest-point iteration can leave c1 at its previous
 * value, the only way {@link WrapState} reaches a result.
 */
public final class WrapEllipsoid implements WrapObject {

    private static final double INSIDE_TOLERANCE = -1e-4;
    private static final double SAME_DIRECTION_TOLERANCE = 1e-4;
    /** Hybrid method: at or below this parallelism only the fan is used (must exceed cos 45°). */
    private static final double MU_BLEND_MIN = 0.7073;
    /** Hybrid method: at or above this parallelism only the axial (Frans) point is used. */
    private static final double MU_BLEND_MAX = 0.9;
    private static final int FAN_SAMPLES = 300;
    /** Chord fraction near each end over which the axial solution is faded out. */
    private static final double SV_BOUNDARY_BLEND = 0.3;

    private final double[] dimensions;
    private final Quadrant quadrant;
    private final EllipsoidMethod method;

    /**
     * @param dimensions semi-axes a, b, c along x, y, z (m), each &gt; 0
     * @param quadrant side restriction
     * @param method plane-selection method (the PathWrap's "method"; OpenSim's default is hybrid)
     */
    public WrapEllipsoid(double[] dimensions, Quadrant quadrant, EllipsoidMethod method) {
        double[] d = V3.requireVector(dimensions, "dimensions");
        for (double v : d) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new NeuroMskException("WrapEllipsoid dimensions must be finite and > 0, got "
                        + java.util.Arrays.toString(d));
            }
        }
        this.dimensions = d;
        this.quadrant = quadrant;
        this.method = method;
    }

    /** @return a copy of the semi-axes (m) */
    public double[] dimensions() {
        return V3.copy(dimensions);
    }

    @Override
    public Quadrant quadrant() {
        return quadrant;
    }

    /** @return the plane-selection method */
    public EllipsoidMethod method() {
        return method;
    }

    @Override
    public WrapResult wrap(double[] point1, double[] point2, WrapState previous, boolean adjustTangents) {
        double factor = 3.0 / (dimensions[0] + dimensions[1] + dimensions[2]);
        double[] p1 = V3.scale(factor, V3.requireVector(point1, "p1"));
        double[] p2 = V3.scale(factor, V3.requireVector(point2, "p2"));
        double[] m = V3.scale(factor, V3.of(0, 0, 0));
        double[] a = V3.scale(factor, dimensions);

        double level1 = level(p1, m, a);
        double level2 = level(p2, m, a);
        if (level1 < INSIDE_TOLERANCE || level2 < INSIDE_TOLERANCE) {
            return WrapResult.notWrapped(WrapCode.INSIDE_RADIUS, previous);
        }
        double[] p1p2 = V3.minus(p1, p2);
        double[] dir1 = V3.unitOrZero(V3.minus(p1, m));
        double[] dir2 = V3.unitOrZero(V3.minus(p2, m));
        if (Math.abs(V3.dot(dir1, dir2) - 1.0) < SAME_DIRECTION_TOLERANCE) {
            return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
        }
        // Line P2 + λ(P1 − P2) against the ellipsoid.
        double[] f1 = new double[3];
        double[] f2 = new double[3];
        for (int i = 0; i < 3; i++) {
            f1[i] = p1p2[i] / a[i];
            f2[i] = (p2[i] - m[i]) / a[i];
        }
        double qa = V3.dot(f1, f1);
        double qb = 2.0 * V3.dot(f1, f2);
        double qc = V3.dot(f2, f2) - 1.0;
        double disc = qb * qb - 4.0 * qa * qc;
        if (disc < 0.0) {
            return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
        }
        double lambda1 = (-qb + Math.sqrt(disc)) / (2.0 * qa);
        double lambda2 = (-qb - Math.sqrt(disc)) / (2.0 * qa);
        if (!(0.0 < lambda1 && lambda1 < 1.0) || !(0.0 < lambda2 && lambda2 < 1.0)) {
            return WrapResult.notWrapped(WrapCode.NO_WRAP, previous);
        }
        // Entry and exit points of the line; the chord between them.
        double[] entry = V3.plusScaled(p2, lambda1, p1p2);
        double[] exit = V3.plusScaled(p2, lambda2, p1p2);

        EllipsoidClosestPoint surface = new EllipsoidClosestPoint(a, dimensions);
        PlaneChoice plane = choosePlanePoint(surface, p1p2, entry, exit, m, previous.c1());
        double[] c1 = plane.c1;
        double[] start1 = plane.startFromC1 ? V3.copy(c1) : entry;
        double[] start2 = plane.startFromC1 ? V3.copy(c1) : exit;
        if (quadrant.isConstrained()) {
            int axis = quadrant.axis();
            if (V3.sign(c1[axis] - m[axis]) != quadrant.sign()) {
                double[] original = V3.copy(c1);
                c1[axis] = -c1[axis];
                start1 = V3.copy(c1);
                start2 = V3.copy(c1);
                double fanWeight = plane.fanWeight;
                // OpenSim tests "fanWeight equals -infinity within 2e-13", which is never true
                // (inf - inf is NaN), so a pure axial/midpoint choice is never blended back.
                if (Math.abs(fanWeight - Double.NEGATIVE_INFINITY) <= LineGeometry.ROUNDOFF_ERROR) {
                    fanWeight = 1.0 - (plane.bestMu - MU_BLEND_MIN) / (MU_BLEND_MAX - MU_BLEND_MIN);
                }
                if (fanWeight > 1.0) {
                    fanWeight = 1.0;
                }
                if (fanWeight > 0.0) {
                    double bisection = (original[axis] + c1[axis]) / 2.0;
                    c1[axis] = c1[axis] + fanWeight * (bisection - c1[axis]);
                    surface.closestPoint(V3.copy(c1), c1, -1);
                }
            }
        }

        // Wrap plane through P1, P2 and c1: normal·x + offset = 0.
        double[] normal = V3.unitOrZero(V3.cross(p1p2, V3.minus(p1, c1)));
        double offset = -V3.dot(normal, c1);
        EllipsoidTangentSolver solver = new EllipsoidTangentSolver(m, a, normal, offset);
        double[] r1 = solver.solve(level1, start1, p1);
        double[] r2 = solver.solve(level2, start2, p2);

        EllipsoidArc arcSampler = new EllipsoidArc(m, a, normal, offset, factor);
        EllipsoidArc.Arc arc = arcSampler.sample(r1, r2, false);
        if (quadrant.isConstrained() && arc.points().size() > 2 && doublesBack(p1, p2, r1, r2, arc.points())) {
            arc = arcSampler.sample(r1, r2, true);
        }
        double length = arc.scaledLength() / factor;
        List<double[]> unscaled = new ArrayList<>(arc.points().size());
        double inverse = 1.0 / factor;
        for (double[] p : arc.points()) {
            unscaled.add(V3.scale(inverse, p));
        }
        double[] t1 = V3.of(r1[0] / factor, r1[1] / factor, r1[2] / factor);
        double[] t2 = V3.of(r2[0] / factor, r2[1] / factor, r2[2] / factor);
        return new WrapResult(WrapCode.MANDATORY_WRAP, t1, t2, length, unscaled, new WrapState(c1));
    }

    /** True when the first or last arc segment points back towards its end point's line. */
    private static boolean doublesBack(double[] p1, double[] p2, double[] r1, double[] r2, List<double[]> points) {
        double[] toP1 = V3.unitOrZero(V3.minus(p1, r1));
        double[] firstStep = V3.unitOrZero(V3.minus(points.get(1), r1));
        double[] toP2 = V3.unitOrZero(V3.minus(p2, r2));
        double[] lastStep = V3.unitOrZero(V3.minus(points.get(points.size() - 2), r2));
        return V3.dot(toP1, firstStep) > 0.0 || V3.dot(toP2, lastStep) > 0.0;
    }

    /**
     * Result of the plane-point selection.
     *
     * @param c1 surface point defining the wrap plane (scaled frame)
     * @param fanWeight weight of the fan solution in c1 (−∞ when the fan was not used)
     * @param bestMu parallelism to the most parallel axis, after the end fade
     * @param startFromC1 whether the tangent searches start at c1 (else at the line's entry/exit)
     */
    private record PlaneChoice(double[] c1, double fanWeight, double bestMu, boolean startFromC1) {
    }

    private PlaneChoice choosePlanePoint(EllipsoidClosestPoint surface, double[] p1p2, double[] entry,
            double[] exit, double[] m, double[] previousC1) {
        double[] chord = V3.minus(exit, entry);
        double[] mu = V3.unitOrZero(p1p2);
        double[] crossing = new double[3];
        double[][] axialSv = new double[3][];
        double[][] axialC1 = new double[3][];
        for (int i = 0; i < 3; i++) {
            mu[i] = Math.abs(mu[i]);
            // Where the chord crosses the plane through the centre normal to axis i.
            crossing[i] = (m[i] - entry[i]) / chord[i];
            double[] sv = new double[3];
            for (int j = 0; j < 3; j++) {
                sv[j] = entry[j] + crossing[i] * chord[j];
            }
            axialSv[i] = sv;
            axialC1[i] = V3.nan();
            surface.closestPoint(sv, axialC1[i], i);
        }
        int best = 0;
        for (int i = 1; i < 3; i++) {
            if (mu[i] > mu[best]) {
                best = i;
            }
        }
        double[] c1 = V3.copy(previousC1);
        double fanWeight = Double.NEGATIVE_INFINITY;
        if (method == EllipsoidMethod.MIDPOINT) {
            double[] midpoint = V3.of(entry[0] + 0.5 * (exit[0] - entry[0]),
                    entry[1] + 0.5 * (exit[1] - entry[1]), entry[2] + 0.5 * (exit[2] - entry[2]));
            surface.closestPoint(midpoint, c1, -1);
            return new PlaneChoice(c1, fanWeight, mu[best], true);
        }
        boolean hybrid = method == EllipsoidMethod.HYBRID;
        if (hybrid && mu[best] > MU_BLEND_MIN) {
            // Fade the axial solution out when its crossing point nears or leaves the chord ends.
            double fade = 1.0;
            double t = crossing[best];
            if (t < 0.0 || t > 1.0) {
                fade = 0.0;
            } else if (t < SV_BOUNDARY_BLEND) {
                fade = t / SV_BOUNDARY_BLEND;
            } else if (t > 1.0 - SV_BOUNDARY_BLEND) {
                fade = (1.0 - t) / SV_BOUNDARY_BLEND;
            }
            if (fade < 1.0) {
                mu[best] = MU_BLEND_MIN + fade * (mu[best] - MU_BLEND_MIN);
            }
        }
        if (!hybrid || mu[best] > MU_BLEND_MIN) {
            c1 = V3.copy(axialC1[best]);
        }
        if (hybrid && mu[best] < MU_BLEND_MAX) {
            double[] midpoint = V3.plusScaled(entry, 0.5, chord);
            double[] fanTarget = V3.plus(midpoint, fanDirection(surface, entry, chord, axialC1[0]));
            if (mu[best] <= MU_BLEND_MIN) {
                surface.closestPoint(fanTarget, c1, -1);
                fanWeight = 1.0;
            } else {
                double w = (mu[best] - MU_BLEND_MIN) / (MU_BLEND_MAX - MU_BLEND_MIN);
                double oneMinusW = 1.0 - w;
                double[] fanC1 = V3.copy(axialC1[1]);
                surface.closestPoint(fanTarget, fanC1, -1);
                double[] blended = new double[3];
                for (int i = 0; i < 3; i++) {
                    blended[i] = w * c1[i] + oneMinusW * fanC1[i];
                }
                surface.closestPoint(blended, c1, -1);
                fanWeight = oneMinusW;
            }
        }
        boolean startFromC1 = hybrid || (crossing[best] > 0.0 && crossing[best] < 1.0);
        return new PlaneChoice(c1, fanWeight, mu[best], startFromC1);
    }

    /**
     * The normalised sum of the unit vectors from interior chord points (i/300, i = 1…298) to
     * their closest surface points. A failed closest-point solve reuses the last point found,
     * starting from {@code firstCarrier}, as OpenSim does.
     */
    private static double[] fanDirection(EllipsoidClosestPoint surface, double[] entry, double[] chord,
            double[] firstCarrier) {
        double[] sum = V3.of(0, 0, 0);
        double[] closest = V3.copy(firstCarrier);
        for (int i = 1; i < FAN_SAMPLES - 1; i++) {
            double t = (double) i / FAN_SAMPLES;
            double[] sample = new double[3];
            for (int j = 0; j < 3; j++) {
                sample[j] = entry[j] + t * chord[j];
            }
            surface.closestPoint(sample, closest, -1);
            double[] blade = V3.unitOrZero(V3.minus(closest, sample));
            for (int j = 0; j < 3; j++) {
                sum[j] += blade[j];
            }
        }
        return V3.unitOrZero(sum);
    }

    private static double level(double[] p, double[] m, double[] a) {
        double level = -1.0;
        for (int i = 0; i < 3; i++) {
            double q = (p[i] - m[i]) / a[i];
            level += q * q;
        }
        return level;
    }
}

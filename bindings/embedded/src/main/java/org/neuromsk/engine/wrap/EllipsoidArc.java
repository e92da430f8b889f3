package org.neuromsk.engine.wrap;

import java.util.ArrayList;
import java.util.List;

/**
 * The surface path between two tangent points of an ellipsoid, in the scaled frame, sampled as
 * OpenSim's {@code WrapEllipsoid} does: rays from a centre point of the wrap plane (the point where
 * the plane meets the principal axis most aligned with its normal) are rotated from R1 towards R2
 * in equal angle steps and projected onto the surface; the length is the sum of the chords.
 * Segments are about 1 mm long (at most 499); below 1 mm the path is the straight chord.
 */
final class EllipsoidArc {

    /** Target segment length (m, unscaled). */
    private static final double SEGMENT_LENGTH = 0.001;
    private static final int MAX_SEGMENTS = 499;

    /**
     * @param points R1, the interior samples and R2 (scaled frame)
     * @param scaledLength sum of the chords (scaled frame)
     */
    record Arc(List<double[]> points, double scaledLength) {
    }

    private final double[] centre;
    private final double[] axes;
    private final double[] planeNormal;
    private final double planeOffset;
    private final double factor;

    EllipsoidArc(double[] centre, double[] axes, double[] planeNormal, double planeOffset, double factor) {
        this.centre = V3.copy(centre);
        this.axes = V3.copy(axes);
        this.planeNormal = V3.copy(planeNormal);
        this.planeOffset = planeOffset;
        this.factor = factor;
    }

    /**
     * @param farSide go the long way round (angle −(2π − φ)) instead of the short way
     */
    Arc sample(double[] r1, double[] r2, boolean farSide) {
        double chord = V3.norm(V3.minus(r1, r2)) / factor;
        List<double[]> points = new ArrayList<>();
        if (chord < SEGMENT_LENGTH) {
            points.add(V3.copy(r1));
            points.add(V3.copy(r2));
            return new Arc(points, chord * factor);
        }
        int segments = (int) (chord / SEGMENT_LENGTH);
        if (segments <= 0) {
            // Only reachable with a NaN chord (e.g. a line exactly tangent to the ellipsoid, whose
            // entry and exit points coincide). OpenSim then returns no points at all, which makes
            // the path drop the wrap, and a length it does not rescale.
            return new Arc(points, chord);
        }
        if (segments > MAX_SEGMENTS) {
            segments = MAX_SEGMENTS;
        }
        // Centre of rotation: where the plane crosses the principal axis closest to its normal.
        int axis = 0;
        for (int i = 1; i < 3; i++) {
            if (Math.abs(planeNormal[i]) > Math.abs(planeNormal[axis])) {
                axis = i;
            }
        }
        double[] axisDir = V3.of(0, 0, 0);
        axisDir[axis] = 1.0;
        double along = (-V3.dot(planeNormal, centre) - planeOffset) / V3.dot(planeNormal, axisDir);
        double[] pivot = V3.plusScaled(centre, along, axisDir);

        double[] d1 = V3.unitOrZero(V3.minus(r1, pivot));
        double[] d2 = V3.unitOrZero(V3.minus(r2, pivot));
        double angle = Math.acos(V3.dot(d1, d2));
        double step = farSide ? -(2 * Math.PI - angle) / segments : angle / segments;
        double[] binormal = V3.unitOrZero(V3.cross(d1, d2));
        double[] inPlane = V3.cross(binormal, d1);

        points.add(V3.copy(r1));
        double[] g = new double[3];
        for (int j = 0; j < 3; j++) {
            g[j] = (pivot[j] - centre[j]) / axes[j];
        }
        for (int i = 0; i < segments - 1; i++) {
            double phi = (i + 1) * step;
            double c = Math.cos(phi);
            double s = Math.sin(phi);
            double[] ray = new double[3];
            double[] f = new double[3];
            for (int j = 0; j < 3; j++) {
                ray[j] = d1[j] * c + inPlane[j] * s;
                f[j] = ray[j] / axes[j];
            }
            // Positive root of |(pivot + μ·ray − centre)/a|² = 1.
            double qa = V3.dot(f, f);
            double qb = 2.0 * V3.dot(f, g);
            double qc = V3.dot(g, g) - 1.0;
            double mu = (-qb + Math.sqrt(qb * qb - 4.0 * qa * qc)) / (2.0 * qa);
            points.add(V3.plusScaled(pivot, mu, ray));
        }
        points.add(V3.copy(r2));

        double length = 0.0;
        for (int i = 0; i < segments; i++) {
            length += V3.norm(V3.minus(points.get(i + 1), points.get(i)));
        }
        return new Arc(points, length);
    }
}

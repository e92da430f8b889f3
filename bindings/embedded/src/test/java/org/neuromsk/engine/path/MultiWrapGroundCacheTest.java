package org.neuromsk.engine.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.Ground;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.wrap.Quadrant;
import org.neuromsk.engine.wrap.WrapCylinder;

/**
 * A path over two wrap cylinders, where the second pass moves the first cylinder's tangent points.
 * OpenSim 4.5.2 caches a tangent point's Ground location the first time it is read during a path
 * computation and does not refresh it when a later pass moves the point: the length and force
 * directions keep the first pass's tangent points (with the current arc lengths), while the wrap
 * objects see the current ones. The Rajagopal model's gaslat muscles (shank then condyles
 * cylinder) show it: ignoring it put their lengths up to 6.9 mm above OpenSim's.
 *
 * <p>Set-up, all in Ground and in the plane z = 0 (cylinder axes along z, so every wrap is a
 * circular arc with exact tangent lines and the multi-wrap tangency refinement has nothing to do):
 * P1 = (−0.3, 0), P2 = (0.3, 0); cylinder A of radius r = 0.05 centred at (−0.1, −0.02), then
 * cylinder B of the same radius at (0.1, −0.02). The straight line y = 0 passes 0.02 above both
 * centres, so it crosses both and the path goes over their tops.
 *
 * <p>Pass 1 (by hand): A wraps P1–P2, touching at the upper tangent points from P1 and from P2.
 * B then wraps the segment from A's second point to P2 (that tangent line rises from P2 at about
 * 4.3° and is still below B's top at x = 0.1), touching at the upper tangent points from A's second
 * point and from P2. In later passes A wraps P1–(B's first point), so A's second tangent point
 * moves, and B's first point follows it.
 */
class MultiWrapGroundCacheTest {

    private static final double R = 0.05;
    private static final Vec3 P1 = new Vec3(-0.3, 0, 0);
    private static final Vec3 P2 = new Vec3(0.3, 0, 0);
    private static final Vec3 CENTRE_A = new Vec3(-0.1, -0.02, 0);
    private static final Vec3 CENTRE_B = new Vec3(0.1, -0.02, 0);
    private static final double EXACT = 1e-12;

    @Test
    void lengthUsesFirstPassTangentPointsAndCurrentArcs() {
        CurrentPath path = computePath();
        List<CurrentPath.Point> pts = path.points();
        assertEquals(6, pts.size(), "P1, A1, A2, B1, B2, P2");
        int[] owner = {-1, 0, 0, 1, 1, -1};
        for (int i = 0; i < 6; i++) {
            assertEquals(owner[i], pts.get(i).wrap(), "wrap of point " + i);
        }

        // Ground locations as reported: the first pass's tangent points.
        Vec3 a1 = upperTangentPoint(P1, CENTRE_A);
        Vec3 a2 = upperTangentPoint(P2, CENTRE_A);
        Vec3 b1 = upperTangentPoint(a2, CENTRE_B);
        Vec3 b2 = upperTangentPoint(P2, CENTRE_B);
        assertVec(a1, pts.get(1).ground(), "A1 in Ground");
        assertVec(a2, pts.get(2).ground(), "A2 in Ground (first pass)");
        assertVec(b1, pts.get(3).ground(), "B1 in Ground (first pass)");
        assertVec(b2, pts.get(4).ground(), "B2 in Ground");

        // Current locations (frame = Ground, so local = Ground): A's first point and B's second
        // depend only on the fixed ends; A's second point has moved; B's first point is the
        // tangent point from A's current second point.
        Vec3 a2Now = pts.get(2).local();
        Vec3 b1Now = pts.get(3).local();
        assertVec(a1, pts.get(1).local(), "A1 now");
        assertVec(b2, pts.get(4).local(), "B2 now");
        assertEquals(R, a2Now.minus(CENTRE_A).norm(), EXACT, "A2 now lies on cylinder A");
        assertTrue(a2Now.minus(a2).norm() > 1e-3, "A2 moved after the first pass: " + a2Now + " vs " + a2);
        assertVec(upperTangentPoint(a2Now, CENTRE_B), b1Now, "B1 now = tangent point from A2 now");

        // Arcs: r times the angle between the current tangent points.
        double arcA = R * angleBetween(pts.get(1).local().minus(CENTRE_A), a2Now.minus(CENTRE_A));
        double arcB = R * angleBetween(b1Now.minus(CENTRE_B), pts.get(4).local().minus(CENTRE_B));
        assertEquals(arcA, pts.get(2).arcBefore(), EXACT, "arc over A");
        assertEquals(arcB, pts.get(4).arcBefore(), EXACT, "arc over B");

        double expected = P1.minus(a1).norm() + arcA + a2.minus(b1).norm() + arcB + b2.minus(P2).norm();
        assertEquals(expected, path.length(), EXACT, "length with first-pass tangent points");
        double withCurrentPoints = P1.minus(a1).norm() + arcA + a2Now.minus(b1Now).norm() + arcB
                + b2.minus(P2).norm();
        assertTrue(Math.abs(withCurrentPoints - path.length()) > 1e-4,
                "the configuration must tell the two apart: " + withCurrentPoints + " vs " + path.length());
    }

    private static CurrentPath computePath() {
        List<PathPoint> points = List.of(new FixedPathPoint("p1", Ground.INSTANCE, P1),
                new FixedPathPoint("p2", Ground.INSTANCE, P2));
        List<PathWrap> wraps = List.of(cylinder("A", CENTRE_A), cylinder("B", CENTRE_B));
        GeometryPath geometryPath = new GeometryPath("two_cylinders", points, wraps);
        Kinematics pose = new Kinematics(MultibodyModel.builder().build());
        double[] q = new double[0];
        pose.realizePosition(q);
        return geometryPath.compute(pose, q, geometryPath.newWrapStates());
    }

    private static PathWrap cylinder(String name, Vec3 centre) {
        return new PathWrap(name, new WrapCylinder(R, 1.0, Quadrant.ALL), Ground.INSTANCE,
                new Transform(Rotation.IDENTITY, centre), true, -1, -1);
    }

    /**
     * The tangent point, on the circle of radius R about {@code centre} (plane z = 0), of the
     * tangent line from {@code from} that passes above the centre: with α the direction from the
     * centre to the point and cos β = R / distance (right angle at the tangent point), the two
     * tangent points are at angles α ± β; the upper one has the larger y.
     */
    private static Vec3 upperTangentPoint(Vec3 from, Vec3 centre) {
        Vec3 d = from.minus(centre);
        double alpha = Math.atan2(d.y(), d.x());
        double beta = Math.acos(R / d.norm());
        Vec3 plus = centre.plus(new Vec3(R * Math.cos(alpha + beta), R * Math.sin(alpha + beta), 0));
        Vec3 minus = centre.plus(new Vec3(R * Math.cos(alpha - beta), R * Math.sin(alpha - beta), 0));
        return plus.y() > minus.y() ? plus : minus;
    }

    private static double angleBetween(Vec3 u, Vec3 v) {
        return Math.atan2(u.cross(v).norm(), u.dot(v));
    }

    private static void assertVec(Vec3 expected, Vec3 actual, String what) {
        assertEquals(expected.x(), actual.x(), EXACT, what + " x");
        assertEquals(expected.y(), actual.y(), EXACT, what + " y");
        assertEquals(expected.z(), actual.z(), EXACT, what + " z");
    }
}

package org.neuromsk.engine.wrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.wrap.WrapTestSupport.assertVector;
import static org.neuromsk.engine.wrap.WrapTestSupport.distance;
import static org.neuromsk.engine.wrap.WrapTestSupport.v;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class WrapEllipsoidTest {

    private static final double A = 0.04;
    private static final double B = 0.02;
    private static final double C = 0.03;
    /**
     * Tangent-point accuracy: OpenSim's tangent solve stops when the sum of squared residuals is
     * below 1e-8 in coordinates scaled by 3/(a+b+c), i.e. residuals up to 1e-4 of the mean
     * semi-axis; 1e-4·(a+b+c)/3 = 3e-6 m here.
     */
    private static final double TANGENT_TOLERANCE = 1e-4 * (A + B + C) / 3;

    /**
     * Tangent point on the ellipse (x/a)² + (y/b)² = 1 seen from (X, Y): it lies on the polar line
     * x·X/a² + y·Y/b² = 1, so x = a²(1 − y·Y/b²)/X; substituting into the ellipse gives
     * k·y² + l·y + m = 0 with k = a²Y²/(b⁴X²) + 1/b², l = −2a²Y/(b²X²), m = a²/X² − 1.
     *
     * @param upper true for the root with the larger y
     */
    private static double[] ellipseTangentPoint(double a, double b, double bigX, double bigY, boolean upper) {
        double a2 = a * a;
        double b2 = b * b;
        double k = a2 * bigY * bigY / (b2 * b2 * bigX * bigX) + 1 / b2;
        double l = -2 * a2 * bigY / (b2 * bigX * bigX);
        double m = a2 / (bigX * bigX) - 1;
        double root = Math.sqrt(l * l - 4 * k * m);
        double y = upper ? (-l + root) / (2 * k) : (-l - root) / (2 * k);
        double x = a2 * (1 - y * bigY / b2) / bigX;
        return v(x, y, 0);
    }

    /** Point of the ellipse in polar direction ψ: radius 1/√(cos²ψ/a² + sin²ψ/b²). */
    private static double[] ellipseRay(double a, double b, double psi) {
        double rho = 1 / Math.sqrt(Math.cos(psi) * Math.cos(psi) / (a * a) + Math.sin(psi) * Math.sin(psi) / (b * b));
        return v(rho * Math.cos(psi), rho * Math.sin(psi), 0);
    }

    /**
     * OpenSim's arc in the plane z = 0 through the centre: rays from the centre at n equal angle
     * steps from T1 to T2 (the short way, passing through polar angle {@code via}), n =
     * floor(|T1 − T2| / 1 mm) capped at 499, length = sum of chords.
     */
    private static double sampledArc(double a, double b, double[] t1, double[] t2) {
        int n = Math.min(499, (int) (distance(t1, t2) / 0.001));
        double psi1 = Math.atan2(t1[1], t1[0]);
        double psi2 = Math.atan2(t2[1], t2[0]);
        double step = Math.atan2(Math.sin(psi2 - psi1), Math.cos(psi2 - psi1)) / n;
        double length = 0;
        double[] previous = t1;
        for (int i = 1; i <= n; i++) {
            double[] next = i == n ? t2 : ellipseRay(a, b, psi1 + i * step);
            length += distance(previous, next);
            previous = next;
        }
        return length;
    }

    /** Exact arc length of the ellipse between polar angles (Simpson on the parametric form). */
    private static double exactArc(double a, double b, double[] t1, double[] t2) {
        double u1 = Math.atan2(t1[1] / b, t1[0] / a);
        double u2 = Math.atan2(t2[1] / b, t2[0] / a);
        double du = Math.atan2(Math.sin(u2 - u1), Math.cos(u2 - u1));
        int n = 20000;
        double h = du / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double u = u1 + i * h;
            double f = Math.hypot(a * Math.sin(u), b * Math.cos(u));
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        return Math.abs(sum * h / 3);
    }

    /**
     * Path in the principal plane z = 0, end points symmetric about the y axis:
     * P1 = (−0.08, 0.01, 0), P2 = (0.08, 0.01, 0). The straight line y = 0.01 crosses the ellipse,
     * so the wrap is mandatory. The axial ("Frans") point is the surface point above the chord's
     * crossing of x = 0, c1 = (0, b, 0); the plane through P1, P2, c1 is z = 0, the same for all
     * three methods. Expected: tangent points from the polar-line construction, arc as OpenSim
     * samples it (to the tangent-point tolerance) and close to the exact elliptic arc.
     */
    @Test
    void symmetricPrincipalPlaneWrapMatchesHandSolution() {
        double[] p1 = v(-0.08, 0.01, 0);
        double[] p2 = v(0.08, 0.01, 0);
        double[] t1 = ellipseTangentPoint(A, B, p1[0], p1[1], true);
        double[] t2 = v(-t1[0], t1[1], 0);
        double arc = sampledArc(A, B, t1, t2);
        double total = distance(p1, t1) + arc + distance(t2, p2);
        for (EllipsoidMethod method : EllipsoidMethod.values()) {
            WrapResult result = new WrapEllipsoid(v(A, B, C), Quadrant.ALL, method).wrap(p1, p2);
            assertEquals(WrapCode.MANDATORY_WRAP, result.code(), method.toString());
            assertVector(t1, result.r1(), TANGENT_TOLERANCE, "T1 " + method);
            assertVector(t2, result.r2(), TANGENT_TOLERANCE, "T2 " + method);
            assertEquals(arc, result.arcLength(), 2 * TANGENT_TOLERANCE, method.toString());
            // The total is first-order insensitive to where the tangent point sits.
            assertEquals(total, result.pathLength(p1, p2), 1e-7, method.toString());
            assertEquals(exactArc(A, B, t1, t2), result.arcLength(), 2e-5);
            List<double[]> points = result.arcPoints();
            assertEquals(Math.min(499, (int) (distance(t1, t2) / 0.001)) + 1, points.size());
            double[] mid = points.get(points.size() / 2);
            assertEquals(1.0, Math.pow(mid[0] / A, 2) + Math.pow(mid[1] / B, 2) + Math.pow(mid[2] / C, 2), 1e-9);
            // State: c1 = (0, b, 0) in the frame scaled by 3/(a+b+c).
            assertVector(v(0, B * 3 / (A + B + C), 0), result.state().c1(), 1e-12, "c1 " + method);
        }
    }

    /**
     * Quadrant "−y" for the same end points: c1 is mirrored to (0, −b, 0), the plane stays z = 0
     * and the solve starts from the bottom, giving the lower tangent points (the other root of the
     * polar-line quadratic) and the arc under the ellipse. "+y" changes nothing.
     */
    @Test
    void negativeQuadrantMovesThePathUnderneath() {
        double[] p1 = v(-0.08, 0.01, 0);
        double[] p2 = v(0.08, 0.01, 0);
        double[] t1 = ellipseTangentPoint(A, B, p1[0], p1[1], false);
        double[] t2 = v(-t1[0], t1[1], 0);
        WrapResult under = new WrapEllipsoid(v(A, B, C), Quadrant.parse("-y"), EllipsoidMethod.HYBRID).wrap(p1, p2);
        assertEquals(WrapCode.MANDATORY_WRAP, under.code());
        assertVector(t1, under.r1(), TANGENT_TOLERANCE, "T1");
        assertVector(t2, under.r2(), TANGENT_TOLERANCE, "T2");
        assertEquals(sampledArc(A, B, t1, t2), under.arcLength(), 2 * TANGENT_TOLERANCE);
        assertVector(v(0, -B * 3 / (A + B + C), 0), under.state().c1(), 1e-12, "c1");

        WrapResult over = new WrapEllipsoid(v(A, B, C), Quadrant.parse("+y"), EllipsoidMethod.HYBRID).wrap(p1, p2);
        assertVector(ellipseTangentPoint(A, B, p1[0], p1[1], true), over.r1(), TANGENT_TOLERANCE, "T1 +y");
    }

    /**
     * With a = b = c = r the ellipsoid must give the sphere's great-circle result, to the
     * ellipsoid's accuracy: tangent points within 1e-4·r (tangent-solve stopping rule) and total
     * length within 1e-4·r plus the chord error of the ~1 mm arc sampling. Sphere: tangent points at
     * asin(r/|P|) from the centre direction in the plane of P1, P2 and the centre (see
     * WrapSphereTest). General position, all three methods: on a sphere the closest surface point
     * to any point q is its radial projection, and the axial, fan and blended choices of q all lie
     * in the plane of P1, P2 and the centre, so every method must give the great circle. The three
     * segments have parallelism |largest direction component| ≈ 0.99 (axial only), 0.78 (axial and
     * fan blended) and 0.69 (fan only).
     */
    @Test
    void equalAxesReproduceTheSphere() {
        double r = 0.02;
        double[][][] segments = {
            {v(-3 * r, 0.5 * r, 0.2 * r), v(2.5 * r, 0.7 * r, -0.3 * r)},
            {v(-1.6 * r, -1.0 * r, -0.4 * r), v(1.7 * r, 1.42 * r, 0.7 * r)},
            {v(-1.5 * r, -1.2 * r, 0.2 * r), v(1.5 * r, 1.8 * r, 1.1 * r)},
        };
        for (double[][] segment : segments) {
            double[] p1 = segment[0];
            double[] p2 = segment[1];
            WrapResult sphere = new WrapSphere(r, Quadrant.ALL).wrap(p1, p2);
            // n chords of angle θ/n under-measure an arc r·θ by r·θ·(θ/n)²/24 (to leading order).
            double theta = sphere.arcLength() / r;
            int n = (int) (2 * r * Math.sin(theta / 2) / 0.001);
            double lengthTolerance = 1e-4 * r + r * theta * Math.pow(theta / n, 2) / 24;
            for (EllipsoidMethod method : EllipsoidMethod.values()) {
                WrapResult result = new WrapEllipsoid(v(r, r, r), Quadrant.ALL, method).wrap(p1, p2);
                assertEquals(WrapCode.MANDATORY_WRAP, result.code());
                assertVector(sphere.r1(), result.r1(), 1e-4 * r, "T1 " + method);
                assertVector(sphere.r2(), result.r2(), 1e-4 * r, "T2 " + method);
                assertEquals(sphere.pathLength(p1, p2), result.pathLength(p1, p2), lengthTolerance, method.toString());
            }
        }
    }

    @Test
    void missOutsideSegmentAndInsideCases() {
        for (Quadrant q : new Quadrant[] {Quadrant.ALL, Quadrant.parse("+y"), Quadrant.parse("-y")}) {
            WrapEllipsoid ellipsoid = new WrapEllipsoid(v(A, B, C), q, EllipsoidMethod.HYBRID);
            // Line y = 0.025 > b misses, whatever the quadrant (unlike a cylinder).
            assertEquals(WrapCode.NO_WRAP, ellipsoid.wrap(v(-0.08, 0.025, 0), v(0.08, 0.025, 0)).code());
            // The line crosses the ellipsoid beyond P2.
            assertEquals(WrapCode.NO_WRAP, ellipsoid.wrap(v(-0.12, 0.01, 0), v(-0.06, 0.01, 0)).code());
            // Inside: (0.03/0.04)² + (0.01/0.02)² = 0.8125 < 1.
            assertEquals(WrapCode.INSIDE_RADIUS, ellipsoid.wrap(v(0.03, 0.01, 0), v(0.1, 0.1, 0)).code());
        }
    }

    @Test
    void nonWrappingResultsKeepThePreviousState() {
        WrapState previous = new WrapState(v(0.3, -0.2, 0.1));
        WrapEllipsoid ellipsoid = new WrapEllipsoid(v(A, B, C), Quadrant.ALL, EllipsoidMethod.HYBRID);
        WrapResult miss = ellipsoid.wrap(v(-0.08, 0.025, 0), v(0.08, 0.025, 0), previous, false);
        assertVector(v(0.3, -0.2, 0.1), miss.state().c1(), 0.0, "state");
    }

    /**
     * OpenSim's own check (OpenSim/Tests/Wrapping/testWrappingAlgorithm.cpp,
     * testSingleWrapObjectPerpendicular): radius 0.5, P1 = (0.4, 0.5, 0), P2 = (−0.5, 0.5, 0)
     * rotated about z by q ∈ [0, π/2]. The path runs along y = 0.5 to the top (0, 0.5), follows the
     * circle through the angle q and leaves tangentially to P2, so its length is
     * 0.4 + 0.5·q + 0.5 = 2r − 0.1 + r·q. OpenSim asserts 1e-6 for cylinder, sphere and ellipsoid
     * (a = b = c), unconstrained and "+y".
     *
     * <p>At q = 0 the line is exactly tangent (discriminant exactly 0, so both crossing parameters
     * are equal and inside (0, 1)); OpenSim's ellipsoid then works on a zero-length chord, gets
     * NaN (0/0) and returns a mandatory wrap without surface points, which the path drops (length
     * 0.9, straight). Asserted separately.
     */
    @Test
    void reproducesOpenSimPerpendicularSweep() {
        double r = 0.5;
        for (Quadrant q : new Quadrant[] {Quadrant.ALL, Quadrant.parse("+y")}) {
            WrapObject[] objects = {
                new WrapEllipsoid(v(r, r, r), q, EllipsoidMethod.HYBRID),
                new WrapSphere(r, q),
                new WrapCylinder(r, 1.0, q),
            };
            for (WrapObject object : objects) {
                for (int i = 5; i <= 1000; i += 5) {
                    double angle = i * Math.PI / 2000;
                    double[] p1 = v(r - 0.1, r, 0);
                    double[] p2 = v(-r * Math.cos(angle) - r * Math.sin(angle),
                            -r * Math.sin(angle) + r * Math.cos(angle), 0);
                    double length = object.wrap(p1, p2).pathLength(p1, p2);
                    assertEquals(2 * r - 0.1 + r * angle, length, 1e-6, object.getClass().getSimpleName() + " " + q);
                }
            }
        }
        WrapResult tangent = new WrapEllipsoid(v(r, r, r), Quadrant.ALL, EllipsoidMethod.HYBRID)
                .wrap(v(r - 0.1, r, 0), v(-r, r, 0));
        assertEquals(WrapCode.MANDATORY_WRAP, tangent.code());
        assertTrue(tangent.arcPoints().isEmpty() && !tangent.insertsWrap());
        assertTrue(Double.isNaN(tangent.arcLength()));
    }

    /**
     * OpenSim's elongated-ellipsoid check (testEllipsoidWrapLength): semi-axes (r/cos α, r, 1),
     * r = 0.5, P1 = (r − 0.1, r, 0), P2 = (−a, −r, 0). The path runs along y = r to the top (0, r),
     * around a quarter of the ellipse to (−a, 0), then down x = −a; length
     * 2r − 0.1 + (Ramanujan perimeter)/4, asserted to 1e-4 by OpenSim.
     */
    @Test
    void reproducesOpenSimElongatedEllipsoidCheck() {
        double r = 0.5;
        for (double alpha = 0; alpha < Math.PI / 2 - 0.1; alpha += Math.PI / 180 * 5) {
            double a = r / Math.cos(alpha);
            double[] p1 = v(r - 0.1, r, 0);
            double[] p2 = v(-a, -r, 0);
            double h = (a - r) * (a - r) / ((a + r) * (a + r));
            double perimeter = Math.PI * (a + r) * (1 + 3 * h / (10 + Math.sqrt(4 - 3 * h)));
            WrapResult result = new WrapEllipsoid(v(a, r, 1), Quadrant.ALL, EllipsoidMethod.HYBRID).wrap(p1, p2);
            assertEquals(2 * r - 0.1 + perimeter / 4, result.pathLength(p1, p2), 1e-4, "a = " + a);
        }
    }

    @Test
    void rejectsNonPositiveDimensions() {
        NeuroMskException error = assertThrows(NeuroMskException.class,
                () -> new WrapEllipsoid(v(0.1, 0, 0.1), Quadrant.ALL, EllipsoidMethod.HYBRID));
        assertTrue(error.getMessage().contains("dimensions"));
    }
}

package org.neuromsk.engine.wrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.wrap.WrapTestSupport.distance;
import static org.neuromsk.engine.wrap.WrapTestSupport.onCircle;
import static org.neuromsk.engine.wrap.WrapTestSupport.polarAngle;
import static org.neuromsk.engine.wrap.WrapTestSupport.radial;
import static org.neuromsk.engine.wrap.WrapTestSupport.scale;
import static org.neuromsk.engine.wrap.WrapTestSupport.tangentHalfAngle;
import static org.neuromsk.engine.wrap.WrapTestSupport.v;
import static org.neuromsk.engine.wrap.WrapTestSupport.assertVector;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WrapCylinderTest {

    private static final double TIGHT = 1e-12;

    /**
     * OpenSim 4.5's own regression values (OpenSim/Tests/Wrapping/testWrapCylinder.cpp, cases
     * "Perpendicular 1" and "Perpendicular 2": radius 1, length 10, quadrant all, one PathWrap),
     * and the same cases with start and end swapped. OpenSim asserts them to 1e-9.
     */
    @Test
    void reproducesOpenSimRegressionValues() {
        WrapCylinder cylinder = new WrapCylinder(1.0, 10.0, Quadrant.ALL);
        checkCase(cylinder, v(2, 0.9, 0), v(-2, 1.0, 0),
                v(0.0505759009075089, 0.998720220205536, 0), v(0, 1, 0), 0.0505974872969326);
        checkCase(cylinder, v(2, -2, 0), v(-2, 2.1, 0),
                v(0.911437827766147, 0.411437827766148, 0), v(0.441911556159668, 0.897058624913969, 0),
                0.689036814042993);
    }

    private static void checkCase(WrapCylinder cylinder, double[] p1, double[] p2, double[] r1,
            double[] r2, double length) {
        WrapResult forward = cylinder.wrap(p1, p2);
        assertEquals(WrapCode.MANDATORY_WRAP, forward.code());
        assertVector(r1, forward.r1(), 1e-9, "r1");
        assertVector(r2, forward.r2(), 1e-9, "r2");
        assertEquals(length, forward.arcLength(), 1e-9);
        WrapResult reversed = cylinder.wrap(p2, p1);
        assertVector(r2, reversed.r1(), 1e-9, "reversed r1");
        assertVector(r1, reversed.r2(), 1e-9, "reversed r2");
        assertEquals(length, reversed.arcLength(), 1e-9);
    }

    /**
     * Planar case (both points at z = 0.01, line crossing the cylinder above its axis).
     * In the cross-section, the tangent from a point at distance d touches the circle where the
     * radius is perpendicular to the tangent line: cos β = r/d, so the tangent points are at polar
     * angle φ ± β and each straight piece has length √(d² − r²). Going over the top from P1 (left)
     * to P2 (right): T1 at φ1 − β1, T2 at φ2 + β2, arc r·θ with θ = (φ1 − β1) − (φ2 + β2).
     * All points stay in the plane z = 0.01, so the axial slide does nothing and the tangent
     * adjustment of the multi-wrap mode finds nothing to correct.
     */
    @Test
    void planarWrapHasTangentLengthsAndCircularArc() {
        double r = 0.03;
        double z = 0.01;
        double[] p1 = v(-0.06, 0.01, z);
        double[] p2 = v(0.05, 0.02, z);
        double d1 = radial(p1);
        double d2 = radial(p2);
        double a1 = polarAngle(p1) - tangentHalfAngle(r, d1);
        double a2 = polarAngle(p2) + tangentHalfAngle(r, d2);
        double theta = a1 - a2;
        double expectedLength = Math.sqrt(d1 * d1 - r * r) + r * theta + Math.sqrt(d2 * d2 - r * r);

        WrapCylinder cylinder = new WrapCylinder(r, 0.2, Quadrant.ALL);
        for (boolean adjust : new boolean[] {false, true}) {
            WrapResult result = cylinder.wrap(p1, p2, WrapState.INITIAL, adjust);
            assertEquals(WrapCode.MANDATORY_WRAP, result.code());
            assertVector(onCircle(r, a1, z), result.r1(), TIGHT, "T1");
            assertVector(onCircle(r, a2, z), result.r2(), TIGHT, "T2");
            assertEquals(r * theta, result.arcLength(), TIGHT);
            assertEquals(expectedLength, result.pathLength(p1, p2), TIGHT);
        }
    }

    /**
     * Symmetric helical case: P1 = (−X, −Y0, −h), P2 = (X, −Y0, h), line crossing below the axis.
     * Cross-section: T1 at φ1 + β, T2 at φ2 − β (under the axis). Axial slide: the apex is
     * (0, −r, 0) (facing the chord midpoint (0, −Y0, 0)); the plane z = A·x + B·y + C through the
     * apex, P1 and P2 gives C = B·r, and adding the P1 and P2 equations 2C = 2B·Y0, so B = C = 0 and
     * A = h/X: each tangent point slides to z = (h/X)·x. The arc is the helix
     * √((r·θ)² + Δz²), θ = angle between T1 and T2, Δz = z(T2) − z(T1).
     */
    @Test
    void symmetricHelicalWrapSlidesTangentPointsOntoApexPlane() {
        double r = 0.02;
        double bigX = 0.06;
        double y0 = 0.01;
        double h = 0.015;
        double[] p1 = v(-bigX, -y0, -h);
        double[] p2 = v(bigX, -y0, h);
        double d = radial(p1);
        double a1 = polarAngle(p1) + tangentHalfAngle(r, d);
        double a2 = polarAngle(p2) - tangentHalfAngle(r, d);
        double theta = Math.abs(Math.atan2(Math.sin(a2 - a1), Math.cos(a2 - a1)));
        double[] t1 = onCircle(r, a1, 0);
        double[] t2 = onCircle(r, a2, 0);
        t1[2] = h / bigX * t1[0];
        t2[2] = h / bigX * t2[0];
        double dz = t2[2] - t1[2];

        WrapResult result = new WrapCylinder(r, 0.2, Quadrant.ALL).wrap(p1, p2);
        assertEquals(WrapCode.MANDATORY_WRAP, result.code());
        assertVector(t1, result.r1(), TIGHT, "T1");
        assertVector(t2, result.r2(), TIGHT, "T2");
        assertEquals(Math.sqrt(r * theta * r * theta + dz * dz), result.arcLength(), TIGHT);
    }

    /**
     * OpenSim keeps an end point's axial position when the other end point lies exactly at z = 0:
     * its "stay on own side" test projects onto a line whose direction is the other axis point's
     * position vector, which is then zero. Here P2.z = 0, so T1 keeps P1's z while T2 slides.
     */
    @Test
    void keepsOpenSimSlideQuirkWhenOtherEndIsAtZeroHeight() {
        double[] p1 = v(-0.06, -0.01, 0.012);
        double[] p2 = v(0.06, -0.01, 0.0);
        WrapResult result = new WrapCylinder(0.02, 0.2, Quadrant.ALL).wrap(p1, p2);
        assertEquals(WrapCode.MANDATORY_WRAP, result.code());
        assertEquals(0.012, result.r1()[2], TIGHT);
        assertTrue(result.r2()[2] > 0.0 && result.r2()[2] < 0.012, "T2 slid between the end heights");
    }

    @Test
    void lineMissingTheCylinderDoesNotWrap() {
        WrapCylinder cylinder = new WrapCylinder(0.02, 0.2, Quadrant.ALL);
        // Line y = 0.03 > r.
        assertEquals(WrapCode.NO_WRAP, cylinder.wrap(v(-0.06, 0.03, 0.01), v(0.06, 0.03, 0.01)).code());
        // The infinite line crosses the cylinder, but not between the end points.
        assertEquals(WrapCode.NO_WRAP, cylinder.wrap(v(-0.1, 0.005, 0.01), v(-0.04, 0.005, 0.01)).code());
    }

    @Test
    void endPointInsideTheInfiniteCylinderIsInsideRadius() {
        WrapCylinder cylinder = new WrapCylinder(0.02, 0.2, Quadrant.parse("+y"));
        // 0.019 from the axis, far beyond the cylinder's end: still "inside" (infinite cylinder).
        WrapResult result = cylinder.wrap(v(0.019, 0, 0.5), v(0.1, 0.1, 0));
        assertEquals(WrapCode.INSIDE_RADIUS, result.code());
        assertEquals(0.0, result.arcLength());
        assertTrue(Double.isNaN(result.r1()[0]));
    }

    /**
     * Both tangent points beyond the cylinder's ends (|z| > L/2 = 0.01) switch wrapping off; one
     * within is enough to keep it. Planar crossings at z = 0.011 (off) and 0.009 (on). Tilted
     * symmetric case P1 = (−X, y, zm − h), P2 = (X, y, zm + h) with X = 0.03, zm = h = 0.015: as in
     * the helical test (shifted by zm) the tangent points slide to z = zm + (h/X)·x, with
     * x = r·cos(φ ∓ β): T1 at z ≈ 0.0086 (inside), T2 at z ≈ 0.0214 (outside) — still a wrap.
     */
    @Test
    void tangentPointsBeyondBothEndsDoNotWrap() {
        double r = 0.02;
        WrapCylinder cylinder = new WrapCylinder(r, 0.02, Quadrant.ALL);
        assertEquals(WrapCode.NO_WRAP, cylinder.wrap(v(-0.06, 0.01, 0.011), v(0.06, 0.01, 0.011)).code());
        assertEquals(WrapCode.MANDATORY_WRAP,
                cylinder.wrap(v(-0.06, 0.01, 0.009), v(0.06, 0.01, 0.009)).code());

        double[] p1 = v(-0.03, 0.001, 0.0);
        double[] p2 = v(0.03, 0.001, 0.03);
        double beta = tangentHalfAngle(r, radial(p1));
        double z1 = 0.015 + 0.5 * r * Math.cos(polarAngle(p1) - beta);
        double z2 = 0.015 + 0.5 * r * Math.cos(polarAngle(p2) + beta);
        WrapResult result = cylinder.wrap(p1, p2);
        assertEquals(WrapCode.MANDATORY_WRAP, result.code());
        assertEquals(z1, result.r1()[2], TIGHT);
        assertEquals(z2, result.r2()[2], TIGHT);
        assertTrue(z1 < 0.01 && z2 > 0.01);
    }

    /**
     * Quadrant "+y", P1 = (−3, 0.2)·s just above y = 0 and P2 = (1, −2.5)·s below: the line misses
     * the cylinder (r = s) and its closest point to the axis is at y &lt; 0, so OpenSim offers an
     * optional wrap over the +y side. T1 is P1's upper tangent point (φ1 − β1); T2 is P2's tangent
     * point reached first going clockwise, at φ2 + β2, which is exactly polar angle 0 because the
     * vertical line x = s through P2 touches the circle at (s, 0). Arc r·(φ1 − β1).
     * With "−y" P2 is on the active side, the line misses and its closest point is on the active
     * side: no wrap. Unconstrained: the line misses, no wrap.
     */
    @Test
    void positiveQuadrantWrapsOverItsSideEvenWhenLineMisses() {
        double s = 0.02;
        double z = 0.5 * s;
        double[] p1 = v(-3 * s, 0.2 * s, z);
        double[] p2 = v(1 * s, -2.5 * s, z);
        double a1 = polarAngle(p1) - tangentHalfAngle(s, radial(p1));

        WrapResult plus = new WrapCylinder(s, 10 * s, Quadrant.parse("+y")).wrap(p1, p2);
        assertEquals(WrapCode.WRAPPED, plus.code());
        assertVector(onCircle(s, a1, z), plus.r1(), TIGHT, "T1");
        assertVector(v(s, 0, z), plus.r2(), TIGHT, "T2");
        assertEquals(s * a1, plus.arcLength(), TIGHT);
        assertTrue(plus.lengthIncrease(p1, p2) > 0);

        assertEquals(WrapCode.NO_WRAP, new WrapCylinder(s, 10 * s, Quadrant.parse("-y")).wrap(p1, p2).code());
        assertEquals(WrapCode.NO_WRAP, new WrapCylinder(s, 10 * s, Quadrant.ALL).wrap(p1, p2).code());
    }

    /**
     * P1 = (−3, 0.2)·s, P2 = (3, 0.2)·s: the line crosses the cylinder above the axis. With "+y"
     * (end points on the active side) this is a mandatory wrap over the top, as unconstrained:
     * T1 at φ1 − β, T2 at φ2 + β. With "−y" neither end point is on the active side: the code stays
     * WRAPPED (not mandatory) and the path goes under: T1 at φ1 + β, T2 at φ2 − β, arc
     * r·((φ2 − β) + 2π − (φ1 + β)).
     */
    @Test
    void negativeQuadrantForcesPathUnderneathAsOptionalWrap() {
        double s = 0.02;
        double z = 0.3 * s;
        double[] p1 = v(-3 * s, 0.2 * s, z);
        double[] p2 = v(3 * s, 0.2 * s, z);
        double beta = tangentHalfAngle(s, radial(p1));
        double phi1 = polarAngle(p1);
        double phi2 = polarAngle(p2);

        for (Quadrant q : new Quadrant[] {Quadrant.parse("+y"), Quadrant.ALL}) {
            WrapResult over = new WrapCylinder(s, 10 * s, q).wrap(p1, p2);
            assertEquals(WrapCode.MANDATORY_WRAP, over.code(), q.toString());
            assertVector(onCircle(s, phi1 - beta, z), over.r1(), TIGHT, "T1 " + q);
            assertVector(onCircle(s, phi2 + beta, z), over.r2(), TIGHT, "T2 " + q);
            assertEquals(s * ((phi1 - beta) - (phi2 + beta)), over.arcLength(), TIGHT);
        }
        WrapResult under = new WrapCylinder(s, 10 * s, Quadrant.parse("-y")).wrap(p1, p2);
        assertEquals(WrapCode.WRAPPED, under.code());
        assertVector(onCircle(s, phi1 + beta, z), under.r1(), TIGHT, "T1 under");
        assertVector(onCircle(s, phi2 - beta, z), under.r2(), TIGHT, "T2 under");
        assertEquals(s * ((phi2 - beta) + 2 * Math.PI - (phi1 + beta)), under.arcLength(), TIGHT);
    }

    /**
     * Long wrap: quadrant "−y", both end points high above the cylinder, P1 = (−0.5, 3)·s,
     * P2 = (0.5, 3)·s. No tangent candidate is on the −y side; OpenSim takes the wider pair
     * (T1 at φ1 + β, T2 at φ2 − β), and (T1 + T2 − 2A)·(T1 − P1 + T2 − P2) &lt; 0 marks a long wrap
     * around the bottom. The short angle from T1 to T2 is Δ = (φ1 + β) − (φ2 − β) clockwise, i.e. a
     * signed angle of −Δ. OpenSim 4.5.2 then uses 2π − (−Δ) = 2π + Δ, more than a full turn; with
     * the points swapped the signed angle is +Δ and the arc is the geometric 2π − Δ. Both kept.
     */
    @Test
    void longWrapKeepsOpenSimSignedAngleQuirk() {
        double s = 0.02;
        double[] p1 = v(-0.5 * s, 3 * s, 0.1 * s);
        double[] p2 = v(0.5 * s, 3 * s, 0.1 * s);
        double beta = tangentHalfAngle(s, radial(p1));
        double delta = (polarAngle(p1) + beta) - (polarAngle(p2) - beta);
        WrapCylinder cylinder = new WrapCylinder(s, 10 * s, Quadrant.parse("-y"));

        WrapResult forward = cylinder.wrap(p1, p2);
        assertEquals(WrapCode.WRAPPED, forward.code());
        assertVector(onCircle(s, polarAngle(p1) + beta, 0.1 * s), forward.r1(), TIGHT, "T1");
        assertVector(onCircle(s, polarAngle(p2) - beta, 0.1 * s), forward.r2(), TIGHT, "T2");
        assertEquals(s * (2 * Math.PI + delta), forward.arcLength(), TIGHT);

        WrapResult backward = cylinder.wrap(p2, p1);
        assertEquals(WrapCode.WRAPPED, backward.code());
        assertEquals(s * (2 * Math.PI - delta), backward.arcLength(), TIGHT);
    }

    /**
     * The wrapped length is never shorter than the straight segment, and for unconstrained wraps
     * never shorter than the true shortest path around the cylinder: unrolled, that path is a
     * straight line with horizontal length H = √(d1² − r²) + √(d2² − r²) + r·(ψ − β1 − β2) (ψ the
     * angle between the end points seen from the axis) and rise Δz, so L ≥ √(H² + Δz²).
     */
    @Test
    void wrappedLengthIsNeverBelowStraightLineOrShortestPath() {
        Random random = new Random(20240521L);
        double r = 0.02;
        int wrappedCount = 0;
        for (String q : new String[] {"all", "+x", "-x", "+y", "-y", "z", "-z"}) {
            WrapCylinder cylinder = new WrapCylinder(r, 0.3, Quadrant.parse(q));
            for (int i = 0; i < 400; i++) {
                double[] p1 = scale(0.05, v(random.nextGaussian(), random.nextGaussian(), random.nextGaussian()));
                double[] p2 = scale(0.05, v(random.nextGaussian(), random.nextGaussian(), random.nextGaussian()));
                for (boolean adjust : new boolean[] {false, true}) {
                    WrapResult result = cylinder.wrap(p1, p2, WrapState.INITIAL, adjust);
                    if (!result.isWrap()) {
                        continue;
                    }
                    wrappedCount++;
                    double length = result.pathLength(p1, p2);
                    assertTrue(length >= distance(p1, p2) - TIGHT, "shorter than straight line");
                    if (q.equals("all")) {
                        double d1 = radial(p1);
                        double d2 = radial(p2);
                        double psi = Math.acos((p1[0] * p2[0] + p1[1] * p2[1]) / (d1 * d2));
                        double horizontal = Math.sqrt(d1 * d1 - r * r) + Math.sqrt(d2 * d2 - r * r)
                                + r * (psi - tangentHalfAngle(r, d1) - tangentHalfAngle(r, d2));
                        double geodesic = Math.hypot(horizontal, p2[2] - p1[2]);
                        assertTrue(length >= geodesic - 1e-12, "shorter than the shortest path");
                    }
                }
            }
        }
        assertTrue(wrappedCount > 500, "enough wrapped samples: " + wrappedCount);
    }

    /**
     * Unconstrained: moving both end points across the wrap on/off boundary (line tangent to the
     * cylinder at y = r) changes the total length continuously. Each end point moves by Δy per
     * step and |∂L/∂P| ≤ 1, so consecutive lengths differ by at most 2·Δy.
     */
    @Test
    void totalLengthIsContinuousAcrossTheWrapBoundary() {
        double r = 0.02;
        WrapCylinder cylinder = new WrapCylinder(r, 0.2, Quadrant.ALL);
        double step = 1e-5;
        double previous = Double.NaN;
        boolean sawWrap = false;
        boolean sawNoWrap = false;
        for (int k = 0; k <= 200; k++) {
            double y = r - 100 * step + k * step;
            double[] p1 = v(-0.07, y, 0.004);
            double[] p2 = v(0.05, y, 0.004);
            WrapResult result = cylinder.wrap(p1, p2);
            sawWrap |= result.isWrap();
            sawNoWrap |= result.code() == WrapCode.NO_WRAP;
            double length = result.pathLength(p1, p2);
            if (k > 0) {
                assertTrue(Math.abs(length - previous) <= 2 * step + 1e-15, "jump at y = " + y);
            }
            previous = length;
        }
        assertTrue(sawWrap && sawNoWrap, "sweep crosses the boundary");
    }

    /**
     * Multi-wrap mode (two or more PathWraps): OpenSim nudges the tangent points until the straight
     * lines meet the helix within 0.1°. Asymmetric helical case: the single-wrap construction is
     * several degrees off tangency; after adjustment both ends are within 0.1° (plus a small
     * margin: OpenSim measures against a 2 mm chord, not the exact helix tangent, whose angle to
     * the axis is acos(Δz/arc)), and the length gets closer to, but not below, the shortest path.
     */
    @Test
    void tangentAdjustmentReachesTangencyInMultiWrapMode() {
        double r = 0.02;
        double[] p1 = v(-1.2 * r, -0.3 * r, 0.2 * r);
        double[] p2 = v(1.3 * r, -0.6 * r, -1.5 * r);
        WrapCylinder cylinder = new WrapCylinder(r, 10 * r, Quadrant.ALL);
        WrapResult single = cylinder.wrap(p1, p2, WrapState.INITIAL, false);
        WrapResult multi = cylinder.wrap(p1, p2, WrapState.INITIAL, true);

        assertTrue(tangencyError(single, p1, p2) > Math.toRadians(1.0));
        assertTrue(tangencyError(multi, p1, p2) < Math.toRadians(0.12));

        double d1 = radial(p1);
        double d2 = radial(p2);
        double psi = Math.acos((p1[0] * p2[0] + p1[1] * p2[1]) / (d1 * d2));
        double horizontal = Math.sqrt(d1 * d1 - r * r) + Math.sqrt(d2 * d2 - r * r)
                + r * (psi - tangentHalfAngle(r, d1) - tangentHalfAngle(r, d2));
        double geodesic = Math.hypot(horizontal, p2[2] - p1[2]);
        double singleExcess = single.pathLength(p1, p2) - geodesic;
        double multiExcess = multi.pathLength(p1, p2) - geodesic;
        assertTrue(multiExcess >= 0 && multiExcess < singleExcess, singleExcess + " vs " + multiExcess);
        assertTrue(multi.arcPoints().size() > 2, "multi-wrap mode samples the arc every 2 mm");
        assertEquals(2, single.arcPoints().size());
    }

    /** Largest angle difference between a straight piece and the helix, measured from +z. */
    private static double tangencyError(WrapResult result, double[] p1, double[] p2) {
        double[] t1 = result.r1();
        double[] t2 = result.r2();
        double helixAngle = Math.acos((t2[2] - t1[2]) / result.arcLength());
        double in = Math.acos((t1[2] - p1[2]) / distance(t1, p1));
        double out = Math.acos((p2[2] - t2[2]) / distance(p2, t2));
        return Math.max(Math.abs(in - helixAngle), Math.abs(out - helixAngle));
    }

    @Test
    void resultCarriesThePreviousStateUnchanged() {
        WrapState previous = new WrapState(v(0.1, 0.2, 0.3));
        WrapCylinder cylinder = new WrapCylinder(0.02, 0.2, Quadrant.ALL);
        WrapResult wrapped = cylinder.wrap(v(-0.06, 0.01, 0.01), v(0.05, 0.02, 0.01), previous, false);
        assertVector(v(0.1, 0.2, 0.3), wrapped.state().c1(), 0.0, "state");
    }
}

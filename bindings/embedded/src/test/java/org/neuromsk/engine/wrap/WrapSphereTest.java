package org.neuromsk.engine.wrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.wrap.WrapTestSupport.apply;
import static org.neuromsk.engine.wrap.WrapTestSupport.assertVector;
import static org.neuromsk.engine.wrap.WrapTestSupport.onCircle;
import static org.neuromsk.engine.wrap.WrapTestSupport.polarAngle;
import static org.neuromsk.engine.wrap.WrapTestSupport.radial;
import static org.neuromsk.engine.wrap.WrapTestSupport.rotation;
import static org.neuromsk.engine.wrap.WrapTestSupport.tangentHalfAngle;
import static org.neuromsk.engine.wrap.WrapTestSupport.v;

import org.junit.jupiter.api.Test;

class WrapSphereTest {

    private static final double TIGHT = 1e-12;
    private static final double R = 0.02;

    /**
     * P1 = (−3, 0.5, 0)·r, P2 = (3, 0.5, 0)·r: the plane through the centre, P1 and P2 is z = 0, so
     * the path is a great-circle arc in that plane. Tangent points as for a circle: polar angle
     * φ ∓ β with cos β = r/d; over the top T1 at φ1 − β, T2 at φ2 + β, arc r·((φ1 − β) − (φ2 + β)).
     * Unconstrained spheres report WRAPPED, never MANDATORY_WRAP (OpenSim only upgrades the code
     * inside its quadrant branch).
     */
    @Test
    void wrapsAlongGreatCircle() {
        double[] p1 = v(-3 * R, 0.5 * R, 0);
        double[] p2 = v(3 * R, 0.5 * R, 0);
        double beta = tangentHalfAngle(R, radial(p1));
        double a1 = polarAngle(p1) - beta;
        double a2 = polarAngle(p2) + beta;
        WrapResult result = new WrapSphere(R, Quadrant.ALL).wrap(p1, p2);
        assertEquals(WrapCode.WRAPPED, result.code());
        assertVector(onCircle(R, a1, 0), result.r1(), TIGHT, "T1");
        assertVector(onCircle(R, a2, 0), result.r2(), TIGHT, "T2");
        assertEquals(R * (a1 - a2), result.arcLength(), TIGHT);
        double tangent = Math.sqrt(radial(p1) * radial(p1) - R * R);
        assertEquals(2 * tangent + R * (a1 - a2), result.pathLength(p1, p2), TIGHT);
    }

    /** The same configuration rotated rigidly about the centre: tangent points rotate with it. */
    @Test
    void rotatedConfigurationRotatesTheResult() {
        double[][] rot = rotation(v(1, 2, 3), 0.7);
        double[] p1 = v(-3 * R, 0.5 * R, 0);
        double[] p2 = v(2.5 * R, 0.5 * R, 0);
        double a1 = polarAngle(p1) - tangentHalfAngle(R, radial(p1));
        double a2 = polarAngle(p2) + tangentHalfAngle(R, radial(p2));
        WrapResult result = new WrapSphere(R, Quadrant.ALL).wrap(apply(rot, p1), apply(rot, p2));
        assertEquals(WrapCode.WRAPPED, result.code());
        assertVector(apply(rot, onCircle(R, a1, 0)), result.r1(), TIGHT, "T1");
        assertVector(apply(rot, onCircle(R, a2, 0)), result.r2(), TIGHT, "T2");
        assertEquals(R * (a1 - a2), result.arcLength(), TIGHT);
    }

    @Test
    void missInsideAndOutsideSegmentCases() {
        WrapSphere sphere = new WrapSphere(R, Quadrant.ALL);
        assertEquals(WrapCode.NO_WRAP, sphere.wrap(v(-3 * R, 1.2 * R, 0), v(3 * R, 1.2 * R, 0)).code());
        // The line crosses the sphere, but beyond P2.
        assertEquals(WrapCode.NO_WRAP, sphere.wrap(v(-5 * R, 0.3 * R, 0), v(-2 * R, 0.3 * R, 0)).code());
        assertEquals(WrapCode.INSIDE_RADIUS, sphere.wrap(v(0.5 * R, 0, 0.5 * R), v(3 * R, 0, 0)).code());
        // Even a quadrant cannot make a sphere wrap a segment whose line misses it (a "+y"
        // cylinder offers an optional wrap here, see WrapCylinderTest).
        assertEquals(WrapCode.NO_WRAP,
                new WrapSphere(R, Quadrant.parse("+y")).wrap(v(-3 * R, 0.2 * R, 0), v(R, -2.5 * R, 0)).code());
    }

    /**
     * Quadrants for the great-circle configuration above (both end points at y &gt; 0). "+y":
     * end points on the active side and the line crosses within 1 m of P1, so MANDATORY_WRAP with
     * the unconstrained tangent points. "−y": no end point active, the code stays WRAPPED and the
     * tangent candidates facing −(P1 + P2) are taken: T1 at φ1 + β, T2 at φ2 − β, arc
     * r·((φ2 − β) + 2π − (φ1 + β)) (not a far-side wrap: (T1 + T2)·(T1 − P1 + T2 − P2) &gt; 0).
     */
    @Test
    void quadrantSelectsTheSide() {
        double[] p1 = v(-3 * R, 0.5 * R, 0);
        double[] p2 = v(3 * R, 0.5 * R, 0);
        double beta = tangentHalfAngle(R, radial(p1));
        double phi1 = polarAngle(p1);
        double phi2 = polarAngle(p2);

        WrapResult plus = new WrapSphere(R, Quadrant.parse("+y")).wrap(p1, p2);
        assertEquals(WrapCode.MANDATORY_WRAP, plus.code());
        assertVector(onCircle(R, phi1 - beta, 0), plus.r1(), TIGHT, "T1 +y");
        assertVector(onCircle(R, phi2 + beta, 0), plus.r2(), TIGHT, "T2 +y");

        WrapResult minus = new WrapSphere(R, Quadrant.parse("-y")).wrap(p1, p2);
        assertEquals(WrapCode.WRAPPED, minus.code());
        assertVector(onCircle(R, phi1 + beta, 0), minus.r1(), TIGHT, "T1 -y");
        assertVector(onCircle(R, phi2 - beta, 0), minus.r2(), TIGHT, "T2 -y");
        assertEquals(R * ((phi2 - beta) + 2 * Math.PI - (phi1 + beta)), minus.arcLength(), TIGHT);
    }

    /**
     * OpenSim measures the closest-approach parameter of the quadrant test in metres along the
     * unit direction, not as a fraction of the segment, and requires it in (0, 1). A 0.5 m sphere
     * with end points 3 m away on the active side therefore gets no wrap, although the line
     * crosses it (and both points on the same side rule out the optional wrap).
     */
    @Test
    void keepsOpenSimMetreParameterQuirk() {
        WrapSphere large = new WrapSphere(0.5, Quadrant.parse("+y"));
        assertEquals(WrapCode.NO_WRAP, large.wrap(v(-3, 0.3, 0), v(3, 0.3, 0)).code());
        assertEquals(WrapCode.MANDATORY_WRAP, large.wrap(v(-0.9, 0.3, 0), v(3, 0.3, 0)).code());
    }

    /**
     * A segment passing through the centre: OpenSim falls back on the previous tangent points
     * multiplied by a factor that is never copied (NaN). Normalising a NaN vector gives zero in
     * OpenSim's helper, so the angle is acos(0) = π/2: the result is WRAPPED with NaN tangent points
     * and arc r·π/2. A path never selects it, because its NaN length increase never compares
     * smaller.
     */
    @Test
    void segmentThroughCentreGivesNaNTangentPointsLikeOpenSim() {
        double[] p1 = v(-3 * R, 0, 0);
        double[] p2 = v(3 * R, 0, 0);
        WrapResult result = new WrapSphere(R, Quadrant.ALL).wrap(p1, p2);
        assertEquals(WrapCode.WRAPPED, result.code());
        assertTrue(Double.isNaN(result.r1()[0]) && Double.isNaN(result.r2()[2]));
        assertEquals(R * Math.PI / 2, result.arcLength(), TIGHT);
        assertTrue(Double.isNaN(result.lengthIncrease(p1, p2)));
    }
}

package org.neuromsk.engine.wrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neuromsk.engine.wrap.WrapTestSupport.assertVector;
import static org.neuromsk.engine.wrap.WrapTestSupport.onCircle;
import static org.neuromsk.engine.wrap.WrapTestSupport.polarAngle;
import static org.neuromsk.engine.wrap.WrapTestSupport.radial;
import static org.neuromsk.engine.wrap.WrapTestSupport.tangentHalfAngle;
import static org.neuromsk.engine.wrap.WrapTestSupport.v;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

/** Quadrant and method parsing, constructor checks and the body/wrap frame helper. */
class WrapSetupTest {

    @Test
    void parsesQuadrants() {
        for (String s : new String[] {"x", "+x", "X", "+X"}) {
            assertEquals(new Quadrant(0, 1), Quadrant.parse(s), s);
        }
        assertEquals(new Quadrant(0, -1), Quadrant.parse("-x"));
        assertEquals(new Quadrant(1, -1), Quadrant.parse("-Y"));
        assertEquals(new Quadrant(1, 1), Quadrant.parse("y"));
        assertEquals(new Quadrant(2, 1), Quadrant.parse(" +z "));
        assertEquals(new Quadrant(2, -1), Quadrant.parse("-z"));
        for (String s : new String[] {"all", "ALL", "All", "Unassigned", "unassigned"}) {
            assertEquals(Quadrant.ALL, Quadrant.parse(s), s);
        }
        assertEquals("-y", Quadrant.parse("-Y").toString());
        assertEquals("all", Quadrant.ALL.toString());
        for (String s : new String[] {"w", "++x", "", "x+"}) {
            assertThrows(NeuroMskException.class, () -> Quadrant.parse(s), s);
        }
    }

    @Test
    void parsesEllipsoidMethods() {
        assertEquals(EllipsoidMethod.HYBRID, EllipsoidMethod.parse("Hybrid"));
        assertEquals(EllipsoidMethod.HYBRID, EllipsoidMethod.parse("Unassigned"));
        assertEquals(EllipsoidMethod.MIDPOINT, EllipsoidMethod.parse("MIDPOINT"));
        assertEquals(EllipsoidMethod.AXIAL, EllipsoidMethod.parse("axial"));
        assertThrows(NeuroMskException.class, () -> EllipsoidMethod.parse("fan"));
    }

    @Test
    void rejectsInvalidDimensions() {
        assertThrows(NeuroMskException.class, () -> new WrapCylinder(-0.01, 0.1, Quadrant.ALL));
        assertThrows(NeuroMskException.class, () -> new WrapCylinder(0.01, Double.NaN, Quadrant.ALL));
        assertThrows(NeuroMskException.class, () -> new WrapSphere(-1, Quadrant.ALL));
    }

    /**
     * Body-fixed X-Y-Z angles (π/2, π/2, 0): R = Rx(π/2)·Ry(π/2). Ry(π/2) maps x̂ to −ẑ and Rx(π/2)
     * maps −ẑ to ŷ, so the wrap x axis is the body y axis. (The opposite order Ry·Rx would give −ẑ.)
     * With (0, 0, π/2): Rz maps x̂ to ŷ and ŷ to −x̂.
     */
    @Test
    void frameUsesBodyFixedXyzAngles() {
        double[] t = v(0.1, -0.2, 0.3);
        WrapFrame frame = new WrapFrame(v(Math.PI / 2, Math.PI / 2, 0), t);
        assertVector(v(0.1, 0.8, 0.3), frame.toBody(v(1, 0, 0)), 1e-15, "x axis");
        assertVector(v(1, 0, 0), frame.toWrap(v(0.1, 0.8, 0.3)), 1e-15, "inverse");
        WrapFrame aboutZ = new WrapFrame(v(0, 0, Math.PI / 2), v(0, 0, 0));
        assertVector(v(0, 1, 0), aboutZ.toBody(v(1, 0, 0)), 1e-15, "Rz x");
        assertVector(v(-1, 0, 0), aboutZ.toBody(v(0, 1, 0)), 1e-15, "Rz y");
        double[] p = v(0.3, -0.7, 1.1);
        WrapFrame general = new WrapFrame(v(0.3, -1.2, 2.5), t);
        assertVector(p, general.toBody(general.toWrap(p)), 1e-15, "round trip");
    }

    /**
     * Cylinder whose axis is the body x axis: angles (0, π/2, 0), R = Ry(π/2) maps (x, y, z) to
     * (z, y, −x). The planar case of WrapCylinderTest, placed in the body with translation t:
     * P_body = t + R·P_wrap; the expected tangent points are t + R·T_wrap with T_wrap from the
     * circle construction (polar angle φ1 − β1 and φ2 + β2), arc unchanged.
     */
    @Test
    void wrapsSegmentsGivenInTheBodyFrame() {
        double r = 0.03;
        double[] t = v(0.1, 0.2, 0.3);
        WrapFrame frame = new WrapFrame(v(0, Math.PI / 2, 0), t);
        double[] p1w = v(-0.06, 0.01, 0.01);
        double[] p2w = v(0.05, 0.02, 0.01);
        double[] t1w = onCircle(r, polarAngle(p1w) - tangentHalfAngle(r, radial(p1w)), 0.01);
        double[] t2w = onCircle(r, polarAngle(p2w) + tangentHalfAngle(r, radial(p2w)), 0.01);

        WrapResult result = frame.wrapInBody(new WrapCylinder(r, 0.2, Quadrant.ALL),
                ryQuarterTurn(t, p1w), ryQuarterTurn(t, p2w), WrapState.INITIAL, false);
        assertEquals(WrapCode.MANDATORY_WRAP, result.code());
        assertVector(ryQuarterTurn(t, t1w), result.r1(), 1e-12, "T1");
        assertVector(ryQuarterTurn(t, t2w), result.r2(), 1e-12, "T2");
        double theta = (polarAngle(p1w) - tangentHalfAngle(r, radial(p1w)))
                - (polarAngle(p2w) + tangentHalfAngle(r, radial(p2w)));
        assertEquals(r * theta, result.arcLength(), 1e-12);
        assertVector(ryQuarterTurn(t, t1w), result.arcPoints().get(0), 1e-12, "first arc point");
    }

    private static double[] ryQuarterTurn(double[] t, double[] p) {
        return v(t[0] + p[2], t[1] + p[1], t[2] - p[0]);
    }
}

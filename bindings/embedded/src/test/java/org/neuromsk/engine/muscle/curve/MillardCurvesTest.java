package org.neuromsk.engine.muscle.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class MillardCurvesTest {

    private static final double AT = 1e-12;

    @Test
    void activeForceLengthDefaultPassesThroughItsDefiningPoints() {
        ActiveForceLengthCurve c = new ActiveForceLengthCurve("afl", ActiveForceLengthCurve.Parameters.defaults());
        // x0 = 0.4441, x1 = 0.73, x3 = 1.8123, s = 0.8616, ylow = 0.1, xs = 0.95
        // y1 = 1 − 0.8616·(0.95 − 0.73) = 0.810448
        double y1 = 1 - 0.8616 * 0.22;
        assertEquals(0.810448, y1, 1e-15);
        assertPoint(c, 1.0, 1.0, 0.0);
        // (x01, y01, s01) = (0.58705, y1/2, 1.25·y1/(0.73 − 0.4441))
        assertPoint(c, 0.58705, 0.405224, 1.25 * 0.810448 / 0.2859);
        // (x1s, y1s, s) = (0.84, (y1 + 1)/2, 0.8616)
        assertPoint(c, 0.84, 0.905224, 0.8616);
        // (x23, 0.5, s23): x23 = 1.05 + (1.8123 − 1.05)/2 = 1.43115, s23 = −1/(1.7623 − 1.05)
        assertPoint(c, 1.43115, 0.5, -1 / 0.7123);
        assertPoint(c, 0.4441, 0.1, 0.0);
        assertPoint(c, 1.8123, 0.1, 0.0);
        // flat at the minimum value outside [x0, x3]
        assertPoint(c, 0.2, 0.1, 0.0);
        assertPoint(c, 2.3, 0.1, 0.0);
        assertEquals(0.0, c.secondDerivative(2.3), 0.0);
    }

    @Test
    void activeForceLengthWithRajagopalPropertiesPassesThroughItsDefiningPoints() {
        ActiveForceLengthCurve c = new ActiveForceLengthCurve("afl",
                new ActiveForceLengthCurve.Parameters(0.25, 0.77, 1.9, 0.75, 0));
        // y1 = 1 − 0.75·(0.95 − 0.77) = 0.865; x01 = 0.51, s01 = 1.25·0.865/0.52
        assertPoint(c, 0.51, 0.4325, 1.25 * 0.865 / 0.52);
        // x1s = 0.86, y1s = 0.9325
        assertPoint(c, 0.86, 0.9325, 0.75);
        assertPoint(c, 1.0, 1.0, 0.0);
        // x23 = 1.05 + (1.9 − 1.05)/2 = 1.475, s23 = −1/(1.85 − 1.05) = −1.25
        assertPoint(c, 1.475, 0.5, -1.25);
        assertPoint(c, 0.25, 0.0, 0.0);
        assertPoint(c, 1.9, 0.0, 0.0);
        assertPoint(c, 0.1, 0.0, 0.0);
        CurveChecks.assertDerivativesMatch(c, CurveChecks.offGrid(0.05, 2.2, 87), 1e-6, 2e-6);
        assertJointsContinuous(c.function());
    }

    @Test
    void forceVelocityDampedDefaultPassesThroughItsDefiningPoints() {
        ForceVelocityCurve c = new ForceVelocityCurve("fv", ForceVelocityParameters.defaults());
        // (−1, 0, 0), (−0.9, 0.05·0.25, 0.25), (0, 1, 5), (0.9, 1.4 − 0.05·0.15, 0.15), (1, 1.4, 0)
        assertPoint(c, -1, 0, 0);
        assertPoint(c, -0.9, 0.0125, 0.25);
        assertPoint(c, 0, 1, 5);
        assertPoint(c, 0.9, 1.3925, 0.15);
        assertPoint(c, 1, 1.4, 0);
        // linear (here flat) continuation
        assertPoint(c, -1.4, 0, 0);
        assertPoint(c, 1.6, 1.4, 0);
        CurveChecks.assertDerivativesMatch(c, CurveChecks.offGrid(-1.3, 1.3, 105), 1e-6, 2e-6);
        assertJointsContinuous(c.function());
    }

    @Test
    void forceVelocityWithPositiveEndSlopesExtrapolatesLinearly() {
        // classic-model slopes: 0.125 and 0.075 at v_max; yNC = 0.05·(0.25 + 0.125) = 0.01875
        ForceVelocityCurve c = new ForceVelocityCurve("fv", ForceVelocityParameters.defaults().withSlopesAtVmax(0.125, 0.075));
        assertPoint(c, -0.9, 0.01875, 0.25);
        assertPoint(c, 0.9, 1.4 - 0.05 * 0.225, 0.15);
        assertPoint(c, -1.2, -0.2 * 0.125, 0.125);
        assertPoint(c, 1.5, 1.4 + 0.5 * 0.075, 0.075);
        CurveChecks.assertDerivativesMatch(c, CurveChecks.offGrid(-1.5, 1.5, 61), 1e-6, 2e-6);
    }

    @Test
    void forceVelocityInverseUndoesTheCurveBuiltFromTheSameParameters() {
        ForceVelocityParameters p = ForceVelocityParameters.defaults().withSlopesAtVmax(0.125, 0.075);
        ForceVelocityCurve fv = new ForceVelocityCurve("fv", p);
        ForceVelocityInverseCurve inv = new ForceVelocityInverseCurve("fvInv", p);
        for (double v : CurveChecks.grid(-1.4, 1.4, 113)) {
            assertEquals(v, inv.value(fv.value(v)), 1e-12, "v = " + v);
            // slopes are reciprocal
            assertEquals(1 / fv.firstDerivative(v), inv.firstDerivative(fv.value(v)),
                    1e-9 * Math.abs(1 / fv.firstDerivative(v)), "slope at v = " + v);
        }
        // inverse end points: f_V = 0 → −1, f_V = 1 → 0, f_V = 1.4 → 1, slopes 1/0.125 and 1/0.075 outside
        assertPoint(inv, 0, -1, 8);
        assertPoint(inv, 1, 0, 0.2);
        assertPoint(inv, 1.4, 1, 1 / 0.075);
        assertPoint(inv, -0.1, -1.8, 8);
        CurveChecks.assertDerivativesMatch(inv, CurveChecks.offGrid(-0.2, 1.6, 73), 1e-7, 2e-6);
        assertThrows(NeuroMskException.class, () -> new ForceVelocityInverseCurve("bad", ForceVelocityParameters.defaults()));
    }

    @Test
    void fiberForceLengthDefaultPassesThroughItsDefiningPoints() {
        FiberForceLengthCurve c = new FiberForceLengthCurve("fpe", FiberForceLengthCurve.Parameters.defaults());
        // e0 = 0, e1 = 0.7: kIso = 2/0.7, kLow = 0.2, Δ = min(0.1/kIso, 0.07) = 0.035,
        // xLow = 1.035, yLow = 0.2·0.035/2 = 0.0035
        double kIso = 2 / 0.7;
        assertPoint(c, 1.0, 0, 0);
        assertPoint(c, 1.035, 0.0035, 0.2);
        assertPoint(c, 1.7, 1, kIso);
        assertPoint(c, 2.0, 1 + 0.3 * kIso, kIso);
        assertPoint(c, 0.8, 0, 0);
        CurveChecks.assertDerivativesMatch(c, CurveChecks.offGrid(0.9, 2.0, 56), 1e-6, 2e-6);
        assertJointsContinuous(c.function());
    }

    @Test
    void fiberForceLengthWithExplicitOptionalProperties() {
        // e0 = 0.1, e1 = 0.6, kLow = 0.5, kIso = 5, κ = 0.5: Δ = min(0.02, 0.05) = 0.02,
        // xLow = 1.12, yLow = 0.5·0.01 = 0.005
        FiberForceLengthCurve c = new FiberForceLengthCurve("fpe",
                FiberForceLengthCurve.Parameters.fromProperties(0.1, 0.6, 0.5, 5.0, 0.5));
        assertPoint(c, 1.1, 0, 0);
        assertPoint(c, 1.12, 0.005, 0.5);
        assertPoint(c, 1.6, 1, 5);
        assertThrows(NeuroMskException.class,
                () -> FiberForceLengthCurve.Parameters.fromProperties(0, 0.7, 0.2, null, null));
        assertEquals(FiberForceLengthCurve.Parameters.fitted(0, 0.7),
                FiberForceLengthCurve.Parameters.fromProperties(0, 0.7, null, null, null));
    }

    @Test
    void tendonForceLengthDefaultPassesThroughItsDefiningPoints() {
        TendonForceLengthCurve c = new TendonForceLengthCurve("fse", TendonForceLengthCurve.Parameters.defaults());
        // eIso = 0.049, kIso = 1.375/0.049, fToe = 2/3:
        // xToe = (2/3 − 1)/kIso + 1.049, xFoot = 1 + (xToe − 1)/10,
        // xMid = (1/3 − 1)/kIso + 1.049, sMid = (1/3)/(xMid − xFoot), xc = (xFoot + xMid)/2, yc = 1/6
        double kIso = 1.375 / 0.049;
        double xToe = 1.049 - (1.0 / 3.0) / kIso;
        double xFoot = 1 + (xToe - 1) / 10;
        double xMid = 1.049 - (2.0 / 3.0) / kIso;
        double sMid = (1.0 / 3.0) / (xMid - xFoot);
        assertEquals(1.0371212121212, xToe, 1e-12);
        assertPoint(c, 1.0, 0, 0);
        assertPoint(c, 0.5 * (xFoot + xMid), 1.0 / 6.0, sMid);
        assertPoint(c, xToe, 2.0 / 3.0, kIso);
        // the strain at one normalised force gives exactly 1 (linear region)
        assertPoint(c, 1.049, 1.0, kIso);
        assertPoint(c, 0.97, 0, 0);
        CurveChecks.assertDerivativesMatch(c, CurveChecks.offGrid(0.99, 1.07, 81), 1e-8, 2e-6);
        assertJointsContinuous(c.function());
    }

    @Test
    void smoothSegmentedFunctionIsSecondOrderContinuousAtEveryJointAndDomainEnd() {
        SmoothSegmentedFunction f = new ForceVelocityCurve("fv",
                ForceVelocityParameters.defaults().withSlopesAtVmax(0.1, 0.05)).function();
        List<QuinticBezierSegment> segments = f.segments();
        assertEquals(4, segments.size());
        for (QuinticBezierSegment s : segments) {
            double x = s.xStart();
            assertEquals(f.secondDerivative(x - 1e-9), f.secondDerivative(x + 1e-9), 1e-5, "curvature at " + x);
        }
        assertEquals(0.0, f.secondDerivative(f.domainEnd()), 1e-9);
    }

    @Test
    void rejectsPropertiesOpenSimRejects() {
        assertThrows(NeuroMskException.class, () -> new ActiveForceLengthCurve("afl",
                new ActiveForceLengthCurve.Parameters(0.8, 0.73, 1.8, 0.8, 0)));
        assertThrows(NeuroMskException.class, () -> new ActiveForceLengthCurve("afl",
                new ActiveForceLengthCurve.Parameters(0.44, 0.73, 1.8, 4.0, 0)));
        assertThrows(NeuroMskException.class, () -> new ForceVelocityCurve("fv",
                new ForceVelocityParameters(0, 0.25, 5, 0, 0.15, 1.0, 0.6, 0.9)));
        assertThrows(NeuroMskException.class, () -> new TendonForceLengthCurve("fse",
                new TendonForceLengthCurve.Parameters(0.049, 10, 2.0 / 3.0, 0.5)));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> new FiberForceLengthCurve("BIClong_fpe",
                new FiberForceLengthCurve.Parameters(0.7, 0.7, 0.2, 3, 0.75)));
        assertEquals(true, e.getMessage().startsWith("BIClong_fpe"));
    }

    private static void assertPoint(MuscleCurve c, double x, double y, double slope) {
        assertEquals(y, c.value(x), AT, "value at x = " + x);
        assertEquals(slope, c.firstDerivative(x), 1e-10 * Math.max(1, Math.abs(slope)), "slope at x = " + x);
    }

    private static void assertJointsContinuous(SmoothSegmentedFunction f) {
        for (QuinticBezierSegment s : f.segments()) {
            CurveChecks.assertContinuousAt(f, s.xStart(), 1e-7);
            CurveChecks.assertContinuousAt(f, s.xEnd(), 1e-7);
        }
    }
}

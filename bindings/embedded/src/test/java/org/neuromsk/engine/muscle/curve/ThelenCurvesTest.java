package org.neuromsk.engine.muscle.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class ThelenCurvesTest {

    private static final double TIGHT = 1e-14;

    @Test
    void activeForceLengthPeaksAtOptimalAndDropsToInverseEAtOneWidth() {
        // f = exp(-(l-1)²/γ): 1 at l = 1 and exp(-1) at l = 1 ± sqrt(γ)
        ThelenActiveForceLengthCurve afl = new ThelenActiveForceLengthCurve(0.5);
        assertEquals(1.0, afl.value(1.0), TIGHT);
        assertEquals(0.0, afl.firstDerivative(1.0), TIGHT);
        assertEquals(Math.exp(-1), afl.value(1 + Math.sqrt(0.5)), TIGHT);
        assertEquals(Math.exp(-1), afl.value(1 - Math.sqrt(0.5)), TIGHT);
        // f'' at 1 is -2/γ = -4
        assertEquals(-4.0, afl.secondDerivative(1.0), 1e-13);
        CurveChecks.assertDerivativesMatch(afl, CurveChecks.grid(0.2, 2.0, 37), 1e-6, 1e-7);
    }

    @Test
    void passiveForceLengthReachesOneAtMaxMuscleStrain() {
        // (exp(k·e0/e0) − 1)/(exp(k) − 1) = 1 at l = 1 + ε0_M; zero up to l = 1
        ThelenPassiveForceLengthCurve fpe = new ThelenPassiveForceLengthCurve(0.6, 4);
        assertEquals(1.0, fpe.value(1.6), TIGHT);
        assertEquals(0.0, fpe.value(1.0), 0.0);
        assertEquals(0.0, fpe.value(0.7), 0.0);
        // slope at 1.6: (k/ε0)·e^k/(e^k − 1)
        assertEquals(4 / 0.6 * Math.exp(4) / (Math.exp(4) - 1), fpe.firstDerivative(1.6), 1e-12);
        // l = 1.3: (e^2 − 1)/(e^4 − 1)
        assertEquals((Math.exp(2) - 1) / (Math.exp(4) - 1), fpe.value(1.3), TIGHT);
        CurveChecks.assertDerivativesMatch(fpe, CurveChecks.grid(0.5, 0.99, 11), 1e-6, 1e-7);
        CurveChecks.assertDerivativesMatch(fpe, CurveChecks.grid(1.01, 1.9, 21), 1e-6, 1e-7);
    }

    @Test
    void tendonCurveIsContinuousInValueAndSlopeAtToeEndAndGivesOneAtMaxStrain() {
        double e0 = 0.033;
        ThelenTendonForceLengthCurve fse = new ThelenTendonForceLengthCurve(e0);
        double e3 = Math.exp(3);
        double eToe = 99 * e0 * e3 / (166 * e3 - 67);
        // The paper rounds ε_toe to 0.609·ε0.
        assertEquals(0.609 * e0, eToe, 0.001 * e0);
        assertEquals(eToe, fse.toeStrain(), TIGHT);
        assertEquals(0.67 / (e0 - eToe), fse.linearStiffness(), 1e-10);
        double xToe = 1 + eToe;
        // value 0.33 from both sides
        assertEquals(0.33, fse.value(xToe), 1e-14);
        assertEquals(0.33, fse.value(xToe + 1e-12), 1e-10);
        // slope: toe side 0.33/(e³−1)·3/ε_toe·e³, linear side 0.67/(ε0 − ε_toe); equal by construction
        double toeSlope = 0.33 / (e3 - 1) * 3 / eToe * e3;
        assertEquals(toeSlope, fse.firstDerivative(xToe), 1e-9 * toeSlope);
        assertEquals(toeSlope, fse.firstDerivative(xToe + 1e-12), 1e-9 * toeSlope);
        CurveChecks.assertContinuousAt(fse, xToe, 1e-7);
        // at the strain of maximum force the force is F_iso: 0.67 + 0.33
        assertEquals(1.0, fse.value(1 + e0), 1e-14);
        assertEquals(0.0, fse.value(1.0), 0.0);
        assertEquals(0.0, fse.value(0.95), 0.0);
        CurveChecks.assertDerivativesMatch(fse, CurveChecks.grid(1.001, xToe - 0.001, 15), 1e-7, 1e-6);
        CurveChecks.assertDerivativesMatch(fse, CurveChecks.grid(xToe + 0.001, 1.08, 15), 1e-7, 1e-6);
        CurveChecks.assertDerivativesMatch(fse, new double[] {0.9, 0.99}, 1e-7, 1e-6);
    }

    @Test
    void forceVelocityInverseMatchesHandValuesInsideAndInTheExtrapolation() {
        // a = 1, f_AL = 1, Af = 0.25, Flen = 1.4, threshold 0.95
        ThelenForceVelocityInverse inv = new ThelenForceVelocityInverse(0.25, 1.4, 0.95);
        // concentric F = 0.5: b = 1 + 0.5/0.25 = 3, v = (0.5 − 1)/3
        assertEquals(-1.0 / 6.0, inv.normFiberVelocity(1, 1, 0.5), TIGHT);
        // eccentric F = 1.2: b = (2 + 8)(1.4 − 1.2)/0.4 = 5, v = 0.2/5
        assertEquals(0.04, inv.normFiberVelocity(1, 1, 1.2), TIGHT);
        // isometric
        assertEquals(0.0, inv.normFiberVelocity(1, 1, 1.0), 0.0);
        // F = 0 gives −1 (v_max); below, slope at 0 is 1/b − (F0 − afl)/b²·(1/Af) = 1 + 4 = 5
        assertEquals(-1.0, inv.normFiberVelocity(1, 1, 0.0), TIGHT);
        assertEquals(-1.5, inv.normFiberVelocity(1, 1, -0.1), 1e-14);
        assertEquals(5.0, inv.normFiberVelocityDerivative(1, 1, -0.1), 1e-14);
        // eccentric threshold F0 = 0.95·1.4 = 1.33: b0 = 10·0.07/0.4 = 1.75, v0 = 0.33/1.75,
        // slope = 1/1.75 + 0.33/1.75²·25; at F = 1.4 the line gives v0 + slope·0.07
        double v0 = 0.33 / 1.75;
        double slope = 1 / 1.75 + 0.33 / (1.75 * 1.75) * 25;
        assertEquals(v0, inv.normFiberVelocity(1, 1, 1.33), 1e-13);
        assertEquals(v0 + slope * 0.07, inv.normFiberVelocity(1, 1, 1.4), 1e-13);
        assertEquals(slope, inv.normFiberVelocityDerivative(1, 1, 1.5), 1e-12);
        // activation scales the velocity by (0.25 + 0.75a): a = 0.2, f_AL = 0.5, afl = 0.1, F = 0.05
        // b = 0.1 + 0.2 = 0.3, v = 0.4·(−0.05)/0.3
        assertEquals(0.4 * -0.05 / 0.3, inv.normFiberVelocity(0.2, 0.5, 0.05), TIGHT);
    }

    @Test
    void forceVelocityInverseDerivativeMatchesFiniteDifferencesAwayFromTheIsometricKink() {
        ThelenForceVelocityInverse inv = new ThelenForceVelocityInverse(0.3, 1.8, 0.95);
        double a = 0.6;
        double fal = 0.8;
        double afl = a * fal;
        double h = 1e-7;
        for (double f : CurveChecks.grid(-0.3, 1.2, 61)) {
            if (Math.abs(f - afl) < 1e-3) {
                continue; // the slope halves across F = afl
            }
            double fd = (inv.normFiberVelocity(a, fal, f + h) - inv.normFiberVelocity(a, fal, f - h)) / (2 * h);
            assertEquals(fd, inv.normFiberVelocityDerivative(a, fal, f), 1e-6 * Math.max(1, Math.abs(fd)), "F = " + f);
        }
        // value and slope are continuous at both extrapolation thresholds
        double eccentric = 0.95 * afl * 1.8;
        for (double f0 : new double[] {0.0, eccentric}) {
            assertEquals(inv.normFiberVelocity(a, fal, f0 - 1e-10), inv.normFiberVelocity(a, fal, f0 + 1e-10), 1e-8);
            assertEquals(inv.normFiberVelocityDerivative(a, fal, f0 - 1e-10),
                    inv.normFiberVelocityDerivative(a, fal, f0 + 1e-10), 1e-6);
        }
        // slope just above afl is half the slope just below
        assertEquals(0.5 * inv.normFiberVelocityDerivative(a, fal, afl - 1e-12),
                inv.normFiberVelocityDerivative(a, fal, afl + 1e-12), 1e-9);
    }

    @Test
    void forceVelocityMultiplierInvertsTheVelocityRelation() {
        ThelenForceVelocityInverse inv = new ThelenForceVelocityInverse(0.3, 1.8, 0.95);
        double a = 0.7;
        double fal = 0.9;
        for (double fv : new double[] {0.05, 0.3, 0.8, 1.0, 1.2, 1.6, 1.75}) {
            double v = inv.normFiberVelocity(a, fal, a * fal * fv);
            assertEquals(fv, inv.forceVelocityMultiplier(a, fal, v, 1e-12, 100), 1e-9, "f_V = " + fv);
        }
        // beyond v_max on the concentric side the extrapolated force is negative: clamped to 0
        assertEquals(0.0, inv.forceVelocityMultiplier(a, fal, -1.5, 1e-12, 100), 0.0);
        assertThrows(NeuroMskException.class, () -> inv.forceVelocityMultiplier(a, fal, 0.3, 1e-12, 1));
    }

    @Test
    void rejectsPropertiesOpenSimRejects() {
        assertThrows(NeuroMskException.class, () -> new ThelenActiveForceLengthCurve(0));
        assertThrows(NeuroMskException.class, () -> new ThelenPassiveForceLengthCurve(0.6, -1));
        assertThrows(NeuroMskException.class, () -> new ThelenTendonForceLengthCurve(0));
        assertThrows(NeuroMskException.class, () -> new ThelenForceVelocityInverse(0.25, 1.0, 0.95));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> new ThelenForceVelocityInverse(0.25, 1.4, 0.7));
        assertTrue(e.getMessage().contains("fv_linear_extrap_threshold"));
    }
}

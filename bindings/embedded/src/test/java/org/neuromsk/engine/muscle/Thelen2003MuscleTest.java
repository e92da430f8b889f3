package org.neuromsk.engine.muscle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.muscle.curve.ThelenActiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenPassiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenTendonForceLengthCurve;
import org.neuromsk.error.NeuroMskException;

class Thelen2003MuscleTest {

    // Curves of the arm26 muscles, built independently of the muscle under test
    private final ThelenActiveForceLengthCurve fal = new ThelenActiveForceLengthCurve(0.5);
    private final ThelenPassiveForceLengthCurve fpe = new ThelenPassiveForceLengthCurve(0.6, 4);
    private final ThelenTendonForceLengthCurve fse = new ThelenTendonForceLengthCurve(0.033);

    @Test
    void evaluationAtRestBalancesTendonAndFiberForces() {
        Thelen2003Muscle m = Arm26Muscles.trilong();
        double lce = 0.13;
        double lmt = 0.28;
        MuscleEvaluation e = m.evaluate(0.4, lmt, 0.05, lce);
        // hand geometry: h = 0.134·sin(0.20943951), φ = asin(h/0.13), l_T = l_MT − l_ce cos φ
        double h = 0.134 * Math.sin(0.20943951);
        double phi = Math.asin(h / lce);
        double tl = lmt - lce * Math.cos(phi);
        assertEquals(phi, e.pennationAngle(), 1e-15);
        assertEquals(tl, e.tendonLength(), 1e-15);
        assertEquals(tl / 0.143 - 1, e.tendonStrain(), 1e-14);
        assertEquals(lce / 0.134, e.normFiberLength(), 1e-15);
        assertEquals(fal.value(lce / 0.134), e.activeForceLengthMultiplier(), 1e-15);
        assertEquals(fpe.value(lce / 0.134), e.passiveForceLengthMultiplier(), 1e-15);
        // tendon force is F_iso·f_SE; the fibre force along the tendon equals it (the velocity is
        // chosen for that), and active = F_iso·a·f_AL·f_V
        double tendonForce = 798.52 * fse.value(tl / 0.143);
        assertEquals(tendonForce, e.tendonForce(), 1e-10);
        assertEquals(tendonForce, e.fiberForceAlongTendon(), 1e-9);
        assertEquals(798.52 * 0.4 * e.activeForceLengthMultiplier() * e.forceVelocityMultiplier(),
                e.activeFiberForce(), 1e-9);
        assertEquals(798.52 * e.passiveForceLengthMultiplier(), e.passiveFiberForce(), 1e-10);
        // fibre velocity = ṽ·v_max·l_opt with ṽ from the force-velocity inversion
        double expectedV = m.forceVelocityInverse().normFiberVelocity(0.4, e.activeForceLengthMultiplier(),
                e.tendonForceMultiplier() / Math.cos(phi) - e.passiveForceLengthMultiplier());
        assertEquals(expectedV * 10 * 0.134, e.fiberVelocity(), 1e-12);
        assertEquals(e.fiberVelocity(), m.fiberVelocity(0.4, lmt, 0.05, lce), 0.0);
        // kinematic consistency: fibre velocity along the tendon plus tendon velocity = path speed
        assertEquals(0.05, e.fiberVelocityAlongTendon() + e.tendonVelocity(), 1e-14);
        assertFalse(e.fiberStateClamped());
    }

    @Test
    void activationIsClampedToTheMinimum() {
        Thelen2003Muscle m = Arm26Muscles.biclong();
        MuscleEvaluation e = m.evaluate(0.0, 0.39, 0, 0.12);
        assertEquals(0.01, e.activation(), 0.0);
        assertEquals(0.01, m.activationDynamics().minimumActivation(), 0.0);
    }

    @Test
    void fiberAtItsMinimumLengthThatWouldShortenIsHeld() {
        Thelen2003Muscle m = Arm26Muscles.trilong();
        double lmin = m.minimumFiberLength();
        // l_MT = 0.14 < l_Ts: slack tendon, no force, so the fibre would shorten at v_max
        MuscleEvaluation e = m.evaluate(0.5, 0.14, -0.2, lmin);
        assertTrue(e.fiberStateClamped());
        assertEquals(0.0, e.fiberVelocity(), 0.0);
        assertEquals(1.0, e.forceVelocityMultiplier(), 0.0);
        assertEquals(-0.2, e.tendonVelocity(), 0.0);
        assertEquals(0.0, e.fiberForce(), 0.0);
    }

    @Test
    void staticEquilibriumBalancesForcesOverLengthsAndActivations() {
        for (Thelen2003Muscle m : new Thelen2003Muscle[] {Arm26Muscles.biclong(), Arm26Muscles.trilong()}) {
            double lopt = m.optimalFiberLength();
            double lts = m.tendonSlackLength();
            double tol = 1e-8 * m.maxIsometricForce();
            for (double a : new double[] {0.01, 0.05, 0.3, 0.7, 1.0}) {
                for (double stretch : new double[] {0.7, 0.9, 1.0, 1.1, 1.3, 1.5}) {
                    double lmt = lts + stretch * lopt;
                    FiberEquilibrium eq = m.equilibrium(a, lmt, 0.0);
                    assertFalse(eq.atLowerBound(), m.name() + " a=" + a + " stretch=" + stretch);
                    double residual = staticResidual(m, a, lmt, eq.fiberLength());
                    assertTrue(Math.abs(residual) < tol, m.name() + " residual " + residual + " N");
                    assertEquals(eq.tendonForce(), tendonForce(m, lmt, eq.fiberLength()), 1e-9);
                    // at rest the state derivative vanishes at the equilibrium
                    double v = m.evaluate(a, lmt, 0, eq.fiberLength()).normFiberVelocity();
                    assertEquals(0.0, v, 1e-6, m.name() + " a=" + a + " stretch=" + stretch);
                }
            }
        }
    }

    @Test
    void equilibriumWithPathSpeedSharesTheSpeedAndBalancesForces() {
        Thelen2003Muscle m = Arm26Muscles.trilong();
        // on the ascending limb both fibre and tendon are stiff (positive), so the fibre share of the
        // speed, k_T/(k_M + k_T)·cos φ, lies strictly between 0 and 1
        double lmt = 0.143 + 0.95 * 0.134;
        for (double vmt : new double[] {-0.2, -0.05, 0.05, 0.2}) {
            FiberEquilibrium eq = m.equilibrium(0.3, lmt, vmt);
            double ofl = 0.134;
            double vN = eq.fiberVelocity() / (10 * ofl);
            double phi = m.pennationModel().pennationAngle(eq.fiberLength());
            double lN = eq.fiberLength() / ofl;
            double fv = m.forceVelocityInverse().forceVelocityMultiplier(0.3, fal.value(lN), vN, 1e-12, 100);
            double fiber = 798.52 * (0.3 * fal.value(lN) * fv + fpe.value(lN)) * Math.cos(phi);
            // the solve's f_V was computed to a looser tolerance; 1e-6 relative is ample
            assertEquals(eq.tendonForce(), fiber, 1e-6 * 798.52, "vmt=" + vmt);
            // the fibre takes part of the path speed, with the same sign
            assertTrue(eq.fiberVelocity() * vmt > 0 && Math.abs(eq.fiberVelocity()) < Math.abs(vmt));
            // the state derivative there reproduces the velocity the solve assumed
            assertEquals(eq.fiberVelocity(), m.fiberVelocity(0.3, lmt, vmt, eq.fiberLength()), 1e-5);
        }
    }

    @Test
    void shortPathLeavesAPennateFiberAtItsLowerBound() {
        Thelen2003Muscle m = Arm26Muscles.trilong();
        // l_MT = l_Ts: the tendon is slack for any fibre length, yet the fibre always pulls
        FiberEquilibrium eq = m.equilibrium(0.5, 0.143, 0);
        assertTrue(eq.atLowerBound());
        assertEquals(m.minimumFiberLength(), eq.fiberLength(), 0.0);
        assertEquals(0.0, eq.tendonForce(), 0.0);
    }

    @Test
    void slackPathLeavesANonPennateFiberAtZeroLengthLikeOpenSim() {
        // BIClong is not pennate, so its pennation model allows l_ce down to 0. With l_MT = 0.25 m
        // below the slack length 0.2723 m the tendon carries nothing while f_AL > 0 everywhere; OpenSim
        // ends at the lower bound (its partial derivatives are 0/0 there) and reports zero force.
        Thelen2003Muscle m = Arm26Muscles.biclong();
        FiberEquilibrium eq = m.equilibrium(0.2, 0.25, 0);
        assertTrue(eq.atLowerBound());
        assertEquals(0.0, eq.fiberLength(), 0.0);
        assertEquals(0.0, eq.tendonForce(), 0.0);
    }

    @Test
    void biclongSanityCheckWithArm26Numbers() {
        // BIClong: F_iso = 624.3 N, l_opt = 0.1157 m, l_Ts = 0.2723 m, φ_opt = 0 (arm26.osim)
        Thelen2003Muscle m = Arm26Muscles.biclong();
        double lmt = 0.40;
        FiberEquilibrium active = m.equilibrium(0.5, lmt, 0);
        FiberEquilibrium passive = m.equilibrium(0.01, lmt, 0);
        double passiveAtSolution = 624.3 * fpe.value(active.fiberLength() / 0.1157);
        assertTrue(active.tendonForce() > passiveAtSolution, "above passive force " + passiveAtSolution);
        assertTrue(active.tendonForce() > passive.tendonForce(), "above the nearly passive muscle");
        assertTrue(active.tendonForce() < 624.3 * Math.cos(0), "below F_max cos φ");
        // half activation near optimal length gives roughly half of F_iso
        assertEquals(0.5 * 624.3, active.tendonForce(), 0.15 * 624.3);
    }

    @Test
    void failureNamesTheMuscle() {
        Thelen2003Muscle m = Arm26Muscles.biclong();
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> m.equilibrium(0.5, Double.NaN, 0));
        assertTrue(e.getMessage().contains("BIClong"), e.getMessage());
        NeuroMskException bad = assertThrows(NeuroMskException.class, () -> new Thelen2003Muscle(
                Arm26Muscles.parameters("BRA", 987.26, 0.0858, 0.0535, 0).withCurveShape(0.033, 0.6, 0.5, 4, 0.3, 0.9)));
        assertTrue(bad.getMessage().contains("'BRA'") && bad.getMessage().contains("Flen"), bad.getMessage());
    }

    /** F_iso(a f_AL + f_PE)cos φ − F_iso f_SE at zero fibre velocity, from the independent curves. */
    private double staticResidual(Thelen2003Muscle m, double a, double lmt, double lce) {
        double lN = lce / m.optimalFiberLength();
        double h = m.optimalFiberLength() * Math.sin(m.parameters().pennationAngleAtOptimal());
        double cos = Math.sqrt(1 - (h / lce) * (h / lce));
        return m.maxIsometricForce() * (a * fal.value(lN) + fpe.value(lN)) * cos - tendonForce(m, lmt, lce);
    }

    private double tendonForce(Thelen2003Muscle m, double lmt, double lce) {
        double h = m.optimalFiberLength() * Math.sin(m.parameters().pennationAngleAtOptimal());
        double cos = Math.sqrt(1 - (h / lce) * (h / lce));
        return m.maxIsometricForce() * fse.value((lmt - lce * cos) / m.tendonSlackLength());
    }
}

package org.neuromsk.engine.muscle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.muscle.Millard2012EquilibriumMuscle.Configuration;
import org.neuromsk.engine.muscle.curve.ActiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.FiberForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ForceVelocityParameters;
import org.neuromsk.engine.muscle.curve.TendonForceLengthCurve;
import org.neuromsk.error.NeuroMskException;

class Millard2012EquilibriumMuscleTest {

    /** A soleus-like muscle with a long compliant tendon and OpenSim's default curves. */
    private static Millard2012EquilibriumMuscle.Parameters soleus() {
        return Millard2012EquilibriumMuscle.Parameters.defaults("soleus_r", 3549, 0.05, 0.25, 0.4363);
    }

    /** glmax1_r of Rajagopal2016.osim (read by hand): rigid tendon, custom active force–length. */
    private static Millard2012EquilibriumMuscle.Parameters glmax1() {
        return Millard2012EquilibriumMuscle.Parameters.defaults("glmax1_r", 983.78360655737799, 0.147,
                0.048840888946285299, 0.35401178)
                .withIgnoreTendonCompliance(true)
                .withCurves(new ActiveForceLengthCurve.Parameters(0.25, 0.77, 1.9, 0.75, 0),
                        ForceVelocityParameters.defaults(), FiberForceLengthCurve.Parameters.fitted(0, 0.7),
                        TendonForceLengthCurve.Parameters.defaults());
    }

    @Test
    void configurationAdjustsCurvesLikeOpenSim() {
        Millard2012EquilibriumMuscle damped = new Millard2012EquilibriumMuscle(soleus());
        assertEquals(Configuration.DAMPED_COMPLIANT, damped.configuration());
        assertEquals(0.1, damped.fiberDamping(), 0.0);
        // damped: active force-length minimum forced to 0, force-velocity end slopes to 0
        assertEquals(0.0, damped.activeForceLengthCurve().parameters().minimumValue(), 0.0);
        assertEquals(0.0, damped.activeForceLengthCurve().value(0.3), 0.0);
        assertEquals(0.0, damped.forceVelocityCurve().parameters().concentricSlopeAtVmax(), 0.0);
        // the inverse curve always has end slopes of half the near slopes: 0.125 and 0.075
        assertEquals(0.125, damped.forceVelocityInverseCurve().parameters().concentricSlopeAtVmax(), 0.0);
        assertEquals(0.075, damped.forceVelocityInverseCurve().parameters().eccentricSlopeAtVmax(), 0.0);
        assertTrue(damped.hasFiberLengthState());

        Millard2012EquilibriumMuscle undamped = new Millard2012EquilibriumMuscle(soleus().withFiberDamping(0.0009));
        assertEquals(Configuration.UNDAMPED_COMPLIANT, undamped.configuration());
        assertEquals(0.0, undamped.fiberDamping(), 0.0);
        // undamped: minimum raised to 0.1, end slopes raised to half the near slopes
        assertEquals(0.1, undamped.activeForceLengthCurve().value(0.3), 0.0);
        assertEquals(0.125, undamped.forceVelocityCurve().parameters().concentricSlopeAtVmax(), 0.0);
        assertEquals(0.075, undamped.forceVelocityCurve().parameters().eccentricSlopeAtVmax(), 0.0);

        Millard2012EquilibriumMuscle rigid = new Millard2012EquilibriumMuscle(glmax1());
        assertEquals(Configuration.RIGID_TENDON, rigid.configuration());
        assertFalse(rigid.hasFiberLengthState());
    }

    @Test
    void minimumFiberLengthIsTheLargestOfTheLimits() {
        // soleus: 0.4441·0.05 = 0.022205 vs 0.05·sin(0.4363)/sin(acos 0.1) = 0.021203
        Millard2012EquilibriumMuscle soleus = new Millard2012EquilibriumMuscle(soleus());
        assertEquals((0.47 - 0.0259) * 0.05, soleus.minimumFiberLength(), 1e-17);
        // glmax1: 0.25·0.147 = 0.03675 vs 0.147·sin(0.35401178)/sqrt(0.99) = 0.05123
        Millard2012EquilibriumMuscle glmax = new Millard2012EquilibriumMuscle(glmax1());
        assertEquals(0.147 * Math.sin(0.35401178) / Math.sqrt(0.99), glmax.minimumFiberLength(), 1e-16);
    }

    @Test
    void dampedEvaluationSatisfiesTheDampedForceBalance() {
        Millard2012EquilibriumMuscle m = new Millard2012EquilibriumMuscle(soleus());
        double fiso = 3549;
        for (double lce : new double[] {0.035, 0.05, 0.062}) {
            for (double lmt : new double[] {0.28, 0.3, 0.31}) {
                MuscleEvaluation e = m.evaluate(0.4, lmt, 0.1, lce);
                double v = e.normFiberVelocity();
                double fv = m.forceVelocityCurve().value(v);
                double fiber = fiso * (0.4 * e.activeForceLengthMultiplier() * fv + e.passiveForceLengthMultiplier()
                        + 0.1 * v) * Math.cos(e.pennationAngle());
                double tendon = fiso * m.tendonForceLengthCurve().value(e.normTendonLength());
                assertEquals(tendon, fiber, 1e-10 * fiso, "lce=" + lce + " lmt=" + lmt);
                assertEquals(tendon, e.tendonForce(), 1e-9);
                assertEquals(fiso * 0.1 * v, e.fiberDampingForce(), 1e-9);
                assertEquals(fiso * e.passiveForceLengthMultiplier(), e.passiveElasticFiberForce(), 1e-9);
                assertEquals(v * 10 * 0.05, e.fiberVelocity(), 1e-15 * Math.max(1, Math.abs(v)));
            }
        }
    }

    @Test
    void undampedEvaluationUsesTheInverseForceVelocityCurve() {
        Millard2012EquilibriumMuscle m = new Millard2012EquilibriumMuscle(soleus().withFiberDamping(0));
        MuscleEvaluation e = m.evaluate(0.6, 0.3, 0, 0.05);
        double cos = Math.cos(e.pennationAngle());
        double fv = (e.tendonForceMultiplier() / cos - e.passiveForceLengthMultiplier())
                / (0.6 * e.activeForceLengthMultiplier());
        assertEquals(fv, e.forceVelocityMultiplier(), 1e-15);
        assertEquals(m.forceVelocityInverseCurve().value(fv), e.normFiberVelocity(), 1e-15);
        assertEquals(e.tendonForce(), e.fiberForceAlongTendon(), 1e-8);
        assertEquals(0.0, e.fiberDampingForce(), 0.0);
    }

    @Test
    void rigidTendonFiberLengthAndForcesByHand() {
        Millard2012EquilibriumMuscle m = new Millard2012EquilibriumMuscle(glmax1());
        double lts = 0.048840888946285299;
        double h = 0.147 * Math.sin(0.35401178);
        double lmt = lts + 0.13;
        // l_ce = sqrt(h² + (l_MT − l_Ts)²)
        double lce = Math.sqrt(h * h + 0.13 * 0.13);
        assertEquals(lce, m.rigidTendonFiberLength(lmt), 1e-15);
        double vmt = -0.3;
        MuscleEvaluation e = m.evaluate(0.5, lmt, vmt, Double.NaN);
        double cos = 0.13 / lce;
        assertEquals(lce, e.fiberLength(), 1e-15);
        assertEquals(lts, e.tendonLength(), 1e-15);
        // l̇_ce = l̇_MT·cos φ, ṽ = l̇_ce/(10·0.147)
        assertEquals(vmt * cos, e.fiberVelocity(), 1e-15);
        double v = vmt * cos / 1.47;
        double fv = m.forceVelocityCurve().value(v);
        double fiber = 983.78360655737799 * (0.5 * e.activeForceLengthMultiplier() * fv
                + e.passiveForceLengthMultiplier() + 0.1 * v);
        assertEquals(fiber, e.fiberForce(), 1e-9);
        assertEquals(fiber * cos, e.tendonForce(), 1e-9);

        FiberEquilibrium eq = m.equilibrium(0.5, lmt, vmt);
        assertEquals(lce, eq.fiberLength(), 1e-15);
        assertEquals(e.tendonForce(), eq.tendonForce(), 0.0);
    }

    @Test
    void rigidTendonSlackAndCompressionCases() {
        Millard2012EquilibriumMuscle m = new Millard2012EquilibriumMuscle(glmax1());
        double lts = 0.048840888946285299;
        // shorter than tendon plus minimum fibre along the tendon: fibre at its minimum, tendon slack
        MuscleEvaluation slack = m.evaluate(0.5, lts + 0.001, 0.2, Double.NaN);
        assertEquals(m.minimumFiberLength(), slack.fiberLength(), 0.0);
        assertEquals(0.0, slack.fiberVelocity(), 0.0);
        assertEquals(1.0, slack.forceVelocityMultiplier(), 0.0);
        // fast shortening: f_V = 0 and damping −0.1·2 make the fibre push; the force is saturated at 0
        double lce = 0.147;
        double lmt = lts + Math.sqrt(lce * lce - Math.pow(0.147 * Math.sin(0.35401178), 2));
        double cos = (lmt - lts) / lce;
        MuscleEvaluation fast = m.evaluate(0.2, lmt, -2 * 1.47 / cos, Double.NaN);
        assertEquals(-2.0, fast.normFiberVelocity(), 1e-12);
        assertEquals(0.0, fast.fiberForce(), 0.0);
        assertEquals(0.0, fast.tendonForce(), 0.0);
        assertEquals(-fast.activeFiberForce() - fast.passiveElasticFiberForce(), fast.fiberDampingForce(), 1e-12);
    }

    @Test
    void staticEquilibriumBalancesForcesForBothCompliantVariants() {
        for (double beta : new double[] {0.1, 0.0}) {
            Millard2012EquilibriumMuscle m = new Millard2012EquilibriumMuscle(soleus().withFiberDamping(beta));
            double fiso = m.maxIsometricForce();
            double tol = 1e-8 * fiso;
            for (double a : new double[] {0.01, 0.1, 0.5, 1.0}) {
                for (double lmt : new double[] {0.27, 0.285, 0.3, 0.31, 0.32}) {
                    FiberEquilibrium eq = m.equilibrium(a, lmt, 0.0);
                    assertFalse(eq.atLowerBound(), "beta=" + beta + " a=" + a + " lmt=" + lmt);
                    assertEquals(0.0, eq.fiberVelocity(), 0.0);
                    double lN = eq.fiberLength() / 0.05;
                    double h = 0.05 * Math.sin(0.4363);
                    double cos = Math.sqrt(1 - Math.pow(h / eq.fiberLength(), 2));
                    double tendon = fiso * m.tendonForceLengthCurve().value((lmt - eq.fiberLength() * cos) / 0.25);
                    double fiber = fiso * (a * m.activeForceLengthCurve().value(lN)
                            + m.fiberForceLengthCurve().value(lN)) * cos;
                    assertTrue(Math.abs(fiber - tendon) < tol, "residual " + (fiber - tendon) + " N");
                    assertEquals(tendon, eq.tendonForce(), 1e-8);
                    // the state derivative vanishes at the static equilibrium
                    assertEquals(0.0, m.evaluate(a, lmt, 0, eq.fiberLength()).normFiberVelocity(), 1e-6);
                }
            }
        }
    }

    @Test
    void initialEquilibriumIgnoresThePathSpeedButTheVelocitySolveUsesIt() {
        Millard2012EquilibriumMuscle m = new Millard2012EquilibriumMuscle(soleus());
        FiberEquilibrium still = m.equilibrium(0.3, 0.29, 0.0);
        assertEquals(still, m.equilibrium(0.3, 0.29, 0.15));
        FiberEquilibrium moving = m.equilibrium(0.3, 0.29, 0.15, true);
        assertTrue(moving.fiberVelocity() > 0 && moving.fiberVelocity() < 0.15);
        double v = moving.fiberVelocity() / (10 * 0.05);
        double lN = moving.fiberLength() / 0.05;
        double cos = Math.cos(m.pennationModel().pennationAngle(moving.fiberLength()));
        double fiber = 3549 * (0.3 * m.activeForceLengthCurve().value(lN) * m.forceVelocityCurve().value(v)
                + m.fiberForceLengthCurve().value(lN) + 0.1 * v) * cos;
        assertEquals(moving.tendonForce(), fiber, 1e-6 * 3549);
        assertTrue(moving.fiberLength() != still.fiberLength());
    }

    @Test
    void failuresNameTheMuscle() {
        Millard2012EquilibriumMuscle m = new Millard2012EquilibriumMuscle(soleus());
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> m.equilibrium(0.5, Double.NaN, 0));
        assertTrue(e.getMessage().contains("soleus_r"), e.getMessage());
        NeuroMskException v = assertThrows(NeuroMskException.class, () -> m.evaluate(0.5, Double.NaN, 0, 0.05));
        assertTrue(v.getMessage().contains("soleus_r"), v.getMessage());
        Millard2012EquilibriumMuscle.Parameters p = soleus().withFiberDamping(0);
        Millard2012EquilibriumMuscle.Parameters lowActivation = new Millard2012EquilibriumMuscle.Parameters(
                p.name(), p.maxIsometricForce(), p.optimalFiberLength(), p.tendonSlackLength(),
                p.pennationAngleAtOptimal(), p.maxContractionVelocity(), p.maximumPennationAngle(),
                p.activationTimeConstant(), p.deactivationTimeConstant(), 0.005, 0, false, false,
                p.activeForceLength(), p.forceVelocity(), p.fiberForceLength(), p.tendonForceLength());
        NeuroMskException c = assertThrows(NeuroMskException.class, () -> new Millard2012EquilibriumMuscle(lowActivation));
        assertTrue(c.getMessage().contains("'soleus_r'") && c.getMessage().contains("minimum_activation"));
    }
}

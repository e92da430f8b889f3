package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.simulation.Fixtures.G;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/** Forward simulation of models with CoordinateCouplerConstraints, against closed forms. */
class CoordinateCouplerForwardTest {

    /**
     * coupled_sliders.osim: blocks a (m1 = 2 kg) on q1 and b (m2 = 3 kg) on q2, both sliding along x,
     * with q2 = k·q1 + 0.1, k = 0.5; forces F1 = 10 N on q1 and F2 = 4 N on q2 (controls 1).
     * Kinetic energy ½·(m1 + k²·m2)·q̇1², virtual work (F1 + k·F2)·δq1, so q̈1 = (F1 + k·F2)/(m1 + k²·m2)
     * = 12/2.75 m/s², constant: q1(t) = v0·t + ½·q̈1·t² from q1 = 0, v0 = 0.3 m/s. A fifth-order
     * integrator is exact on a quadratic, so only round-off remains (allowed 1e-11 m). The dependent
     * block stays on q2 = 0.5·q1 + 0.1, u2 = 0.5·u1 to round-off, starting from a default q2 = 0 that
     * is off the constraint (the run assembles it).
     */
    @Test
    void linearCouplerMovesLikeTheEquivalentSingleDegreeOfFreedom() {
        ForwardModel model = Fixtures.model("coupled_sliders.osim");
        assertTrue(model.isDependent(1) && !model.isDependent(0));
        double[] y0 = model.defaultState();
        y0[2] = 0.3;
        ForwardSimulation.Result r = Fixtures.run(model, Fixtures.constant(List.of("push1", "push2"), 1, 1), y0, 1.0,
                1e-9);
        Storage s = r.states();
        double[] q1 = s.column("/jointset/sa/q1/value");
        double[] u1 = s.column("/jointset/sa/q1/speed");
        double[] q2 = s.column("/jointset/sb/q2/value");
        double[] u2 = s.column("/jointset/sb/q2/speed");
        double acceleration = 12 / 2.75;
        for (int row = 0; row < s.rowCount(); row++) {
            double t = s.time(row);
            assertEquals(0.3 * t + 0.5 * acceleration * t * t, q1[row], 1e-11, "q1 at t = " + t);
            assertEquals(0.3 + acceleration * t, u1[row], 1e-11, "u1 at t = " + t);
            assertEquals(0.5 * q1[row] + 0.1, q2[row], 1e-15, "q2 on its coupler at t = " + t);
            assertEquals(0.5 * u1[row], u2[row], 1e-15, "u2 on its coupler at t = " + t);
        }
        assertEquals(1.0, s.endTime());
        assertEquals(0.3 + 0.5 * acceleration, q1[q1.length - 1], 1e-11);
    }

    /**
     * pendulum_cam.osim: a pendulum (m = 1 kg, COM l = 0.5 m below the pin, I_com = 0.02 kg·m², so
     * I_pin = 0.02 + 1·0.5² = 0.27 kg·m²) drives a block (M = 2 kg) on a horizontal slider through
     * x = s·(0.8·q² − 0.1·q), s = 1.5. No actuators, ideal constraint: the energy
     * E = ½·I_pin·q̇² + ½·M·(s·(1.6·q − 0.1)·q̇)² + m·g·l·(1 − cos q) is conserved. Dropping the
     * coupler's J̇·v term or its force on q would change E by percent within a swing; the integrator at
     * 1e-10 keeps the drift under 1e-7 of E. The cam's inertia also slows the swing: the pendulum
     * must still pass through q = 0 (sign change) within 2 s.
     */
    @Test
    void passiveCamCoupledPendulumConservesEnergyAndStaysOnTheCam() {
        ForwardModel model = Fixtures.model("pendulum_cam.osim");
        double[] y0 = model.defaultState();
        y0[0] = 0.6;
        ForwardSimulation.Result r = Fixtures.run(model, Fixtures.constant(List.of()), y0, 2.0, 1e-10);
        Storage s = r.states();
        double[] q = s.column("/jointset/pin/q/value");
        double[] u = s.column("/jointset/pin/q/speed");
        double[] x = s.column("/jointset/slide/x/value");
        double[] xDot = s.column("/jointset/slide/x/speed");
        double e0 = energy(q[0], u[0]);
        assertEquals(9.80665 * 0.5 * (1 - Math.cos(0.6)), e0, 1e-15);
        double worst = 0;
        boolean crossed = false;
        for (int row = 0; row < s.rowCount(); row++) {
            worst = Math.max(worst, Math.abs(energy(q[row], u[row]) - e0));
            crossed |= q[row] < 0;
            assertEquals(1.5 * (0.8 * q[row] * q[row] - 0.1 * q[row]), x[row], 1e-15);
            assertEquals(1.5 * (1.6 * q[row] - 0.1) * u[row], xDot[row], 1e-14);
        }
        System.out.printf("cam pendulum: relative energy drift %.3g over %d rows%n", worst / e0, s.rowCount());
        assertTrue(crossed, "the pendulum should swing through q = 0");
        assertTrue(worst < 1e-7 * e0, "energy drift " + worst + " J of " + e0 + " J");
    }

    private static double energy(double q, double u) {
        double camRate = 1.5 * (1.6 * q - 0.1) * u;
        return 0.5 * 0.27 * u * u + 0.5 * 2 * camRate * camRate + 1 * G * 0.5 * (1 - Math.cos(q));
    }

    @Test
    void aLockedDependentCoordinateIsRefused() {
        String osim = Fixtures.resourceText("coupled_sliders.osim").replace("<Coordinate name=\"q2\"></Coordinate>",
                "<Coordinate name=\"q2\"><locked>true</locked></Coordinate>");
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Fixtures.model(Fixtures.parse(osim)));
        assertTrue(e.getMessage().contains("'q2'") && e.getMessage().contains("locked"), e.getMessage());
    }

    @Test
    void chainedCouplersAreRefused() {
        String osim = Fixtures.resourceText("coupled_sliders.osim").replace("</CoordinateCouplerConstraint>", """
                </CoordinateCouplerConstraint>
                <CoordinateCouplerConstraint name="q1_follows_q2"><isEnforced>true</isEnforced>
                <coupled_coordinates_function><LinearFunction><coefficients>2 0</coefficients></LinearFunction>
                </coupled_coordinates_function><independent_coordinate_names>q2</independent_coordinate_names>
                <dependent_coordinate_name>q1</dependent_coordinate_name><scale_factor>1</scale_factor>
                </CoordinateCouplerConstraint>""");
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Fixtures.model(Fixtures.parse(osim)));
        assertTrue(e.getMessage().contains("chained couplers"), e.getMessage());
    }
}

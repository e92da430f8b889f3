package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.simulation.Fixtures.G;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.storage.Storage;

/**
 * The pendulum of pendulum.osim (pin about z, m = 2 kg, COM l = 0.6 m below the pin, I_c = 0.05
 * kg·m², CoordinateActuator "tau" with optimal force 10 N·m) against closed forms. Its equation of
 * motion about the fixed pin is I_p·q̈ = −m·g·l·sin q + 10·c with I_p = I_c + m·l² = 0.77 kg·m².
 */
class PendulumForwardTest {

    private static final double M = 2.0;
    private static final double L = 0.6;
    private static final double IP = 0.05 + M * L * L;
    private static final String Q = "/jointset/pin/q/value";
    private static final String U = "/jointset/pin/q/speed";

    /**
     * Small swings, q(0) = 0.01 rad, u(0) = 0: q(t) = q0·cos(ω·t), ω² = m·g·l/I_p. The sine's
     * nonlinearity lengthens the period by a factor 1 + q0²/16, a phase lag of ω·t·q0²/16 ≤ 8e-5
     * rad after 2 s, i.e. at most 8e-7 rad of q; the integrator at accuracy 1e-9 adds far less.
     * Allowed: 1e-6 rad over every recorded step.
     */
    @Test
    void smallSwingsFollowTheLinearisedSolution() {
        ForwardModel model = Fixtures.model("pendulum.osim");
        double q0 = 0.01;
        double omega = Math.sqrt(M * G * L / IP);
        double[] y0 = model.defaultState();
        y0[0] = q0;
        Storage states = Fixtures.run(model, Fixtures.constant(List.of()), y0, 2.0, 1e-9).states();
        double worst = 0;
        double[] q = states.column(Q);
        for (int r = 0; r < states.rowCount(); r++) {
            worst = Math.max(worst, Math.abs(q[r] - q0 * Math.cos(omega * states.time(r))));
        }
        System.out.printf("pendulum small swings: %d rows, max |q - q0 cos(wt)| = %.3g rad%n", states.rowCount(), worst);
        assertTrue(worst < 1e-6, "max error " + worst);
        assertEquals(2.0, states.endTime(), "the last row is at the final time");
        assertEquals(0.0, states.time(0));
    }

    /**
     * Large swings from q = 1 rad conserve E = ½·I_p·u² − m·g·l·cos q. With accuracy 1e-7 each step's
     * local error is about 1e-7 of the state; over the ~200 steps of 3 s the drift must stay below
     * 1e-5 of m·g·l (≈ 1.2e-4 J).
     */
    @Test
    void largeSwingsConserveEnergy() {
        ForwardModel model = Fixtures.model("pendulum.osim");
        double[] y0 = model.defaultState();
        y0[0] = 1.0;
        Storage states = Fixtures.run(model, Fixtures.constant(List.of()), y0, 3.0, 1e-7).states();
        double[] q = states.column(Q);
        double[] u = states.column(U);
        double e0 = -M * G * L * Math.cos(1.0);
        double drift = 0;
        double lowest = 1;
        for (int r = 0; r < states.rowCount(); r++) {
            double e = 0.5 * IP * u[r] * u[r] - M * G * L * Math.cos(q[r]);
            drift = Math.max(drift, Math.abs(e - e0));
            lowest = Math.min(lowest, q[r]);
        }
        System.out.printf("pendulum energy: %d rows, max |E - E0| = %.3g J (m g l = %.4g J)%n", states.rowCount(),
                drift, M * G * L);
        assertTrue(drift < 1e-5 * M * G * L, "energy drift " + drift);
        assertTrue(lowest < -0.99, "it swings through to the other side, lowest q " + lowest);
    }

    /**
     * A constant control c = 0.5 gives τ = 5 N·m; the pendulum starting at rest at
     * q* = asin(5/(m·g·l)) is in equilibrium and stays there. A wrong sign or scale of the actuator
     * would start it swinging by about 2·q* (0.88 rad).
     */
    @Test
    void coordinateActuatorHoldsTheStaticEquilibrium() {
        ForwardModel model = Fixtures.model("pendulum.osim");
        double qStar = Math.asin(5.0 / (M * G * L));
        double[] y0 = model.defaultState();
        y0[0] = qStar;
        ForwardSimulation.Result r = Fixtures.run(model, Fixtures.constant(List.of("tau"), 0.5), y0, 1.0, 1e-8);
        double[] q = r.states().column(Q);
        double worst = 0;
        for (double v : q) {
            worst = Math.max(worst, Math.abs(v - qStar));
        }
        assertTrue(worst < 1e-9, "drift from q* " + worst);
        assertEquals(List.of("tau"), r.controls().labels());
        assertEquals(0.5, r.controls().value(r.controls().rowCount() - 1, 0), "controls are recorded per row");
    }
}

package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.simulation.Fixtures.G;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.storage.Storage;

/**
 * double_pendulum_locked.osim: link 1 is locked at q1 = 0.3 rad (and driven by a 100 N·m motor that
 * the lock must absorb); link 2 (m2 = 0.8 kg, COM c2 = 0.25 m from its pin, I2 = 0.01 kg·m²) swings
 * from q2 = −0.29 rad. Its absolute angle is q1 + q2, so it hangs straight down at q2 = −0.3 and,
 * with its pin held fixed, is a simple pendulum: q2(t) = −0.3 + 0.01·cos(ω·t) with
 * ω² = m2·g·c2/(I2 + m2·c2²). The nonlinearity's phase lag ω·t·A²/16 after 2 s is 7e-5 rad of phase,
 * 7e-7 rad of q2; allowed 2e-6 rad.
 */
class LockedCoordinateTest {

    @Test
    void lockedCoordinateStaysPutAndTheRestMovesAsIfItsPinWereFixed() {
        ForwardModel model = Fixtures.model("double_pendulum_locked.osim");
        assertTrue(model.isLocked(0) && !model.isLocked(1));
        double[] y0 = model.defaultState();
        ForwardSimulation.Result r = Fixtures.run(model, Fixtures.constant(List.of("shoulder_motor"), 1.0), y0, 2.0,
                1e-9);
        Storage s = r.states();
        double[] q1 = s.column("/jointset/shoulder/q1/value");
        double[] u1 = s.column("/jointset/shoulder/q1/speed");
        double[] q2 = s.column("/jointset/elbow/q2/value");
        double omega = Math.sqrt(0.8 * G * 0.25 / (0.01 + 0.8 * 0.25 * 0.25));
        double worst = 0;
        for (int row = 0; row < s.rowCount(); row++) {
            assertEquals(0.3, q1[row], "locked value, exactly");
            assertEquals(0.0, u1[row], "locked speed, exactly");
            worst = Math.max(worst, Math.abs(q2[row] - (-0.3 + 0.01 * Math.cos(omega * s.time(row)))));
        }
        System.out.printf("locked shoulder: max |q2 - closed form| = %.3g rad over %d rows%n", worst, s.rowCount());
        assertTrue(worst < 2e-6, "q2 error " + worst);
    }

    @Test
    void aSpeedGivenForALockedCoordinateIsIgnored() {
        ForwardModel model = Fixtures.model("double_pendulum_locked.osim");
        Storage table = Storage.of("states", false, List.of("q1", "q1_u", "q2"), new double[] {0},
                new double[][] {{0.3}, {5.0}, {-0.3}});
        ForwardSimulation.Result r = Fixtures.run(model, Fixtures.constant(List.of()), Optional.of(table), 0, 0.5,
                false, w -> { });
        double[] u1 = r.states().column("/jointset/shoulder/q1/speed");
        double[] q1 = r.states().column("/jointset/shoulder/q1/value");
        for (int row = 0; row < u1.length; row++) {
            assertEquals(0.0, u1[row]);
            assertEquals(0.3, q1[row]);
        }
    }
}

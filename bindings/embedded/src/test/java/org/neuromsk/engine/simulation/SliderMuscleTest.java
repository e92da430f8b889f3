package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.xml.OsimDocument;

/**
 * slider_muscle.osim: a 2 kg block on a slider along x, with a Thelen2003Muscle "mus" and a
 * PathActuator "cable" (optimal force 50 N) both running from the ground origin to the block's
 * origin, so each path's length is x and its lengthening speed is ẋ.
 */
class SliderMuscleTest {

    private static final String X = "/jointset/rail/x/value";

    /**
     * With the muscle disabled, a control of 0.4 on the cable gives a tension of 20 N pulling the
     * block towards the origin: ẍ = −10 m/s², x(t) = 0.31 − 5·t². The solution is a quadratic,
     * which a 5th-order Runge–Kutta step integrates exactly up to round-off.
     */
    @Test
    void pathActuatorPullsAlongItsPath() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = Fixtures.document("slider_muscle.osim");
        doc.root().findForce("mus").orElseThrow().setAppliesForceFlag(false);
        ForwardModel model = Fixtures.model(doc);
        assertEquals(List.of("mus", "cable"), model.actuatorNames());
        assertEquals(List.of(X, "/jointset/rail/x/speed", "/forceset/mus/activation", "/forceset/mus/fiber_length"),
                model.stateNames(), "a disabled muscle keeps its states");
        ForwardSimulation.Result r = Fixtures.run(model, Fixtures.constant(List.of("cable"), 0.4),
                model.defaultState(), 0.1, 1e-6);
        Storage s = r.states();
        for (int row = 0; row < s.rowCount(); row++) {
            double t = s.time(row);
            assertEquals(0.31 - 5 * t * t, s.value(row, 0), 1e-12);
            assertEquals(0.2, s.value(row, 2), "frozen activation of the disabled muscle");
        }
    }

    /**
     * The initial fibre length is the muscle's own equilibrium at the path's length x = 0.31 m and
     * speed 0 (the equilibrium solve is the muscle package's, checked there); after equilibration
     * the fibre's velocity at the start is the block's speed share, here 0.
     */
    @Test
    void fibresAreEquilibratedAtTheStart() {
        ForwardModel model = Fixtures.model("slider_muscle.osim");
        Muscle mus = model.pathUnits().get(0).muscle();
        double expected = mus.equilibrium(0.2, 0.31, 0).fiberLength();
        ForwardSimulation.Result r = Fixtures.run(model, Fixtures.constant(List.of("mus"), 0.2), Optional.empty(), 0,
                0.05, true, w -> { });
        assertEquals(expected, r.states().column("/forceset/mus/fiber_length")[0]);
        assertTrue(Math.abs(expected - 0.1) > 1e-3, "the default fibre length (l_opt) was replaced");
    }

    /**
     * With the block locked (x = 0.31 m) only the fibre moves: started at 0.12 m, far from its
     * equilibrium near 0.108 m, with excitation 0.01 its dynamics are stiff, and at accuracy 1e-3 the
     * integrator's long trial steps reach fibre states that cannot be evaluated, so integration
     * restarts with shorter steps. The result must still agree with a run at accuracy 1e-10 (steps
     * down to 1e-14 s) to about the requested accuracy: 1e-3 of a 0.1 m fibre, 1e-4 m.
     */
    @Test
    void integrationRestartsAfterTrialStatesThatCannotBeEvaluated() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = Fixtures.document("slider_muscle.osim");
        doc.root().coordinates().get(0).setLocked(true);
        ForwardModel model = Fixtures.model(doc);
        double[] y0 = model.defaultState();
        y0[3] = 0.12;
        ControlSignals low = Fixtures.constant(List.of("mus"), 0.01);
        ForwardSimulation.Result r = Fixtures.run(model, low, y0, 0.2, 1e-3);
        ForwardSimulation.Result fine = Fixtures.run(model, low, y0, 0.2,
                new ForwardSimulation.Settings(1e-10, 1e-14, 1.0, 1_000_000));
        assertTrue(r.restarts() > 0, "this start is meant to exercise the restarts");
        double ours = r.states().value(r.states().rowCount() - 1, 3);
        double reference = fine.states().value(fine.states().rowCount() - 1, 3);
        System.out.printf("slider restart case: %d restarts; fibre %.9f m vs %.9f m at accuracy 1e-10%n",
                r.restarts(), ours, reference);
        assertEquals(reference, ours, 1e-4);
        assertTrue(Math.abs(reference - 0.12) > 0.005, "the fibre did move towards equilibrium");
    }

    @Test
    void aMuscleThatCannotReachEquilibriumIsNamedWithTheTime() {
        ForwardModel model = Fixtures.model("slider_muscle.osim");
        // x = 1 m stretches l_opt = 0.1 m and l_Ts = 0.2 m far beyond any force balance.
        Storage table = Storage.of("states", false, List.of("x"), new double[] {0, 0.5}, new double[][] {{0.3, 1.0}});
        List<String> warnings = new ArrayList<>();
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Fixtures.run(model,
                Fixtures.constant(List.of("mus"), 0.2), Optional.of(table), 0.7, 1.0, true, warnings::add));
        assertTrue(e.getMessage().contains("'mus'") && e.getMessage().contains("t = 0.5 s"), e.getMessage());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("starting at 0.5 s")), warnings.toString());
    }

    @Test
    void unsupportedForcesAndConstraintsAreRefusedByName() {
        String withSpring = Fixtures.resourceText("pendulum.osim").replace("</objects>\n\t\t\t<groups />\n\t\t</ForceSet>",
                "\t<SpringGeneralizedForce name=\"spring\"><coordinate>q</coordinate><stiffness>5</stiffness>"
                        + "</SpringGeneralizedForce>\n\t\t\t</objects>\n\t\t\t<groups />\n\t\t</ForceSet>");
        NeuroMskException spring = assertThrows(NeuroMskException.class, () -> Fixtures.model(Fixtures.parse(withSpring)));
        assertTrue(spring.getMessage().contains("spring (SpringGeneralizedForce)"), spring.getMessage());
        // Coordinate couplers are simulated (CoordinateCouplerForwardTest); other constraints are refused.
        String welded = Fixtures.resourceText("double_pendulum_locked.osim").replace("<ForceSet", """
                <ConstraintSet name="constraintset"><objects>
                <WeldConstraint name="weld"><isEnforced>true</isEnforced>
                <socket_frame1>/ground</socket_frame1><socket_frame2>/ground</socket_frame2>
                </WeldConstraint></objects><groups /></ConstraintSet>
                <ForceSet""");
        NeuroMskException weld = assertThrows(NeuroMskException.class, () -> Fixtures.model(Fixtures.parse(welded)));
        assertTrue(weld.getMessage().contains("weld (WeldConstraint)")
                && weld.getMessage().contains("not support"), weld.getMessage());
    }
}

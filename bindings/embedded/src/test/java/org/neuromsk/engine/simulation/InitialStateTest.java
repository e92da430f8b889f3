package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/** Initial states from a states table, with OpenSim's row choice and column matching. */
class InitialStateTest {

    private static final List<String> STATES = List.of("/jointset/rail/x/value", "/jointset/rail/x/speed",
            "/forceset/mus/activation", "/forceset/mus/fiber_length");

    @Test
    void columnsMatchOpenSim4ShortenedAndOpenSim3Names() {
        for (List<String> labels : List.of(STATES, List.of("rail/x/value", "x/speed", "mus/activation", "fiber_length"),
                List.of("x", "x_u", "mus.activation", "mus.fiber_length"))) {
            for (int k = 0; k < STATES.size(); k++) {
                assertEquals(k, StateColumns.find(labels, STATES.get(k)), labels + " for " + STATES.get(k));
            }
        }
        assertEquals(-1, StateColumns.find(List.of("y", "x_speed"), STATES.get(1)));
    }

    @Test
    void theRowAtTheLastTimeNotAfterTheStartIsUsedAndTheStartMovesToIt() {
        ForwardModel model = Fixtures.model("slider_muscle.osim");
        Storage table = Storage.of("s", false, List.of("mus.fiber_length", "x", "x_u"), new double[] {0, 0.1, 0.2},
                new double[][] {{0.09, 0.091, 0.092}, {0.30, 0.31, 0.32}, {0.0, 0.5, 1.0}});
        List<String> warnings = new ArrayList<>();
        InitialState s = InitialState.fromTable(model, table, 0.15, warnings::add);
        assertEquals(0.1, s.time());
        // x, x_u, activation (absent: default_activation 0.2), fibre length
        assertArrayEquals(new double[] {0.31, 0.5, 0.2, 0.091}, s.state());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("starting at 0.1 s") && w.contains("0.15 s")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("/forceset/mus/activation")), warnings.toString());
    }

    @Test
    void aStartBeforeTheTableStartsAtItsFirstRow() {
        ForwardModel model = Fixtures.model("slider_muscle.osim");
        Storage table = Storage.of("s", false, List.of("x"), new double[] {1, 2}, new double[][] {{0.4, 0.5}});
        List<String> warnings = new ArrayList<>();
        InitialState s = InitialState.fromTable(model, table, 0, warnings::add);
        assertEquals(1.0, s.time());
        assertEquals(0.4, s.state()[0]);
        assertTrue(warnings.get(0).contains("precedes"), warnings.toString());
    }

    @Test
    void tablesInDegreesAreRefusedAsOpenSimDoes() {
        ForwardModel model = Fixtures.model("pendulum.osim");
        Storage degrees = Storage.of("s", true, List.of("q"), new double[] {0}, new double[][] {{10}});
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> InitialState.fromTable(model, degrees, 0, w -> { }));
        assertTrue(e.getMessage().contains("degrees"), e.getMessage());
    }
}

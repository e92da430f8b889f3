package org.neuromsk.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.xml.OpenSimXml;

/** The heaviest load the bundled elbow model could hold, from its own muscles and geometry. */
class LoadLimitTest {

    private static final LoadLimit LIMIT = LoadLimit.of(OpenSimXml.readModel(bundledModel()), "elbow.osim");

    private static Path bundledModel() {
        try {
            return Path.of(VirtualSubjects.class.getResource(VirtualSubjects.BUNDLED_MODEL).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLoadsLeverIsTheElbowToGripDistance() {
        // elbow.osim: the wrist is 0.2689 m below the elbow in the forearm and the grip (the load body)
        // 0.068098 m below the wrist in the hand, so L = 0.336998 m; g = 9.80665 m/s² (the model's gravity).
        // The 1° grid over 0–130° contains 90°, where the forearm is horizontal and the lever is all of L.
        assertEquals(9.80665, LIMIT.gravity(), 1e-12);
        assertEquals(0.336998, LIMIT.lever(), 1e-9);
    }

    @Test
    void theDefaultLoadsAreWellWithinAndAbsurdOnesAreRefused() {
        // the flexors' summed F_iso is 624.3 + 435.56 + 987.26 + 261.33 = 2308.45 N; elbow flexor moment arms
        // are a few cm, so the summed moment lies between 2308.45 × 0.02 = 46 and 2308.45 × 0.06 = 139 N·m
        assertTrue(LIMIT.flexorMoment() > 46 && LIMIT.flexorMoment() < 139, "moment " + LIMIT.flexorMoment());
        assertEquals(LIMIT.flexorMoment() / (9.80665 * 0.336998), LIMIT.maxLoad(), 1e-9);
        LIMIT.check(List.of(0.0, 2.0, 4.0));
        LIMIT.check(List.of(LIMIT.maxLoad()));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> LIMIT.check(List.of(2.0, 1e9)));
        assertTrue(e.getMessage().startsWith("loads: 1000000000 kg is more than the elbow model "), e.getMessage());
        assertThrows(NeuroMskException.class, () -> LIMIT.check(List.of(Math.nextUp(LIMIT.maxLoad()))));
    }
}

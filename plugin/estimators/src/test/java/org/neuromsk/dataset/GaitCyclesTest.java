package org.neuromsk.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class GaitCyclesTest {

    @Test
    void cyclesFarFromTheMedianDurationAreDropped() {
        // durations 1, 1, 2.1, 0.9, 1.1: median 1; 2.1 is 110 % off (dropped), 0.9 and 1.1 are 10 % off (kept)
        double[] hs = {0, 1, 2, 4.1, 5.0, 6.1};
        GaitCycles c = GaitCycles.fromHeelStrikes(hs, new CycleRules(0.4, 0.2), "test");
        assertEquals(4, c.size());
        assertEquals(1, c.rejected());
        assertEquals(List.of(new GaitCycle(0, 0, 1), new GaitCycle(1, 1, 2), new GaitCycle(2, 4.1, 5.0),
                new GaitCycle(3, 5.0, 6.1)), c.cycles());
    }

    @Test
    void framesKnowTheirCycle() {
        GaitCycles c = GaitCycles.fromHeelStrikes(new double[] {0.5, 1.5, 2.5}, CycleRules.walking(), "test");
        double[] t = {0, 0.5, 1.0, 1.5, 2.49, 2.5, 3};
        assertArrayEquals(new int[] {-1, 0, 0, 1, 1, -1, -1}, c.cycleOfFrames(t));
        assertEquals(1.0, c.meanDuration(), 1e-12);
    }
}

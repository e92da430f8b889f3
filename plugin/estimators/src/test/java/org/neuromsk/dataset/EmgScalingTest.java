package org.neuromsk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class EmgScalingTest {

    @Test
    void cycleRangeMapsTheMeanCycleOntoZeroToOne() {
        // e(t) = 2 + 3·sin²(πt) at 1 kHz; cycles of 1 s: mean cycle min 2 (t = 0) and max 5 (t = 0.5)
        int n = 3001;
        double[] t = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 1000.0;
            e[i] = 2 + 3 * Math.pow(Math.sin(Math.PI * t[i]), 2);
        }
        List<GaitCycle> cycles = List.of(new GaitCycle(0, 0, 1), new GaitCycle(1, 1, 2), new GaitCycle(2, 2, 3));
        EmgScaling.Scale s = EmgScaling.CYCLE_RANGE.fit(t, e, cycles, "x");
        assertEquals(2, s.offset(), 1e-9);
        assertEquals(3, s.range(), 1e-9);
        assertEquals(1, s.apply(new double[] {5})[0], 1e-9);
        assertEquals(new EmgScaling.Scale(0, 1), EmgScaling.AS_GIVEN.fit(t, e, cycles, "x"));
        assertEquals(EmgScaling.CYCLE_RANGE, EmgScaling.parse("cycle-range"));
    }
}

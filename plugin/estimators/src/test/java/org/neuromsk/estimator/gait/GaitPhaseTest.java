package org.neuromsk.estimator.gait;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class GaitPhaseTest {

    @Test
    void phaseRisesFromEachHeelStrikeToTheNext() {
        // heel strikes 1, 2, 4 (the 2-s gap is two median cycles: split at 3), median cycle 1 s
        double[] hs = {1, 2, 4, 5};
        double[] t = {0.25, 1.0, 1.5, 2.5, 3.25, 4.75, 5.5};
        // before the first heel strike the median cycle runs backwards: 0.25 → 0.25; after the last, forwards
        assertArrayEquals(new double[] {0.25, 0, 0.5, 0.5, 0.25, 0.75, 0.5}, GaitPhase.phase(t, hs), 1e-12);
    }
}

package org.neuromsk.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class SecondOrderSectionsTest {

    /** y[k] = 0.5·x[k] + 0.5·y[k−1]: a first-order section with unit DC gain. */
    private static final SecondOrderSections SMOOTHER = SecondOrderSections.of(new double[][] {{1, 0, 0, 2, -1, 0}});

    @Test
    void normalisesByA0AndRunsTheRecurrenceFromRest() {
        assertArrayEquals(new double[] {0.5, 0, 0, 1, -0.5, 0}, SMOOTHER.coefficients(0), 0);
        // impulse: 0.5, 0.25, 0.125, 0.0625
        assertArrayEquals(new double[] {0.5, 0.25, 0.125, 0.0625},
                SMOOTHER.filter(new double[] {1, 0, 0, 0}, 1, EdgeHandling.AT_REST), 1e-15);
    }

    @Test
    void backwardPassMirrorsTheForwardPass() {
        // two passes from rest on an impulse at the end: forward gives 0,0,0,0.5; backward then
        // gives 0.5·0.5·{1/8, 1/4, 1/2, 1} = {1/32, 1/16, 1/8, 1/4}
        double[] y = SMOOTHER.filter(new double[] {0, 0, 0, 1}, 2, EdgeHandling.AT_REST);
        assertArrayEquals(new double[] {1.0 / 32, 1.0 / 16, 1.0 / 8, 1.0 / 4}, y, 1e-15);
    }

    @Test
    void paddedStartIsSteadyStateOfTheFirstSample() {
        // constant input: steady state y = 1·x, so every output equals the input exactly
        assertArrayEquals(new double[] {7, 7, 7, 7, 7}, SMOOTHER.filter(new double[] {7, 7, 7, 7, 7}, 2,
                EdgeHandling.PADDED), 1e-12);
        // a first-order section: taps 3·(2·1 + 1 − 1) = 6
        assertEquals(6, SMOOTHER.padLength());
    }

    @Test
    void oddExtensionReflectsAboutTheEndSamples() {
        // before: 2·x0 − x2 = −2, 2·x0 − x1 = 0; after: 2·x3 − x2 = 10, 2·x3 − x1 = 12
        assertArrayEquals(new double[] {-2, 0, 1, 2, 4, 7, 10, 12},
                SecondOrderSections.oddExtension(new double[] {1, 2, 4, 7}, 2), 0);
    }

    @Test
    void rejectsBadCoefficients() {
        assertThrows(NeuroMskException.class, () -> SecondOrderSections.of(new double[][] {{1, 0, 0, 0, 1, 0}}));
        assertThrows(NeuroMskException.class, () -> SecondOrderSections.of(new double[][] {{1, 0, 0, 1}}));
        assertThrows(NeuroMskException.class, () -> SecondOrderSections.of(new double[0][]));
    }
}

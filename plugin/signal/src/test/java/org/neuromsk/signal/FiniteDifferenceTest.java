package org.neuromsk.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FiniteDifferenceTest {

    @Test
    void aParabolaGetsItsExactSlopeInsideAndOneSidedSlopesAtTheEnds() {
        // x = t² at t = 0, 0.5, 1, 2: central differences of a parabola on any grid are exact at the
        // midpoint of the two neighbours' chord: (x[i+1] − x[i−1])/(t[i+1] − t[i−1]) = t[i+1] + t[i−1].
        double[] t = {0, 0.5, 1, 2};
        double[] x = {0, 0.25, 1, 4};
        assertArrayEquals(new double[] {0.5, 1.0, 2.5, 3.0}, FiniteDifference.derivative(t, x), 1e-15);
    }

    @Test
    void aConstantStepEqualsTheTimeForm() {
        // x = 3t + 1 sampled every 0.1 s: slope 3 everywhere, ends included.
        double[] x = {1, 1.3, 1.6, 1.9};
        assertArrayEquals(new double[] {3, 3, 3, 3}, FiniteDifference.derivative(x, 0.1), 1e-12);
        assertArrayEquals(new double[] {3, 3, 3, 3}, FiniteDifference.derivative(new double[] {0, 0.1, 0.2, 0.3}, x),
                1e-12);
    }

    @Test
    void fewerThanTwoSamplesGiveZerosAndMismatchedLengthsAreRefused() {
        assertArrayEquals(new double[] {0}, FiniteDifference.derivative(new double[] {5}, 0.01));
        assertArrayEquals(new double[0], FiniteDifference.derivative(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> FiniteDifference.derivative(new double[] {0, 1}, new double[] {0, 1, 2}));
    }
}

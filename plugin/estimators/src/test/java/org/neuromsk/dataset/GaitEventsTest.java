package org.neuromsk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GaitEventsTest {

    /** 1 kHz frames over {@code seconds}. */
    private static double[] times(double seconds) {
        int n = (int) Math.round(seconds * 1000) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 1000.0;
        }
        return t;
    }

    @Test
    void heelStrikesAreWhereTheForceRisesThroughTheThreshold() {
        // F = 600·sin(2πt/T) when positive: it rises through 20 N at t = T·asin(20/600)/(2π) + kT
        double period = 1.1;
        double[] t = times(5);
        double[] f = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            f[i] = Math.max(0, 600 * Math.sin(2 * Math.PI * t[i] / period));
        }
        double[] events = GaitEvents.fromVerticalForce(t, f, 20, 0.4);
        double first = period * Math.asin(20.0 / 600) / (2 * Math.PI);
        assertEquals(5, events.length);
        for (int k = 0; k < events.length; k++) {
            // linear interpolation inside one 1 ms frame of a sine: error far below 1e-4 s
            assertEquals(first + k * period, events[k], 1e-4);
        }
    }

    @Test
    void crossingsCloserThanTheMinimumCycleAreIgnored() {
        double[] t = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        double[] f = {0, 30, 0, 30, 0, 0, 0, 0, 0, 30, 30};
        // rises at 0.05 (accepted), 0.25 (0.2 s later: ignored), 0.85 (0.8 s after the first: accepted)
        double[] events = GaitEvents.fromVerticalForce(t, f, 15, 0.4);
        assertEquals(2, events.length);
        assertEquals(0.05, events[0], 1e-12);
        assertEquals(0.85, events[1], 1e-12);
    }

    @Test
    void kneeEventsAreTheMostExtendedKneeAfterEachSwing() {
        // knee = −35 + 35·cos(2πt/T): flexed to −70° at T/2 + kT, fully extended (0°) at kT
        double period = 1.0;
        double[] t = times(4.3);
        double[] knee = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            knee[i] = -35 + 35 * Math.cos(2 * Math.PI * t[i] / period);
        }
        double[] events = GaitEvents.fromKneeAngle(t, knee, true, 0.4);
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), java.util.Arrays.stream(events).boxed().toList());
        // the same motion with flexion positive (Rajagopal's convention)
        double[] flipped = java.util.Arrays.stream(knee).map(v -> -v).toArray();
        assertTrue(java.util.Arrays.equals(events, GaitEvents.fromKneeAngle(t, flipped, false, 0.4)));
    }
}

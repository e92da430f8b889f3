package org.neuromsk.engine.muscle.curve;

import org.neuromsk.error.NeuroMskException;

/** Shared helpers of the Millard curve builders. */
final class CurveRules {

    private CurveRules() {
    }

    /** Maps a user curviness κ ∈ [0, 1] to the Bézier corner fraction 0.1 + 0.8κ, as OpenSim does. */
    static double scale(double curviness) {
        return 0.1 + 0.8 * curviness;
    }

    static void require(boolean condition, String curveName, String problem) {
        if (!condition) {
            throw new NeuroMskException(curveName + ": " + problem);
        }
    }
}

package org.neuromsk.validation.ma;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.testing.TestData;

/**
 * Our geometric lengths equal the lengths implied by the arm26 tutorial's CMC states (fibre length,
 * pennation, tendon length from the actuation force through the Thelen tendon curve) within 0.5 mm
 * RMS per muscle, the tolerance (OpenSim 4.5.2's own lengths meet it at 0.04 mm).
 */
class CmcConsistencyTest {

    @Test
    void cmcStatesImplyOurPathLengths() {
        TestData.require(CmcConsistency.MODEL);
        TestData.require(CmcConsistency.RESULTS + "arm26_states.sto");
        TestData.require(CmcConsistency.RESULTS + "arm26_Actuation_force.sto");
        List<CmcConsistency.MuscleResult> results = CmcConsistency.run();
        for (CmcConsistency.MuscleResult r : results) {
            System.out.printf(Locale.ROOT, "CMC %-9s RMS %.4f mm, max %.4f mm over %d frames (%d slack left out)%n",
                    r.muscle(), 1e3 * r.rms(), 1e3 * r.max(), r.frames(), r.slackFrames());
            assertTrue(r.frames() > 400, r.muscle() + ": too few frames compared");
            assertTrue(r.passes(), r.muscle() + ": RMS " + r.rms() + " m > " + CmcConsistency.TOLERANCE);
        }
        assertTrue(results.size() == 6, "arm26 has 6 muscles");
    }
}

package org.neuromsk.validation.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.SpeedAugmentation;
import org.neuromsk.estimator.imu.selection.SettingsCandidate;

/** The CLI's candidates are the study's choices, setting for setting (no training). */
class ImuEmgSelectionTest {

    @Test
    void cliCandidatesAreTheStudysChoices() {
        ImuEmgSettings base = ImuEmgSettings.defaults();
        List<SettingsCandidate> cli = SettingsCandidate.walking(base, SpeedAugmentation.defaults());
        assertEquals(ImuEmgSelection.chosen("walk36", base), cli.get(0));
        assertEquals(ImuEmgSelection.chosen("walk45", base), cli.get(1));
    }
}

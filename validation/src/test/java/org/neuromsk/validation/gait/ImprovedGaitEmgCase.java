package org.neuromsk.validation.gait;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromsk.estimator.gait.GaitEmgType;

/** Issue 7's second target on the held-out speed: our improved model reaches a mean ensemble R² of 0.80. */
abstract class ImprovedGaitEmgCase extends GaitEmgValidationCase {

    ImprovedGaitEmgCase(String trainTrial, String testTrial) {
        super(trainTrial, testTrial, GaitEmgType.CONTEXT);
    }

    @Test
    void improvedModelReachesMeanEnsembleR2OfPointEight() {
        double mean = result.test().meanEnsembleR2();
        assertTrue(mean >= GaitEmgValidation.IMPROVED_MEAN_TARGET,
                direction() + ": improved mean ensemble R² " + mean);
    }
}

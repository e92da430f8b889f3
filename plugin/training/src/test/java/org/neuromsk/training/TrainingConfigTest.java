package org.neuromsk.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.optim.AdamConfig;

class TrainingConfigTest {

    @Test
    void jsonOverridesOnlyWhatItNames() {
        TrainingConfig config = TrainingConfig.fromJson("{\"maxEpochs\": 30, \"adam\": {\"learningRate\": 0.005}}");
        TrainingConfig defaults = TrainingConfig.defaults();
        assertEquals(30, config.maxEpochs());
        assertEquals(0.005, config.adam().learningRate());
        assertEquals(defaults.adam().beta2(), config.adam().beta2());
        assertEquals(defaults.batchSize(), config.batchSize());
        assertEquals(config, TrainingConfig.fromJson(config.toJson()));
    }

    @Test
    void badValuesAreRejected() {
        assertThrows(NeuroMskException.class, () -> TrainingConfig.fromJson("{\"batchSize\": 0}"));
        assertThrows(NeuroMskException.class, () -> AdamConfig.of(-1));
    }

    @Test
    void onlyStoppingRulesMayChangeOnResume() {
        TrainingConfig config = TrainingConfig.defaults();
        assertEquals(true, config.withMaxEpochs(500).withEarlyStopping(3, 0.1).continues(config));
        assertEquals(false, config.withSeed(2).continues(config));
        assertEquals(false, config.withAdam(AdamConfig.of(0.1)).continues(config));
    }
}

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
    void overridesThatWouldBeIgnoredOrMisreadAreRefusedNamingTheSetting() {
        assertEquals("unknown setting 'maxEpoch' (known: adam, batchSize, checkpointEvery, maxEpochs, minDelta, "
                + "normaliseInputs, normaliseTargets, patience, restoreBest, seed)",
                message(() -> TrainingConfig.fromJson("{\"maxEpoch\": 3}")));
        assertEquals("unknown setting 'adam.rate' (known: beta1, beta2, decoupledWeightDecay, epsilon, learningRate, "
                + "weightDecay)", message(() -> TrainingConfig.fromJson("{\"adam\": {\"rate\": 3}}")));
        assertEquals("setting 'maxEpochs' appears twice (line 1)",
                message(() -> TrainingConfig.fromJson("{\"maxEpochs\": 3, \"maxEpochs\": 4}")));
        assertEquals("setting 'maxEpochs' must be a whole number, got 1.5",
                message(() -> TrainingConfig.fromJson("{\"maxEpochs\": 1.5}")));
        assertEquals("setting 'maxEpochs' must be a whole number, got \"two\"",
                message(() -> TrainingConfig.fromJson("{\"maxEpochs\": \"two\"}")));
        assertEquals("setting 'adam.learningRate' must be a number, got [1]",
                message(() -> TrainingConfig.fromJson("{\"adam\": {\"learningRate\": [1]}}")));
        assertEquals("setting 'restoreBest' must be true or false, got 1",
                message(() -> TrainingConfig.fromJson("{\"restoreBest\": 1}")));
        assertEquals("setting 'adam' must be a JSON object, got 3",
                message(() -> TrainingConfig.fromJson("{\"adam\": 3}")));
        // Strict JSON: trailing commas, comments and NaN are not JSON; each is refused with its line.
        // one line, no Gson troubleshooting link; the column is Gson's (the one just after the stray '}', the 17th)
        assertEquals("invalid JSON at line 1: Expected name at column 18",
                message(() -> TrainingConfig.fromJson("{\"maxEpochs\": 3,}")));
        assertEquals("invalid JSON at line 2: not JSON (comments, NaN, single quotes, unquoted words and trailing commas "
                + "are not allowed) at column 2", message(() -> TrainingConfig.fromJson("{\n// c\n\"maxEpochs\": 3}")));
        assertEquals("invalid JSON at line 1: not JSON (comments, NaN, single quotes, unquoted words and trailing commas "
                + "are not allowed) at column 14", message(() -> TrainingConfig.fromJson("{\"minDelta\": NaN}")));
    }

    private static String message(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(NeuroMskException.class, e).getMessage();
    }

    @Test
    void onlyStoppingRulesMayChangeOnResume() {
        TrainingConfig config = TrainingConfig.defaults();
        assertEquals(true, config.withMaxEpochs(500).withEarlyStopping(3, 0.1).continues(config));
        assertEquals(false, config.withSeed(2).continues(config));
        assertEquals(false, config.withAdam(AdamConfig.of(0.1)).continues(config));
    }
}

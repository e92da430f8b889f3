package org.neuromsk.training.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Json;

class MlpConfigTest {

    @Test
    void parameterCountMatchesHandCount() {
        MlpConfig mlp = MlpConfig.of(3, 2, Activation.RELU, 15, 7);
        // 3→15: 3·15 + 15 = 60; 15→7: 15·7 + 7 = 112; 7→2: 7·2 + 2 = 16; total 188
        assertEquals(188, mlp.parameterCount());
        assertEquals(188, Networks.parameterCount(mlp, new int[] {3}));
    }

    @Test
    void windowedInputIsFlattened() {
        // a [4 frames, 3 features] window is 12 inputs: 12·5 + 5 = 65, 5·1 + 1 = 6, total 71
        MlpConfig mlp = new MlpConfig(12, List.of(5), 1, Activation.TANH, 0.2);
        assertEquals(71, Networks.parameterCount(mlp, new int[] {4, 3}));
        mlp.checkShapes(new int[] {4, 3}, new int[] {1});
        assertThrows(NeuroMskException.class, () -> mlp.checkShapes(new int[] {4, 2}, new int[] {1}));
    }

    @Test
    void addingAHiddenLayerAddsItsParameters() {
        MlpConfig base = MlpConfig.of(3, 3, Activation.RELU, 64);
        // 3→64: 256; 64→3: 195 → 451. With 32 more units before the output:
        // 3→64: 256; 64→32: 2080; 32→3: 99 → 2435
        assertEquals(451, base.parameterCount());
        assertEquals(2435, base.withExtraHiddenLayer(32).parameterCount());
    }

    @Test
    void jsonRoundTripKeepsTheTypeAndEveryComponent() {
        MlpConfig mlp = new MlpConfig(6, List.of(64, 32), 7, Activation.GELU, 0.25);
        String json = Json.gson().toJson(mlp, NetworkConfig.class);
        assertTrue(json.contains("\"type\": \"mlp\""), json);
        assertTrue(json.contains("\"activation\": \"gelu\""), json);
        assertEquals(mlp, Json.parse(null, json, NetworkConfig.class));
    }

    @Test
    void unknownTypeAndBadSizesAreRejected() {
        assertThrows(NeuroMskException.class, () -> Json.parse(null, "{\"type\": \"lstm\"}", NetworkConfig.class));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Json.parse(null,
                "{\"type\": \"mlp\", \"inputSize\": 3, \"hiddenSizes\": [0], \"outputSize\": 1}", NetworkConfig.class));
        assertTrue(e.getMessage().contains("hidden layer sizes"), e.getMessage());
    }
}

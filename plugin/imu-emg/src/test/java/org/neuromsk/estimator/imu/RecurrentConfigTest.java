package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Json;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.model.Networks;

class RecurrentConfigTest {

    @Test
    void gruParameterCountIsThreeGatesOfInputAndStateWeightsPlusTheOutputLayer() {
        // GRU, 3 gates: 3·H·(C + H) weights + 2·3·H biases (PyTorch keeps input and state biases);
        // C = 4, H = 5: 3·5·9 + 30 = 165; linear 5 → 2: 12. Total 177.
        RecurrentConfig gru = new RecurrentConfig(RecurrentConfig.Cell.GRU, 4, 5, 1, 2);
        assertEquals(177, Networks.parameterCount(gru, new int[] {7, 4}));
        // LSTM, 4 gates: 4·5·9 + 40 = 220, plus 12
        RecurrentConfig lstm = new RecurrentConfig(RecurrentConfig.Cell.LSTM, 4, 5, 1, 2);
        assertEquals(232, Networks.parameterCount(lstm, new int[] {7, 4}));
    }

    @Test
    void roundTripsThroughJsonAndChecksShapes() {
        ImuEmgNetworks.register();
        RecurrentConfig gru = new RecurrentConfig(RecurrentConfig.Cell.LSTM, 4, 5, 2, 2);
        assertEquals(gru, Json.parse(null, Json.gson().toJson(gru, NetworkConfig.class), NetworkConfig.class));
        assertThrows(NeuroMskException.class, () -> gru.checkShapes(new int[] {7, 3}, new int[] {2}));
        assertThrows(NeuroMskException.class, () -> gru.checkShapes(new int[] {7, 4}, new int[] {3}));
    }
}

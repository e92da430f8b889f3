package org.neuromsk.training.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.util.Utils;

import org.junit.jupiter.api.Test;

class TorchRuntimeTest {

    @Test
    void loadsBundledPyTorchOffline() {
        assertEquals("PyTorch", TorchRuntime.engine().getEngineName());
        assertTrue(Utils.isOfflineMode(), "DJL offline mode");
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
        // the version comes from the pytorch-native-cpu jar managed by the root pom (2.7.1)
        assertEquals("2.7.1", TorchRuntime.pytorchVersion());
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray a = manager.create(new float[] {1f, 2f, 3f});
            // 1² + 2² + 3² = 14
            assertEquals(14f, a.square().sum().getFloat());
        }
    }
}

package org.neuromsk.estimator.nmm;

import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.neuromsk.training.engine.TorchRuntime;

/**
 * Base of the tests that build tensors: loads the PyTorch engine and opens one {@link NDManager} before the
 * class's first test, and closes it after its last.
 */
public abstract class TensorFixture {

    /** The manager of the running test class's tensors. */
    protected static NDManager manager;

    @BeforeAll
    static void openManager() {
        TorchRuntime.engine();
        manager = TorchRuntime.newManager();
    }

    @AfterAll
    static void closeManager() {
        manager.close();
    }
}

package org.neuromsk.backend;

import java.util.Objects;

import org.neuromsk.io.storage.Storage;

/**
 * The outcome of a forward simulation.
 *
 * @param states state trajectory with OpenSim 4.x state names
 *     ({@code /jointset/<joint>/<coordinate>/value|speed}, {@code /forceset/<muscle>/activation|fiber_length})
 * @param controls the actuator controls applied, one column per actuator
 */
public record ForwardResult(Storage states, Storage controls) {

    /** Checks the fields. */
    public ForwardResult {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(controls, "controls");
    }
}

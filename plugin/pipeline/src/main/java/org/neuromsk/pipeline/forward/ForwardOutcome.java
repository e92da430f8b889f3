package org.neuromsk.pipeline.forward;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.io.storage.Storage;

/**
 * What a forward check produced. A failed simulation is a result: {@link #completed()} false, the
 * time reached and the cause, and whatever was simulated before.
 *
 * @param states simulated states up to the time reached (OpenSim 4 names, rad), absent if nothing ran
 * @param controls the controls applied at the same times (reserve columns include the correction)
 * @param correctionTorques the tracking correction's generalized forces per coordinate (N·m or N), at
 *     each update, empty table when the correction is off
 * @param completed whether the simulation reached the final time
 * @param timeReached the last simulated time (s)
 * @param cause why it stopped early, if it did
 * @param evaluations state-derivative evaluations
 * @param notes how the run deviated from the plain set-up (e.g. fibres equilibrated at rest), one line each
 */
public record ForwardOutcome(Optional<Storage> states, Optional<Storage> controls, Optional<Storage> correctionTorques,
        boolean completed, double timeReached, Optional<String> cause, long evaluations, List<String> notes) {

    /** Checks the fields. */
    public ForwardOutcome {
        Objects.requireNonNull(states, "states");
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(correctionTorques, "correctionTorques");
        Objects.requireNonNull(cause, "cause");
        notes = List.copyOf(notes);
    }
}

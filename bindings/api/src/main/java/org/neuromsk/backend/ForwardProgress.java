package org.neuromsk.backend;

/**
 * Told how far a forward simulation has come, for progress displays. Called on the simulating
 * thread, so it must be quick; times never decrease and the last one is the request's end time.
 */
@FunctionalInterface
public interface ForwardProgress {

    /** A listener that ignores every report. */
    ForwardProgress NONE = time -> { };

    /**
     * @param time simulated time reached (s), between the request's start and end
     */
    void reached(double time);
}

package org.neuromsk.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.io.storage.Storage;

/**
 * What OpenSim's InverseDynamicsTool is given.
 *
 * @param coordinates coordinate values over time (a motion; columns named by coordinate or state path)
 * @param coordinatesFile where the coordinates came from, for messages (may be null)
 * @param externalLoads ExternalLoads XML file, if any
 * @param lowpassCutoff low-pass cut-off for the coordinates (Hz); negative disables filtering
 * @param timeRange times to report
 * @param excludedForces forces left out: {@code All}, {@code Actuators}, {@code Muscles}, a force
 *     set group or a force name (OpenSim's default is {@code Muscles})
 */
public record InverseDynamicsRequest(Storage coordinates, Path coordinatesFile, Optional<Path> externalLoads,
        double lowpassCutoff, TimeRange timeRange, List<String> excludedForces) {

    /** Checks the fields and freezes the list. */
    public InverseDynamicsRequest {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(externalLoads, "externalLoads");
        Objects.requireNonNull(timeRange, "timeRange");
        excludedForces = List.copyOf(excludedForces);
    }

    /**
     * @param coordinates the motion
     * @return a request with OpenSim's defaults: no external loads, no filtering, all times, muscles excluded
     */
    public static InverseDynamicsRequest of(Storage coordinates) {
        return new InverseDynamicsRequest(coordinates, null, Optional.empty(), -1, TimeRange.ALL,
                List.of("Muscles"));
    }
}

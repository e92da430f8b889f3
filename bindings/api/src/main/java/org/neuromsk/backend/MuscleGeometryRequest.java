package org.neuromsk.backend;

import java.nio.file.Path;
import java.util.Objects;

import org.neuromsk.io.storage.Storage;

/**
 * What OpenSim's MuscleAnalysis is given: a motion, optionally low-pass filtered first, and the times
 * to report.
 *
 * @param coordinates coordinate values over time (names or state paths as labels)
 * @param coordinatesFile where they came from, for messages (may be null)
 * @param lowpassCutoff low-pass cut-off for the coordinates (Hz); negative disables filtering
 * @param timeRange times to report
 */
public record MuscleGeometryRequest(Storage coordinates, Path coordinatesFile, double lowpassCutoff,
        TimeRange timeRange) {

    /** Checks the fields. */
    public MuscleGeometryRequest {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(timeRange, "timeRange");
    }

    /**
     * @param coordinates the motion
     * @return a request for every frame of the motion, unfiltered
     */
    public static MuscleGeometryRequest of(Storage coordinates) {
        return new MuscleGeometryRequest(coordinates, null, -1, TimeRange.ALL);
    }
}

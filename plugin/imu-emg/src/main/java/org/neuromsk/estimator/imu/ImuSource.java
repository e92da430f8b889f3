package org.neuromsk.estimator.imu;

import java.nio.file.Path;

import org.neuromsk.io.storage.Storage;

/**
 * Where IMU signals come from for a motion: typically virtual IMUs synthesised from the coordinates
 * through a backend (the engine's {@code org.neuromsk.engine.imu.ImuSynthesizer}), or a recording.
 */
@FunctionalInterface
public interface ImuSource {

    /**
     * @param coordinates the motion (model coordinates over time)
     * @param file where the motion came from, for messages (may be null)
     * @param rate output rate (Hz) on a uniform grid from the motion's first time; 0 for the motion's times
     * @return IMU signals, one column per channel (m/s², rad/s), time in s
     */
    Storage imu(Storage coordinates, Path file, double rate);
}

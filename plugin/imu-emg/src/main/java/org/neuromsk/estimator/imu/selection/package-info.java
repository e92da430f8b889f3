/**
 * Choosing IMU → EMG settings on the training trial alone. {@link org.neuromsk.estimator.imu.selection.SettingsSelection}
 * cuts the training trial in time: its first 80 % (recorded, plus the candidate's cadence replays of those strides)
 * is trained on, its last 20 % replayed at cadences never trained on validates; the criterion is the mean over the
 * validation cadences of (mean r − |mean peak ratio − 1|). {@link org.neuromsk.estimator.imu.selection.SettingsCandidate}
 * is a setting to judge, {@link org.neuromsk.estimator.imu.selection.Score} its validation results. The test
 * trial is never read.
 *
 * <p>Units: frames at the trial's rate (e.g. 100 Hz), cadence factors and envelopes dimensionless, r and the
 * peak ratio dimensionless.
 */
package org.neuromsk.estimator.imu.selection;

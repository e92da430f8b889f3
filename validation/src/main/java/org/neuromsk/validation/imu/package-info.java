/**
 * IMU → EMG validation: virtual thigh, shank and foot IMUs from the CEINMS-RT lower-limb walking trials
 * (gait2392), a Sliding-Window WaveNet and baselines trained on one walking speed and tested on the
 * other, with settings chosen on the training trial alone ({@link org.neuromsk.validation.imu.ImuEmgSelection});
 * streaming versus batch inference; the trained WaveNets applied out of subject to the Rajagopal walk
 * ({@link org.neuromsk.validation.imu.RajagopalImuEmg}); the upper-limb case (virtual elbow subjects,
 * upper-arm and forearm IMUs, held-out subjects); and the reports {@code validation/reports/imu-emg.md},
 * {@code imu-emg-elbow.md} and {@code imu-emg-selection.md}, with 3-seed ensembles of both networks. Envelopes are normalised EMG (dimensionless); times in s; latencies in µs.
 */
package org.neuromsk.validation.imu;

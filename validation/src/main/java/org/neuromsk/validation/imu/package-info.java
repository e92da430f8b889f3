/**
 * IMU → EMG validation: virtual thigh, shank and foot IMUs from the CEINMS-RT lower-limb walking trials
 * (gait2392), a Sliding-Window WaveNet and baselines trained on one walking speed and tested on the
 * other, streaming versus batch inference; the upper-limb case (virtual elbow subjects, upper-arm and
 * forearm IMUs, held-out subjects); and the report {@code validation/reports/imu-emg.md}.
 * Envelopes are normalised EMG (dimensionless); latencies in µs.
 */
package org.neuromsk.validation.imu;

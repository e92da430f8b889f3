/**
 * EMG envelopes from IMU signals. A Sliding-Window WaveNet ({@link org.neuromsk.estimator.imu.WaveNetConfig},
 * registered with the training core as {@code sw-wavenet}) maps a causal window of IMU frames to the
 * envelopes at its last frame; an MLP on the flattened window and a GRU/LSTM
 * ({@link org.neuromsk.estimator.imu.RecurrentConfig}) are the baselines;
 * {@link org.neuromsk.estimator.imu.EnvelopeLosses} adds losses against peak underestimation;
 * {@link org.neuromsk.estimator.imu.InputAugmentation} perturbs the normalised IMU window during training
 * only (Gaussian noise, channel dropout), inside the WaveNet's config or around a baseline
 * ({@link org.neuromsk.estimator.imu.InputAugmentedConfig}).
 * {@link org.neuromsk.estimator.imu.StreamingWaveNet} runs a saved WaveNet one frame at a time in plain
 * Java with cached convolution states. Every network can be an ensemble of seeds
 * ({@link org.neuromsk.estimator.imu.ImuEmgSettings#members()}, folder layout
 * {@link org.neuromsk.estimator.imu.EnsembleMembers}), whose estimate is its members' mean, in batch and
 * in streaming alike. {@link org.neuromsk.estimator.imu.EnvelopeMetrics} gives per-muscle
 * r, R², NRMSE and the per-cycle peak-amplitude ratio (computed by {@link org.neuromsk.metrics.Agreement});
 * {@link org.neuromsk.estimator.imu.EnvelopePlots}
 * draws PNG figures.
 *
 * <p>Units: accelerometer channels in m/s² (specific force, sensor frame), gyroscope channels in rad/s,
 * time in s, envelopes as normalised EMG (dimensionless, 0–1 of the recording's reference). Windows and
 * receptive fields are counted in frames (at the IMU rate, e.g. 100 Hz).
 */
package org.neuromsk.estimator.imu;

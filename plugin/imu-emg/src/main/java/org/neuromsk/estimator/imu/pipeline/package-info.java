/**
 * The Sliding-Window WaveNet as the pipeline's {@code wavenet-imu} estimator ({@code neuromsk run}):
 * IMU signals for the pipeline's motion — a recording, or virtual IMUs synthesised from the motion
 * with a placements file — go through a WaveNet trained on trial folders (virtual IMUs from their
 * {@code ik.sto}, targets their {@code emgFilt.sto}) or loaded from a saved model folder, and the
 * estimated envelopes become the excitations of those muscles. Registered through
 * {@link org.neuromsk.pipeline.estimator.EstimatorProvider}.
 *
 * <p>Units: accelerometer channels in m/s² (specific force, sensor frame), gyroscope channels in rad/s,
 * time in s, frame rates in Hz, envelopes and excitations dimensionless (0–1).
 */
package org.neuromsk.estimator.imu.pipeline;

/**
 * The NMM as an estimator of the pipeline ({@code neuromsk run}, {@code neuromsk demo}): builds the
 * NMM's trial from the pipeline's motion, EMG envelopes and model (angles in rad, moments in N·m,
 * lengths in m, times in s), fits and predicts, and returns excitations (-), activations (-), tendon
 * forces (N), personalised parameters and the MSE baseline. Its options ({@link
 * org.neuromsk.estimator.nmm.pipeline.NmmOptions}; frame rate in Hz, load in kg) are checked with the
 * pipeline file, before any computation. Registered through
 * {@link org.neuromsk.pipeline.estimator.EstimatorProvider}.
 */
package org.neuromsk.estimator.nmm.pipeline;

/**
 * Estimators of muscle excitations behind one interface ({@link org.neuromsk.pipeline.estimator.Estimator}):
 * static optimisation on the embedded engine, the torque-based gait EMG estimator, and adapters other
 * modules provide through {@link org.neuromsk.pipeline.estimator.EstimatorProvider} (ServiceLoader; the
 * NMM's). Excitations and activations are dimensionless (0–1), forces in N, times in s.
 */
package org.neuromsk.pipeline.estimator;

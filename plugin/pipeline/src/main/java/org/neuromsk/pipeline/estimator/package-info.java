/**
 * Estimators of muscle excitations behind one interface ({@link org.neuromsk.pipeline.estimator.Estimator}):
 * static optimisation on the embedded engine, and adapters for the learned estimators. Excitations and
 * activations are dimensionless (0–1), forces in N, times in s.
 */
package org.neuromsk.pipeline.estimator;

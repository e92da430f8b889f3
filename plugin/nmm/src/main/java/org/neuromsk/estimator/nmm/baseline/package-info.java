/**
 * Baselines the neural musculoskeletal model is compared with: muscle synergy extrapolation (MSE:
 * non-negative matrix factorisation of the measured envelopes, hidden-muscle synergy weights fitted
 * to the inverse-dynamics moment by non-negative least squares) and static optimisation's
 * activations, plus the two numerical tools MSE needs ({@link org.neuromsk.estimator.nmm.baseline.Nmf},
 * {@link org.neuromsk.estimator.nmm.baseline.Nnls}).
 *
 * <p>Units: envelopes and excitations are dimensionless; moments (N·m); times (s).
 */
package org.neuromsk.estimator.nmm.baseline;

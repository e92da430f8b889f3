/**
 * Per-sample 90 % intervals of estimated excitations (-) from an ensemble of estimates on perturbed
 * inputs (smooth kinematic noise (deg), muscle strength noise (-), and, for learned estimators, retraining
 * with the member's seed on resampled data), optionally calibrated by split conformal scales measured on
 * virtual subjects ({@link org.neuromsk.pipeline.uncertainty.IntervalCalibration}); and their coverage of a
 * known truth: the fraction of true samples inside the interval.
 */
package org.neuromsk.pipeline.uncertainty;

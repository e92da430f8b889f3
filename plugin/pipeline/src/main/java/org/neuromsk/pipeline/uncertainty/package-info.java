/**
 * Per-sample 90 % intervals of estimated excitations from an ensemble of estimates on perturbed inputs
 * (smooth kinematic noise (deg), muscle strength noise (-)), and their calibration against known truth:
 * the fraction of true samples inside the interval.
 */
package org.neuromsk.pipeline.uncertainty;

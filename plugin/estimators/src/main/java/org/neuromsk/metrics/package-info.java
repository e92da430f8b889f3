/**
 * Agreement between measured and estimated signals: the coefficient of determination of ensemble
 * averages as Park &amp; Park's Table 1 reports it, and per-sample R², Pearson's r, RMSE, NRMSE (RMSE over
 * the range of the measured signal) and the per-cycle peak-amplitude ratio.
 *
 * <p>R² = 1 − SS_res / SS_tot with SS_tot taken about the mean of the measured signal (-); it is 1 for
 * a perfect estimate and negative for one worse than the measured mean. RMSE is in the unit of the
 * signals (for normalised EMG, -); NRMSE and the peak ratio are dimensionless (-).
 */
package org.neuromsk.metrics;

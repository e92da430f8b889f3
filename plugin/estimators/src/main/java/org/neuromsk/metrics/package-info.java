/**
 * Agreement between measured and estimated signals: the coefficient of determination of ensemble
 * averages as Park &amp; Park's Table 1 reports it, and per-sample R², Pearson's r and RMSE.
 *
 * <p>R² = 1 − SS_res / SS_tot with SS_tot taken about the mean of the measured signal (-); it is 1 for
 * a perfect estimate and negative for one worse than the measured mean. RMSE is in the unit of the
 * signals (for normalised EMG, -).
 */
package org.neuromsk.metrics;

/**
 * Generic processing of uniformly sampled signals: zero-phase Butterworth filters designed with
 * iirj, the critically damped low-pass filter of Robertson &amp; Dowling (2003), full-wave
 * rectification, centred moving averages, resampling onto another time base and normalisation.
 *
 * <p>Signals are {@code double[]} arrays of samples taken at a constant sample rate; each class
 * returns new arrays and never changes its input.
 *
 * <p>Units: time in seconds (s), sample rates and cut-off frequencies in hertz (Hz), window lengths
 * in seconds (s). Filters, rectification and resampling keep the unit of their input (for EMG volts,
 * V, or millivolts, mV); {@link org.neuromsk.signal.Normalization} returns dimensionless values (-).
 * Gains are amplitude ratios (-); decibels are {@code 20·log10(gain)} (dB).
 */
package org.neuromsk.signal;

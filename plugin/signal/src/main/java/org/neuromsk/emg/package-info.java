/**
 * EMG processing from raw recordings to envelopes: {@link org.neuromsk.emg.EmgReader} reads raw EMG
 * channels from {@code .anc}, {@code .sto}/{@code .mot} or CSV files into
 * {@link org.neuromsk.emg.EmgSignals}; an {@link org.neuromsk.emg.EmgChain} of
 * {@link org.neuromsk.emg.EmgStage}s (band-pass, rectification, low-pass, critically damped and
 * moving-average smoothing) followed by an {@link org.neuromsk.emg.EmgNormalization} turns them into
 * envelopes, which can be resampled onto a kinematics time base and written as {@code .sto} by
 * {@link org.neuromsk.emg.EmgWriter}.
 *
 * <p>Units: time in seconds (s), frequencies in hertz (Hz), window lengths in seconds (s). Raw EMG
 * from {@code .anc} is converted from ADC counts to volts (V); from {@code .sto}/{@code .mot}/CSV it
 * keeps the file's unit (usually V or mV). Envelopes keep the raw unit until normalised; normalised
 * envelopes are dimensionless (-), 1 being the trial's peak or the reference (MVC) value.
 */
package org.neuromsk.emg;

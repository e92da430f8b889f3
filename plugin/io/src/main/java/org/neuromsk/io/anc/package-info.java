/**
 * Motion Analysis analog recordings ({@code .anc} text files), e.g. raw EMG and force-plate channels.
 *
 * <p>{@link org.neuromsk.io.anc.AncFile} holds the header, channel names, per-channel rates and
 * ranges, times and raw values; {@link org.neuromsk.io.anc.AncReader} and
 * {@link org.neuromsk.io.anc.AncWriter} read and write it losslessly.
 *
 * <p>Units: time in seconds (s), rates in hertz (Hz), ranges in millivolts (mV), raw values in ADC
 * counts. {@link org.neuromsk.io.anc.AncFile#millivolts(String)} converts counts with
 * {@code mV = counts · Range / 2^(BitDepth−1)}; {@link org.neuromsk.io.anc.AncFile#volts(String)}
 * gives volts (V).
 */
package org.neuromsk.io.anc;

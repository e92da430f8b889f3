package org.neuromsk.io.anc;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.TextFile;

/**
 * A Motion Analysis analog recording ({@code .anc} text): header {@code key: value} pairs, channel
 * names, per-channel sample rates (Hz) and ranges (mV), a time column (s) and the raw values,
 * normally integer ADC counts. Immutable; array accessors return copies.
 *
 * <p>Counts become voltages with {@link #millivolts(String)}: {@code mV = counts · Range / 2^(BitDepth−1)},
 * i.e. a bipolar converter whose full scale ±Range mV spans the signed counts
 * −2^(BitDepth−1) … 2^(BitDepth−1)−1. {@link #volts(String)} divides that by 1000.
 */
public final class AncFile {

    /** Header key of the ADC resolution (bits). */
    public static final String BIT_DEPTH = "BitDepth";
    /** Header key of the converter polarity ("Bipolar"). */
    public static final String POLARITY = "Polarity";
    /** Header key of the number of channels. */
    public static final String CHANNELS = "#Channels";
    /** Header key of the exact sample rate (Hz). */
    public static final String PRECISE_RATE = "PreciseRate";

    private final Map<String, String> metadata;
    private final List<String> channelNames;
    private final Map<String, Integer> indexByName;
    private final double[] rates;
    private final double[] ranges;
    private final double[] time;
    private final double[][] values;

    /**
     * @param metadata header keys (without the trailing ':') and values, in order;
     *        {@value #CHANNELS} is set from the data
     * @param channelNames channel names, unique, without spaces or tabs
     * @param rates sample rate of each channel (Hz)
     * @param ranges range of each channel (mV)
     * @param time times (s), finite and strictly increasing
     * @param values {@code values[channel][row]}, finite
     * @throws NeuroMskException if a rule is broken
     */
    public AncFile(Map<String, String> metadata, List<String> channelNames, double[] rates, double[] ranges,
            double[] time, double[][] values) {
        this(metadata, channelNames, rates.clone(), ranges.clone(), time.clone(), Columns.deepCopy(values), true);
    }

    /** Adopts the arrays without copying ({@code adopt} only distinguishes this constructor). */
    AncFile(Map<String, String> metadata, List<String> channelNames, double[] rates, double[] ranges, double[] time,
            double[][] values, boolean adopt) {
        this.channelNames = List.copyOf(channelNames);
        this.rates = rates;
        this.ranges = ranges;
        this.time = time;
        this.values = values;
        this.indexByName = new HashMap<>();
        for (int c = 0; c < this.channelNames.size(); c++) {
            String name = this.channelNames.get(c);
            if (name.isEmpty() || name.chars().anyMatch(ch -> ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')) {
                throw invalid("channel name '" + name + "' is empty or contains a space or tab");
            }
            if (indexByName.putIfAbsent(name, c) != null) {
                throw invalid("duplicate channel name '" + name + "'");
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (key.isEmpty() || key.endsWith(":") || TextFile.hasTabOrLineBreak(key)
                    || TextFile.hasTabOrLineBreak(value) || !key.equals(key.strip()) || !value.equals(value.strip())) {
                throw invalid("header entry '" + key + "' = '" + value + "' is empty, padded or contains a tab");
            }
            meta.put(key, value);
        }
        meta.put(CHANNELS, Integer.toString(this.channelNames.size()));
        this.metadata = Collections.unmodifiableMap(meta);
        validateData();
    }

    private void validateData() {
        int channels = channelNames.size();
        if (rates.length != channels || ranges.length != channels || values.length != channels) {
            throw invalid(channels + " channels but " + rates.length + " rates, " + ranges.length + " ranges and "
                    + values.length + " value columns");
        }
        for (int c = 0; c < channels; c++) {
            if (!(rates[c] > 0) || !Double.isFinite(rates[c]) || !(ranges[c] > 0) || !Double.isFinite(ranges[c])) {
                throw invalid("channel '" + channelNames.get(c) + "' needs a positive rate and range, has "
                        + rates[c] + " Hz and " + ranges[c] + " mV");
            }
            if (values[c].length != time.length) {
                throw invalid("channel '" + channelNames.get(c) + "' has " + values[c].length + " values, expected "
                        + time.length);
            }
            for (double v : values[c]) {
                if (!Double.isFinite(v)) {
                    throw invalid("channel '" + channelNames.get(c) + "' has a value " + v);
                }
            }
        }
        int r = Columns.firstUnorderedTime(time);
        if (r >= 0) {
            throw invalid("time " + time[r] + " at row " + (r + 1) + " is not finite or not increasing");
        }
    }

    /** @return header keys (without ':') and values in file order (unmodifiable) */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return channel names in column order (unmodifiable) */
    public List<String> channelNames() {
        return channelNames;
    }

    /** @return number of channels */
    public int channelCount() {
        return channelNames.size();
    }

    /** @return number of samples (rows) */
    public int rowCount() {
        return time.length;
    }

    /**
     * @param channel a channel name
     * @return its index, or -1 if absent
     */
    public int indexOf(String channel) {
        Integer index = indexByName.get(channel);
        return index == null ? -1 : index;
    }

    /** @return sample rate of each channel (Hz), a copy */
    public double[] rates() {
        return rates.clone();
    }

    /** @return range of each channel (mV), a copy */
    public double[] ranges() {
        return ranges.clone();
    }

    /** @return times (s), a copy */
    public double[] time() {
        return time.clone();
    }

    /**
     * @param channel a channel name
     * @return its raw values (ADC counts), a copy
     * @throws NeuroMskException if there is no such channel
     */
    public double[] counts(String channel) {
        return values[requireIndex(channel)].clone();
    }

    /**
     * @param row row index
     * @param channel channel index
     * @return the raw value (ADC counts)
     */
    public double value(int row, int channel) {
        return values[channel][row];
    }

    /**
     * @return the ADC resolution from the header (bits)
     * @throws NeuroMskException if {@value #BIT_DEPTH} is missing or not a positive integer
     */
    public int bitDepth() {
        String text = metadata.get(BIT_DEPTH);
        try {
            int bits = Integer.parseInt(text == null ? "" : text);
            if (bits > 0 && bits < 64) {
                return bits;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid("header " + BIT_DEPTH + " must be a positive integer, found '" + text + "'");
    }

    /**
     * Converts a channel's counts to millivolts: {@code counts · Range / 2^(BitDepth−1)}.
     *
     * @param channel a channel name
     * @return the channel in millivolts (mV)
     * @throws NeuroMskException if the channel is absent, BitDepth is missing, or the header
     *         declares a polarity other than Bipolar (the formula assumes a bipolar range)
     */
    public double[] millivolts(String channel) {
        int c = requireIndex(channel);
        String polarity = metadata.get(POLARITY);
        if (polarity != null && !polarity.equalsIgnoreCase("Bipolar")) {
            throw invalid("Polarity '" + polarity + "': counts-to-voltage conversion is defined for Bipolar only");
        }
        double scale = ranges[c] / Math.pow(2, bitDepth() - 1);
        double[] mv = new double[time.length];
        for (int r = 0; r < mv.length; r++) {
            mv[r] = values[c][r] * scale;
        }
        return mv;
    }

    /**
     * @param channel a channel name
     * @return the channel in volts (V): {@link #millivolts(String)} / 1000
     */
    public double[] volts(String channel) {
        double[] v = millivolts(channel);
        for (int r = 0; r < v.length; r++) {
            v[r] /= 1000.0;
        }
        return v;
    }

    double[] ratesView() {
        return rates;
    }

    double[] rangesView() {
        return ranges;
    }

    double[] timeView() {
        return time;
    }

    double[][] valuesView() {
        return values;
    }

    private int requireIndex(String channel) {
        Integer index = indexByName.get(channel);
        if (index == null) {
            throw invalid("has no channel '" + channel + "'");
        }
        return index;
    }

    private static NeuroMskException invalid(String problem) {
        return new NeuroMskException("ANC data: " + problem);
    }

    @Override
    public String toString() {
        return "AncFile(" + channelCount() + " channels x " + rowCount() + " samples)";
    }
}

package org.neuromsk.emg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.signal.Interpolation;
import org.neuromsk.signal.Resampler;
import org.neuromsk.signal.Sampling;

/**
 * Named EMG channels sampled at common times: raw signals or envelopes. Immutable; array accessors
 * return copies. Every error message starts with {@link #source()}, normally the file read.
 */
public final class EmgSignals {

    private final String source;
    private final double[] time;
    private final List<String> channels;
    private final double[][] values;

    /**
     * @param source where the signals come from, for messages (e.g. the file name)
     * @param time sample times (s), finite and strictly increasing
     * @param channels channel names: unique, non-empty, without spaces, tabs or commas
     * @param values {@code values[channel][sample]} (V, mV or -), finite
     * @throws NeuroMskException if a rule is broken; the message names the source
     */
    public EmgSignals(String source, double[] time, List<String> channels, double[][] values) {
        this(source, time.clone(), List.copyOf(channels), Columns.deepCopy(values), true);
    }

    private EmgSignals(String source, double[] time, List<String> channels, double[][] values, boolean adopt) {
        this.source = source == null || source.isBlank() ? "<EMG>" : source;
        this.time = time;
        this.channels = List.copyOf(channels);
        this.values = values;
        validate();
    }

    private void validate() {
        try {
            Sampling.requireIncreasing(time);
        } catch (NeuroMskException e) {
            throw problem(e.getMessage());
        }
        if (channels.size() != values.length) {
            throw problem(channels.size() + " channel names but " + values.length + " channels of values");
        }
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < channels.size(); c++) {
            String name = channels.get(c);
            if (name.isEmpty() || name.chars().anyMatch(ch -> Character.isWhitespace(ch) || ch == ',')) {
                throw problem("channel name '" + name + "' is empty or contains a space, tab or comma");
            }
            if (!seen.add(name)) {
                throw problem("duplicate channel name '" + name + "'");
            }
            if (values[c].length != time.length) {
                throw problem("channel '" + name + "' has " + values[c].length + " samples, expected " + time.length);
            }
            for (int i = 0; i < time.length; i++) {
                if (!Double.isFinite(values[c][i])) {
                    throw problem("channel '" + name + "' has the value " + values[c][i] + " at t = " + time[i]
                            + " s (sample " + (i + 1) + ")");
                }
            }
        }
    }

    /**
     * @param source where the table comes from, for messages
     * @param table a Storage table whose data columns are channels
     * @return the signals
     */
    public static EmgSignals of(String source, Storage table) {
        double[][] v = new double[table.columnCount()][];
        for (int c = 0; c < v.length; c++) {
            v[c] = table.column(c);
        }
        return new EmgSignals(source, table.time(), table.labels(), v, true);
    }

    /** @return where the signals come from (e.g. a file name) */
    public String source() {
        return source;
    }

    /** @return the sample times (s), a copy */
    public double[] time() {
        return time.clone();
    }

    /** @return the channel names (unmodifiable) */
    public List<String> channels() {
        return channels;
    }

    /** @return number of samples */
    public int sampleCount() {
        return time.length;
    }

    /**
     * @param name a channel name
     * @return its samples, a copy
     * @throws NeuroMskException if there is no such channel
     */
    public double[] channel(String name) {
        return values[requireIndex(name)].clone();
    }

    /**
     * @param index channel index
     * @return its samples, a copy
     */
    public double[] channel(int index) {
        return values[index].clone();
    }

    /**
     * @return the sample rate (Hz)
     * @throws NeuroMskException if the time base is not uniform or too short; the message names the source
     */
    public double rate() {
        try {
            return Sampling.rate(time);
        } catch (NeuroMskException e) {
            throw problem(e.getMessage());
        }
    }

    /**
     * @param names channels to keep, in the order wanted
     * @return the signals with only those channels
     * @throws NeuroMskException naming the source and the available channels if a name is unknown
     */
    public EmgSignals select(List<String> names) {
        double[][] v = new double[names.size()][];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[requireIndex(names.get(i))];
        }
        return new EmgSignals(source, time, names, v, true);
    }

    /**
     * @param renames old name → new name; channels not mentioned keep their names
     * @return the signals with channels renamed
     * @throws NeuroMskException naming the source if an old name is unknown or new names collide
     */
    public EmgSignals renamed(Map<String, String> renames) {
        for (String old : renames.keySet()) {
            requireIndex(old);
        }
        List<String> names = new ArrayList<>(channels.size());
        for (String name : channels) {
            names.add(renames.getOrDefault(name, name));
        }
        return new EmgSignals(source, time, names, values, true);
    }

    /**
     * @param names channel names of the new values
     * @param newValues {@code newValues[channel][sample]}, as many samples as {@link #time()}
     * @return signals with the same source and times and the given channels
     */
    public EmgSignals withChannels(List<String> names, double[][] newValues) {
        return new EmgSignals(source, time, names, Columns.deepCopy(newValues), true);
    }

    /**
     * @param newTime times to evaluate at (s), strictly increasing, within this time span
     * @param interpolation linear or cubic
     * @return the signals at {@code newTime}
     * @throws NeuroMskException naming the source if a time lies outside
     */
    public EmgSignals resampled(double[] newTime, Interpolation interpolation) {
        double[][] v = new double[values.length][];
        try {
            Sampling.requireIncreasing(newTime);
            for (int c = 0; c < v.length; c++) {
                v[c] = Resampler.resample(time, values[c], newTime, interpolation);
            }
        } catch (NeuroMskException e) {
            throw problem(e.getMessage());
        }
        return new EmgSignals(source, newTime.clone(), channels, v, true);
    }

    /**
     * @param rate new sample rate (Hz)
     * @param interpolation linear or cubic
     * @return the signals at {@code start + k/rate} over this time span
     */
    public EmgSignals resampled(double rate, Interpolation interpolation) {
        double[] t;
        try {
            t = Resampler.uniformTimes(time[0], time[time.length - 1], rate);
        } catch (NeuroMskException e) {
            throw problem(e.getMessage());
        }
        return resampled(t, interpolation);
    }

    /**
     * @param name the table name
     * @return a Storage table (time, one column per channel, inDegrees=no)
     */
    public Storage toStorage(String name) {
        return Storage.of(name, false, channels, time, values);
    }

    /** @return channel name → peak value (unit of the samples), in channel order */
    public Map<String, Double> peaks() {
        Map<String, Double> peaks = new LinkedHashMap<>();
        for (int c = 0; c < channels.size(); c++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values[c]) {
                max = Math.max(max, v);
            }
            peaks.put(channels.get(c), max);
        }
        return peaks;
    }

    /**
     * @param name a channel name
     * @return its index, or -1
     */
    public int indexOf(String name) {
        return channels.indexOf(name);
    }

    private int requireIndex(String name) {
        int index = channels.indexOf(name);
        if (index < 0) {
            throw problem("no channel '" + name + "'; channels are " + String.join(", ", channels));
        }
        return index;
    }

    private NeuroMskException problem(String what) {
        return new NeuroMskException(source + ": " + what);
    }

    double[][] valuesView() {
        return values;
    }

    @Override
    public String toString() {
        return "EmgSignals(" + source + ": " + channels.size() + " channels x " + time.length + " samples)";
    }
}

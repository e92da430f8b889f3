package org.neuromsk.emg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.anc.AncFile;
import org.neuromsk.io.anc.AncReader;
import org.neuromsk.io.storage.StorageReader;

/**
 * Reads raw EMG channels, choosing the format by the file's extension:
 * <ul>
 * <li>{@code .anc} (Motion Analysis analog): counts converted to volts (V) with the file's
 *     BitDepth and per-channel Range ({@link AncFile#volts(String)});</li>
 * <li>{@code .sto}, {@code .mot} (OpenSim Storage): columns as they are (the file's unit);</li>
 * <li>{@code .csv}, {@code .txt}: a header row with the time label and channel names, then rows
 *     of time (s) and samples (the file's unit).</li>
 * </ul>
 * Problems are {@link FileFormatException}s naming the file (and the line where known): an unknown
 * extension, malformed content, NaN or infinite samples, times that do not increase, unknown channel
 * names, renames that collide.
 */
public final class EmgReader {

    private EmgReader() {
    }

    /**
     * @param file a raw EMG file
     * @return all its channels
     * @throws FileFormatException if the file is malformed
     */
    public static EmgSignals read(Path file) {
        return read(file, List.of(), Map.of());
    }

    /**
     * @param file a raw EMG file
     * @param channels channel names to keep, in that order; empty for all (for {@code .anc} all
     *        analog channels, force plates included)
     * @param renames channel name in the file → name wanted (applied after choosing)
     * @return the chosen channels
     * @throws FileFormatException if the file is malformed or a name is unknown
     */
    public static EmgSignals read(Path file, List<String> channels, Map<String, String> renames) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        EmgSignals all;
        if (name.endsWith(".anc")) {
            all = readAnc(file, channels);
        } else if (name.endsWith(".sto") || name.endsWith(".mot")) {
            all = wrap(file, () -> EmgSignals.of(file.toString(), StorageReader.read(file)));
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            all = CsvEmgReader.read(file);
        } else {
            throw new FileFormatException(file, 0, "unknown EMG file type (expected .anc, .sto, .mot, .csv or .txt)");
        }
        EmgSignals chosen = all;
        if (!channels.isEmpty()) {
            chosen = wrap(file, () -> all.select(channels));
        }
        if (!renames.isEmpty()) {
            EmgSignals selected = chosen;
            chosen = wrap(file, () -> selected.renamed(renames));
        }
        return chosen;
    }

    private static EmgSignals readAnc(Path file, List<String> channels) {
        AncFile anc = AncReader.read(file);
        List<String> names = channels.isEmpty() ? anc.channelNames() : channels;
        List<String> known = new ArrayList<>();
        for (String channel : names) {
            if (anc.indexOf(channel) < 0) {
                throw new FileFormatException(file, 0, "no channel '" + channel + "'; channels are "
                        + String.join(", ", anc.channelNames()));
            }
            known.add(channel);
        }
        double[][] volts = new double[known.size()][];
        return wrap(file, () -> {
            for (int c = 0; c < volts.length; c++) {
                volts[c] = anc.volts(known.get(c));
            }
            return new EmgSignals(file.toString(), anc.time(), known, volts);
        });
    }

    /** A step that may fail with a message already naming the file. */
    private interface Step {
        EmgSignals run();
    }

    private static EmgSignals wrap(Path file, Step step) {
        try {
            return step.run();
        } catch (FileFormatException e) {
            throw e;
        } catch (NeuroMskException e) {
            throw fileError(file, 0, e);
        }
    }

    /**
     * @return a file error for {@code e}, without repeating a leading "file: " in its message
     */
    static FileFormatException fileError(Path file, int line, NeuroMskException e) {
        String message = e.getMessage();
        String prefix = file + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        return new FileFormatException(file, line, message, e);
    }
}

package org.neuromsk.io.anc;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.NumberText;

/**
 * Writes {@link AncFile}s in the Motion Analysis layout that {@link AncReader} reads, through
 * {@link AtomicFiles}. Header pairs are grouped on lines as Motion Analysis writes them (File_Type and
 * Generation#; Board_Type and Polarity; Trial_Name, Trial#, Duration(Sec.) and #Channels; BitDepth and
 * PreciseRate), other keys two per line after them. Numbers are the shortest plain text that reads
 * back to the identical double, so integer counts stay integers.
 */
public final class AncWriter {

    private static final List<List<String>> HEADER_LINES = List.of(
            List.of("File_Type", "Generation#"),
            List.of("Board_Type", "Polarity"),
            List.of("Trial_Name", "Trial#", "Duration(Sec.)", AncFile.CHANNELS),
            List.of(AncFile.BIT_DEPTH, AncFile.PRECISE_RATE));
    private static final int BLANK_LINES_AFTER_HEADER = 4;

    private AncWriter() {
    }

    /**
     * @param anc the recording
     * @param target the file to create or replace
     * @throws NeuroMskException if the file cannot be written (the target is then untouched)
     */
    public static void write(AncFile anc, Path target) {
        if (anc.rowCount() == 0) {
            throw new NeuroMskException(target + ": cannot write an ANC file without samples");
        }
        AtomicFiles.writeText(target, out -> write(anc, out));
    }

    /**
     * Writes to a stream (the caller closes it).
     *
     * @param anc the recording
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(AncFile anc, Writer out) throws IOException {
        Map<String, String> remaining = new LinkedHashMap<>(anc.metadata());
        for (List<String> keys : HEADER_LINES) {
            List<String> present = new ArrayList<>();
            for (String key : keys) {
                if (remaining.containsKey(key)) {
                    present.add(key);
                }
            }
            writePairs(out, present, remaining);
        }
        List<String> others = new ArrayList<>(remaining.keySet());
        for (int i = 0; i < others.size(); i += 2) {
            writePairs(out, others.subList(i, Math.min(i + 2, others.size())), remaining);
        }
        out.write("\n".repeat(BLANK_LINES_AFTER_HEADER));

        out.write("Name");
        for (String name : anc.channelNames()) {
            out.write('\t');
            out.write(name);
        }
        out.write('\n');
        writeNumbers(out, "Rate", anc.ratesView());
        writeNumbers(out, "Range", anc.rangesView());

        double[] time = anc.timeView();
        double[][] values = anc.valuesView();
        StringBuilder line = new StringBuilder(8 * (values.length + 1));
        for (int r = 0; r < time.length; r++) {
            line.setLength(0);
            line.append(NumberText.shortest(time[r]));
            for (double[] channel : values) {
                line.append('\t').append(NumberText.shortest(channel[r]));
            }
            line.append('\n');
            out.append(line);
        }
    }

    private static void writePairs(Writer out, List<String> keys, Map<String, String> remaining) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String key : keys) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(key).append(":\t").append(remaining.remove(key));
        }
        out.write(line + "\n");
    }

    private static void writeNumbers(Writer out, String label, double[] numbers) throws IOException {
        StringBuilder line = new StringBuilder(label);
        for (double v : numbers) {
            line.append('\t').append(NumberText.shortest(v));
        }
        out.write(line + "\n");
    }
}

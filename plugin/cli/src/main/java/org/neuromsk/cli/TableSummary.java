package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.neuromsk.io.NumberText;
import org.neuromsk.io.anc.AncFile;
import org.neuromsk.io.anc.AncReader;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.trc.TrcFile;
import org.neuromsk.io.trc.TrcReader;

/** Text summaries of tables: Storage, TRC and ANC files. */
final class TableSummary {

    private static final int SHOWN_LABELS = 40;

    private TableSummary() {
    }

    static void printStorage(Path file, PrintWriter out) {
        Storage s = StorageReader.read(file);
        out.printf("Storage table %s%n", file);
        out.printf("  name:        %s%n", s.name());
        out.printf("  columns:     %d (plus %s)%n", s.columnCount(), s.timeLabel());
        out.printf("  rows:        %d%n", s.rowCount());
        printTime(out, s.startTime(), s.endTime(), s.rowCount(), s.rowCount() < 2 || s.isUniformlySampled(1e-6));
        out.printf("  inDegrees:   %s%n", s.inDegrees() ? "yes" : "no");
        out.printf("  labels:      %s%n", abbreviate(s.labels()));
    }

    static void printTrc(Path file, PrintWriter out) {
        TrcFile t = TrcReader.read(file);
        out.printf("TRC marker file %s%n", file);
        out.printf("  markers:     %d%n", t.markerCount());
        out.printf("  frames:      %d%n", t.frameCount());
        out.printf("  data rate:   %s Hz%n", number(t.dataRate()));
        out.printf("  units:       %s%n", t.units());
        if (t.frameCount() > 0) {
            out.printf("  time:        %s to %s s%n", number(t.time(0)), number(t.time(t.frameCount() - 1)));
        }
        out.printf("  names:       %s%n", abbreviate(t.markerNames()));
    }

    static void printAnc(Path file, PrintWriter out) {
        AncFile a = AncReader.read(file);
        double[] time = a.time();
        out.printf("ANC analog file %s%n", file);
        out.printf("  channels:    %d%n", a.channelCount());
        out.printf("  rows:        %d%n", a.rowCount());
        if (time.length > 1) {
            printTime(out, time[0], time[time.length - 1], time.length, true);
        }
        out.printf("  names:       %s%n", abbreviate(a.channelNames()));
    }

    private static void printTime(PrintWriter out, double start, double end, int rows, boolean uniform) {
        out.printf("  time:        %s to %s s%n", number(start), number(end));
        if (rows > 1) {
            double rate = (rows - 1) / (end - start);
            out.printf("  rate:        %s Hz (%s)%n", number(rate), uniform ? "uniform" : "non-uniform, mean");
        }
    }

    /** @return the value with at most 6 significant digits and no trailing zeros */
    static String number(double value) {
        return NumberText.significant(value, 6);
    }

    private static String abbreviate(List<String> labels) {
        if (labels.size() <= SHOWN_LABELS) {
            return String.join(" ", labels);
        }
        return String.join(" ", labels.subList(0, SHOWN_LABELS)) + " ... (" + (labels.size() - SHOWN_LABELS)
                + " more)";
    }
}

package org.neuromsk.io.storage;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.NumberText;

/**
 * Writes {@link Storage} tables as OpenSim reads them, through {@link AtomicFiles} (nothing is left
 * half-written if writing fails).
 *
 * <p>Version 1 (the default, OpenSim's Storage layout):
 * <pre>
 * name
 * version=1
 * nRows=N
 * nColumns=M        (time included)
 * inDegrees=yes|no
 * key=value ...     (metadata)
 * text lines ...
 * endheader
 * time&lt;TAB&gt;label...
 * rows
 * </pre>
 * Version 3 (STOFileAdapter layout): the name, {@code inDegrees}, {@code nColumns}, {@code nRows},
 * metadata, text lines, then {@code DataType=double}, {@code version=3}, {@code OpenSimVersion=4.5},
 * {@code endheader}, labels and rows.
 *
 * <p>Numbers are written by default as the shortest text that reads back to the identical double
 * ({@link NumberText#shortest(double)}), so a written table re-reads exactly. With
 * {@link Options#withPrecision(int)} they are written as OpenSim's Storage does, {@code %16.Nf}.
 * NaN or infinite values, and tables without rows, are refused.
 */
public final class StorageWriter {

    /** OpenSim version written into version-3 headers. */
    public static final String OPENSIM_VERSION = "4.5";

    /**
     * How to write.
     *
     * @param version file version, 1 or 3
     * @param precision digits after the decimal point in OpenSim's fixed {@code %16.Nf} layout, or
     *        {@link #EXACT} for exact shortest round-trip text
     */
    public record Options(int version, int precision) {

        /** {@link #precision()} value for exact shortest round-trip numbers. */
        public static final int EXACT = -1;
        /** Width of OpenSim's fixed-point fields. */
        static final int FIXED_WIDTH = 16;

        /**
         * @param version file version, 1 or 3
         * @param precision digits after the decimal point (0 to 17), or {@link #EXACT}
         * @throws IllegalArgumentException for an unknown version or a precision out of range
         */
        public Options {
            if (version != 1 && version != 3) {
                throw new IllegalArgumentException("Storage version must be 1 or 3, got " + version);
            }
            if (precision < EXACT || precision > 17) {
                throw new IllegalArgumentException("precision must be 0 to 17 (or EXACT), got " + precision);
            }
        }

        /** @return version 1, exact numbers */
        public static Options version1() {
            return new Options(1, EXACT);
        }

        /** @return version 3, exact numbers */
        public static Options version3() {
            return new Options(3, EXACT);
        }

        /**
         * @param decimals digits after the decimal point (OpenSim's default is 8)
         * @return these options with fixed-point numbers
         */
        public Options withPrecision(int decimals) {
            return new Options(version, decimals);
        }

        String format(double value) {
            if (precision == EXACT) {
                return NumberText.shortest(value);
            }
            String text = NumberText.fixed(value, precision);
            return text.length() >= FIXED_WIDTH ? text : " ".repeat(FIXED_WIDTH - text.length()) + text;
        }
    }

    private StorageWriter() {
    }

    /**
     * Writes version 1 with exact numbers.
     *
     * @param storage the table
     * @param target the file to create or replace
     * @throws NeuroMskException if the table cannot be written (the target is then untouched)
     */
    public static void write(Storage storage, Path target) {
        write(storage, target, Options.version1());
    }

    /**
     * @param storage the table
     * @param target the file to create or replace
     * @param options version and number format
     * @throws NeuroMskException if the table cannot be written (the target is then untouched)
     */
    public static void write(Storage storage, Path target, Options options) {
        if (storage.rowCount() == 0) {
            throw new NeuroMskException(target + ": cannot write storage '" + storage.name() + "': it has no rows");
        }
        AtomicFiles.writeText(target, out -> write(storage, out, options, target));
    }

    /**
     * Writes to a stream (the caller closes it).
     *
     * @param storage the table
     * @param out where to write
     * @param options version and number format
     * @throws IOException if writing fails
     * @throws NeuroMskException if a value is NaN or infinite
     */
    public static void write(Storage storage, Writer out, Options options) throws IOException {
        write(storage, out, options, null);
    }

    private static void write(Storage storage, Writer out, Options options, Path target) throws IOException {
        writeHeader(storage, out, options);
        out.write(storage.timeLabel());
        for (String label : storage.labels()) {
            out.write('\t');
            out.write(label);
        }
        out.write('\n');
        double[] time = storage.timeView();
        double[][] columns = storage.columnsView();
        StringBuilder line = new StringBuilder(32 * (columns.length + 1));
        for (int r = 0; r < time.length; r++) {
            line.setLength(0);
            line.append(options.format(time[r]));
            for (int c = 0; c < columns.length; c++) {
                double value = columns[c][r];
                if (!Double.isFinite(value)) {
                    throw new NeuroMskException((target == null ? "" : target + ": ") + "cannot write storage '"
                            + storage.name() + "': column '" + storage.labels().get(c) + "' is " + value
                            + " at time " + time[r] + " s (row " + (r + 1) + ")");
                }
                line.append('\t').append(options.format(value));
            }
            line.append('\n');
            out.append(line);
        }
    }

    private static void writeHeader(Storage storage, Writer out, Options options) throws IOException {
        String degrees = "inDegrees=" + (storage.inDegrees() ? "yes" : "no");
        String columns = "nColumns=" + (storage.columnCount() + 1);
        String rows = "nRows=" + storage.rowCount();
        if (!storage.name().isEmpty()) {
            line(out, storage.name());
        }
        if (options.version() == 1) {
            line(out, "version=1");
            line(out, rows);
            line(out, columns);
            line(out, degrees);
        } else {
            line(out, degrees);
            line(out, columns);
            line(out, rows);
        }
        for (Map.Entry<String, String> e : storage.metadata().entrySet()) {
            line(out, e.getKey() + "=" + e.getValue());
        }
        for (String text : storage.textLines()) {
            line(out, text);
        }
        if (options.version() == 3) {
            line(out, "DataType=double");
            line(out, "version=3");
            line(out, "OpenSimVersion=" + OPENSIM_VERSION);
        }
        line(out, HeaderLine.END_HEADER);
    }

    private static void line(Writer out, String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}

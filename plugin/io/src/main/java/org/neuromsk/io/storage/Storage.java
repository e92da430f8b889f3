package org.neuromsk.io.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.TextFile;

/**
 * An OpenSim Storage table (.sto, .mot): a name, header metadata, a time column and named data
 * columns. Immutable; every accessor that returns an array returns a copy.
 *
 * <p>Values are in the units of the file. {@link #inDegrees()} says whether the rotational columns
 * are in degrees; which columns are rotational is known only to the model, so conversion is an
 * explicit call naming the columns: {@link #toRadians(Set)}, {@link #toDegrees(Set)}.
 *
 * <p>Rules: column labels are unique, non-empty and contain no space, tab or comma; times are finite
 * and strictly increasing (s). Data values may be NaN or infinite in memory (a computation may
 * produce them), but {@link StorageReader} never returns such values and {@link StorageWriter}
 * refuses to write them.
 */
public final class Storage {

    /** Label of the time column unless a file says otherwise. */
    public static final String DEFAULT_TIME_LABEL = "time";
    /** Header text line of version-0 files that declares degrees. */
    public static final String ANGLES_IN_DEGREES = "Angles are in degrees.";
    /** Header text line of version-0 files that declares radians. */
    public static final String ANGLES_IN_RADIANS = "Angles are in radians.";

    /** OpenSim's conversion factor: angles are multiplied by π/180 (SimTK_DEGREE_TO_RADIAN). */
    private static final double DEGREES_TO_RADIANS = Math.PI / 180.0;
    /** OpenSim's inverse factor, 180/π (SimTK_RADIAN_TO_DEGREE). */
    private static final double RADIANS_TO_DEGREES = 180.0 / Math.PI;

    private final String name;
    private final Map<String, String> metadata;
    private final List<String> textLines;
    private final boolean inDegrees;
    private final String timeLabel;
    private final List<String> labels;
    private final Map<String, Integer> indexByLabel;
    private final double[] time;
    private final double[][] columns;

    /**
     * @param name table name, the first header line ("" for none)
     * @param metadata further {@code key=value} header entries, in order (not the keys the format
     *        itself writes: version, nRows, nColumns, inDegrees, DataType, OpenSimVersion, name)
     * @param textLines free header text lines, in order (e.g. "Units are S.I. units ...")
     * @param inDegrees whether rotational columns are in degrees
     * @param timeLabel label of the time column, usually {@value #DEFAULT_TIME_LABEL}
     * @param labels labels of the data columns, time excluded
     * @param time times (s), strictly increasing
     * @param columns data, {@code columns[c][row]}, one column per label
     * @throws NeuroMskException if any rule of the class is broken
     */
    public Storage(String name, Map<String, String> metadata, List<String> textLines, boolean inDegrees,
            String timeLabel, List<String> labels, double[] time, double[][] columns) {
        this(name, metadata, textLines, inDegrees, timeLabel, labels, time.clone(), Columns.deepCopy(columns), true);
    }

    /** Takes ownership of the arrays (no copy); used by the reader and the derived tables. */
    Storage(String name, Map<String, String> metadata, List<String> textLines, boolean inDegrees,
            String timeLabel, List<String> labels, double[] time, double[][] columns, boolean validate) {
        this.name = name == null ? "" : name.strip();
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.textLines = List.copyOf(textLines);
        this.inDegrees = inDegrees;
        this.timeLabel = timeLabel;
        this.labels = List.copyOf(labels);
        this.time = time;
        this.columns = columns;
        this.indexByLabel = new HashMap<>(labels.size() * 2);
        for (int c = 0; c < this.labels.size(); c++) {
            Integer previous = indexByLabel.putIfAbsent(this.labels.get(c), c);
            if (previous != null) {
                throw invalid("duplicate column label '" + this.labels.get(c) + "' (columns " + (previous + 1)
                        + " and " + (c + 1) + ")");
            }
        }
        if (validate) {
            validate();
        }
    }

    /**
     * A table with an empty header.
     *
     * @param name table name
     * @param inDegrees whether rotational columns are in degrees
     * @param labels labels of the data columns, time excluded
     * @param time times (s), strictly increasing
     * @param columns data, {@code columns[c][row]}
     * @return the table, with time label {@value #DEFAULT_TIME_LABEL}
     */
    public static Storage of(String name, boolean inDegrees, List<String> labels, double[] time,
            double[][] columns) {
        return new Storage(name, Map.of(), List.of(), inDegrees, DEFAULT_TIME_LABEL, labels, time, columns);
    }

    private void validate() {
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw invalid("the name must be one line");
        }
        if (!name.isEmpty() && !readsBackAsText(name)) {
            throw invalid("the name '" + name + "' would be read back as a header key or a data row");
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            if (!HeaderLine.isEntryKey(e.getKey())) {
                throw invalid("metadata key '" + e.getKey() + "' is reserved or not a single word");
            }
            if (e.getValue() == null || e.getValue().contains("\n") || e.getValue().contains("\r")
                    || !e.getValue().equals(e.getValue().strip())) {
                throw invalid("metadata value of '" + e.getKey() + "' must be one trimmed line");
            }
        }
        for (String line : textLines) {
            if (line.isBlank() || line.contains("\n") || line.contains("\r") || !line.equals(line.strip())
                    || !readsBackAsText(line)) {
                throw invalid("header text line '" + line + "' is blank, not one trimmed line, or reads as a key");
            }
        }
        checkLabel(timeLabel);
        for (String label : labels) {
            checkLabel(label);
            if (label.equals(timeLabel)) {
                throw invalid("column label '" + label + "' is the time label");
            }
        }
        if (columns.length != labels.size()) {
            throw invalid(labels.size() + " labels but " + columns.length + " columns");
        }
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != time.length) {
                throw invalid("column '" + labels.get(c) + "' has " + columns[c].length + " values, expected "
                        + time.length);
            }
        }
        int r = Columns.firstUnorderedTime(time);
        if (r >= 0 && !Double.isFinite(time[r])) {
            throw invalid("time at row " + (r + 1) + " is " + time[r]);
        } else if (r >= 0) {
            throw invalid("time " + time[r] + " at row " + (r + 1) + " is not after " + time[r - 1]);
        }
    }

    private static boolean readsBackAsText(String line) {
        return HeaderLine.parse(line).kind() == HeaderLine.Kind.TEXT
                && !StorageReader.looksLikeData(TextFile.cells(line));
    }

    private void checkLabel(String label) {
        if (label == null || label.isEmpty()) {
            throw invalid("empty column label");
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (TextFile.isSeparator(c) || c == '\n' || c == '\r') {
                throw invalid("column label '" + label + "' contains a space, tab or comma");
            }
        }
    }

    private NeuroMskException invalid(String problem) {
        return new NeuroMskException("storage '" + name + "': " + problem);
    }

    /** @return the table name ("" if none) */
    public String name() {
        return name;
    }

    /** @return further {@code key=value} header entries, in file order (unmodifiable) */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return free header text lines, in file order (unmodifiable) */
    public List<String> textLines() {
        return textLines;
    }

    /** @return true if rotational columns are in degrees, false if in radians */
    public boolean inDegrees() {
        return inDegrees;
    }

    /** @return label of the time column */
    public String timeLabel() {
        return timeLabel;
    }

    /** @return labels of the data columns, time excluded (unmodifiable) */
    public List<String> labels() {
        return labels;
    }

    /** @return number of data columns, time excluded */
    public int columnCount() {
        return labels.size();
    }

    /** @return number of rows */
    public int rowCount() {
        return time.length;
    }

    /**
     * @param label a data column label
     * @return its index in {@link #labels()}, or -1 if absent
     */
    public int indexOf(String label) {
        Integer index = indexByLabel.get(label);
        return index == null ? -1 : index;
    }

    /**
     * @param label a data column label
     * @return true if the table has that column
     */
    public boolean hasColumn(String label) {
        return indexByLabel.containsKey(label);
    }

    /** @return the times (s), a copy */
    public double[] time() {
        return time.clone();
    }

    /**
     * @param row row index
     * @return time of that row (s)
     */
    public double time(int row) {
        return time[row];
    }

    /**
     * @param label a data column label
     * @return the column's values, a copy
     * @throws NeuroMskException if there is no such column
     */
    public double[] column(String label) {
        return columns[requireIndex(label)].clone();
    }

    /**
     * @param index a data column index (0 = first column after time)
     * @return the column's values, a copy
     */
    public double[] column(int index) {
        return columns[index].clone();
    }

    /**
     * @param row row index
     * @param column data column index
     * @return the value
     */
    public double value(int row, int column) {
        return columns[column][row];
    }

    /** @return time of the first row (s) */
    public double startTime() {
        requireRows(1);
        return time[0];
    }

    /** @return time of the last row (s) */
    public double endTime() {
        requireRows(1);
        return time[time.length - 1];
    }

    /** @return mean time step, (last − first) / (rows − 1) (s) */
    public double averageTimeStep() {
        requireRows(2);
        return (time[time.length - 1] - time[0]) / (time.length - 1);
    }

    /** @return mean sample rate, 1 / {@link #averageTimeStep()} (Hz) */
    public double sampleRate() {
        return 1.0 / averageTimeStep();
    }

    /**
     * @return true if every time step equals the mean step within {@code tolerance}
     * @param tolerance allowed deviation of each step from the mean (s)
     */
    public boolean isUniformlySampled(double tolerance) {
        double mean = averageTimeStep();
        for (int r = 1; r < time.length; r++) {
            if (Math.abs(time[r] - time[r - 1] - mean) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same header and times with other data columns.
     *
     * @param newLabels labels of the new data columns
     * @param newColumns data, {@code newColumns[c][row]}, each as long as {@link #rowCount()}
     * @return a new table
     */
    public Storage withColumns(List<String> newLabels, double[][] newColumns) {
        return new Storage(name, metadata, textLines, inDegrees, timeLabel, newLabels, time.clone(),
                Columns.deepCopy(newColumns), true);
    }

    /**
     * @param newName the name of the new table
     * @return the same table under another name
     */
    public Storage withName(String newName) {
        return new Storage(newName, metadata, textLines, inDegrees, timeLabel, labels, time, columns, true);
    }

    /**
     * @param selected labels of the columns to keep, in the order wanted
     * @return a table with only those columns
     * @throws NeuroMskException if a label is absent
     */
    public Storage select(Collection<String> selected) {
        List<String> newLabels = new ArrayList<>(selected);
        double[][] newColumns = new double[newLabels.size()][];
        for (int i = 0; i < newColumns.length; i++) {
            newColumns[i] = columns[requireIndex(newLabels.get(i))];
        }
        return new Storage(name, metadata, textLines, inDegrees, timeLabel, newLabels, time, newColumns, true);
    }

    /**
     * @param from first time to keep (s)
     * @param to last time to keep (s)
     * @return the rows with {@code from <= time <= to} (possibly none)
     * @throws NeuroMskException if {@code from > to}
     */
    public Storage slice(double from, double to) {
        if (!(from <= to)) {
            throw invalid("cannot slice from " + from + " s to " + to + " s");
        }
        int first = 0;
        while (first < time.length && time[first] < from) {
            first++;
        }
        int end = first;
        while (end < time.length && time[end] <= to) {
            end++;
        }
        double[][] newColumns = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            newColumns[c] = Arrays.copyOfRange(columns[c], first, end);
        }
        return new Storage(name, metadata, textLines, inDegrees, timeLabel, labels,
                Arrays.copyOfRange(time, first, end), newColumns, false);
    }

    /**
     * Converts the named columns from degrees to radians (multiplied by π/180, as OpenSim does) and
     * marks the table {@code inDegrees=no}. Other columns are left alone: pass only the columns of
     * rotational coordinates (and their speeds), as OpenSim converts only Rotational coordinates.
     * A header text line "Angles are in degrees." becomes "Angles are in radians.".
     *
     * @param rotational labels of the columns to convert
     * @return the converted table
     * @throws NeuroMskException if the table is not in degrees or a label is absent
     */
    public Storage toRadians(Set<String> rotational) {
        if (!inDegrees) {
            throw invalid("is already in radians (inDegrees=no)");
        }
        return convert(rotational, DEGREES_TO_RADIANS, false);
    }

    /**
     * Converts the named columns from radians to degrees (multiplied by 180/π) and marks the table
     * {@code inDegrees=yes}; the inverse of {@link #toRadians(Set)}.
     *
     * @param rotational labels of the columns to convert
     * @return the converted table
     * @throws NeuroMskException if the table is already in degrees or a label is absent
     */
    public Storage toDegrees(Set<String> rotational) {
        if (inDegrees) {
            throw invalid("is already in degrees (inDegrees=yes)");
        }
        return convert(rotational, RADIANS_TO_DEGREES, true);
    }

    private Storage convert(Set<String> rotational, double factor, boolean degrees) {
        double[][] newColumns = columns.clone();
        for (String label : rotational) {
            double[] source = columns[requireIndex(label)];
            double[] converted = new double[source.length];
            for (int r = 0; r < source.length; r++) {
                converted[r] = source[r] * factor;
            }
            newColumns[indexOf(label)] = converted;
        }
        String from = degrees ? ANGLES_IN_RADIANS : ANGLES_IN_DEGREES;
        String to = degrees ? ANGLES_IN_DEGREES : ANGLES_IN_RADIANS;
        List<String> newText = new ArrayList<>(textLines.size());
        for (String line : textLines) {
            newText.add(line.equals(from) ? to : line);
        }
        return new Storage(name, metadata, newText, degrees, timeLabel, labels, time, newColumns, false);
    }

    private int requireIndex(String label) {
        Integer index = indexByLabel.get(label);
        if (index == null) {
            throw invalid("has no column '" + label + "'");
        }
        return index;
    }

    private void requireRows(int count) {
        if (time.length < count) {
            throw invalid("needs at least " + count + " row(s), has " + time.length);
        }
    }

    /** Direct access for the writer, same package; never exposed. */
    double[][] columnsView() {
        return columns;
    }

    double[] timeView() {
        return time;
    }

    @Override
    public String toString() {
        return "Storage '" + name + "' (" + rowCount() + " rows x " + columnCount() + " columns"
                + (time.length > 0 ? ", " + time[0] + " to " + time[time.length - 1] + " s" : "")
                + (inDegrees ? ", degrees" : "") + ")";
    }
}

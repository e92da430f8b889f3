package org.neuromsk.io.trc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.DataCell;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.NumberText;
import org.neuromsk.io.TextFile;
import org.neuromsk.io.TimeOrder;

/**
 * Reads TRC marker files (PathFileType 4), laid out as OpenSim's TRCFileAdapter expects:
 * <pre>
 * PathFileType  4  (X/Y/Z)  name.trc
 * DataRate  CameraRate  NumFrames  NumMarkers  Units  OrigDataRate  OrigDataStartFrame  OrigNumFrames
 * 120       120         121        3           mm     120           1                   121
 * Frame#  Time  marker1  (2 blanks)  marker2  ...
 *               X1  Y1  Z1  X2  Y2  Z2 ...
 * (optional blank line)
 * 1  0.000  x  y  z  x  y  z ...
 * </pre>
 * Cells are tab-separated; trailing tabs are ignored. An empty coordinate cell means the marker is
 * missing in that frame: like OpenSim, all three coordinates of that marker become NaN. Cells
 * spelled NaN are also read as missing. Every other problem is a {@link FileFormatException} naming
 * file and line: wrong row length, non-numeric or infinite cells, times that do not increase,
 * NumFrames/NumMarkers that disagree with the data, no data.
 */
public final class TrcReader {

    private static final int KEYS_LINE = 2;
    private static final int VALUES_LINE = 3;
    private static final int NAMES_LINE = 4;
    private static final int AXES_LINE = 5;

    private TrcReader() {
    }

    /**
     * @param file a .trc file
     * @return its markers
     * @throws FileFormatException if the file is malformed
     * @throws NeuroMskException if it cannot be read
     */
    public static TrcFile read(Path file) {
        List<String> lines = TextFile.readLines(file);
        if (lines.size() < AXES_LINE) {
            throw new FileFormatException(file, Math.max(lines.size(), 0),
                    "the TRC header needs 5 lines, the file has " + lines.size());
        }
        checkFirstLine(file, lines.get(0));

        List<String> keys = nonEmpty(TextFile.tabCells(lines.get(KEYS_LINE - 1)));
        List<String> values = nonEmpty(TextFile.tabCells(lines.get(VALUES_LINE - 1)));
        if (keys.size() != values.size()) {
            throw new FileFormatException(file, VALUES_LINE, "expected " + keys.size() + " header values (one per key on line "
                    + KEYS_LINE + "), found " + values.size());
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (metadata.put(keys.get(i), values.get(i)) != null) {
                throw new FileFormatException(file, KEYS_LINE, "duplicate header key '" + keys.get(i) + "'");
            }
        }
        for (String key : List.of(TrcFile.DATA_RATE, TrcFile.NUM_FRAMES, TrcFile.NUM_MARKERS, TrcFile.UNITS)) {
            if (!metadata.containsKey(key)) {
                throw new FileFormatException(file, KEYS_LINE, "header key '" + key + "' is missing");
            }
        }
        int framesDeclared = count(file, metadata, TrcFile.NUM_FRAMES);
        int markersDeclared = count(file, metadata, TrcFile.NUM_MARKERS);

        List<String> names = markerNames(file, lines.get(NAMES_LINE - 1));
        if (names.size() != markersDeclared) {
            throw new FileFormatException(file, NAMES_LINE, "header says NumMarkers=" + markersDeclared
                    + " (line " + VALUES_LINE + ") but this row names " + names.size() + " markers");
        }
        checkAxisLabels(file, lines.get(AXES_LINE - 1), names.size());

        int width = 2 + 3 * names.size();
        List<Integer> frames = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        TimeOrder timeOrder = new TimeOrder(file);
        for (int lineNo = AXES_LINE + 1; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = rowCells(line, width);
            if (cells.size() != width) {
                throw new FileFormatException(file, lineNo, "expected " + width + " values (Frame#, Time and 3 per marker),"
                        + " found " + cells.size());
            }
            int frame = frameNumber(file, lineNo, cells.get(0));
            double t = DataCell.finite(file, lineNo, "Time", cells.get(1));
            timeOrder.accept(lineNo, cells.get(1), t);
            double[] row = new double[width - 1];
            row[0] = t;
            for (int m = 0; m < names.size(); m++) {
                readMarker(file, lineNo, cells, m, names.get(m), row);
            }
            frames.add(frame);
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new FileFormatException(file, AXES_LINE, "no data rows after the header");
        }
        if (rows.size() != framesDeclared) {
            throw new FileFormatException(file, VALUES_LINE, "header says NumFrames=" + framesDeclared + " but the file has "
                    + rows.size() + " data rows");
        }

        int[] frameNumbers = frames.stream().mapToInt(Integer::intValue).toArray();
        double[] time = Columns.column(rows, 0);
        double[][] coordinates = Columns.columns(rows, 1, 3 * names.size());
        try {
            return new TrcFile(metadata, names, frameNumbers, time, coordinates, true);
        } catch (NeuroMskException e) {
            throw new FileFormatException(file, 0, e.getMessage(), e);
        }
    }

    /**
     * Tab-separated cells with empty cells kept (they mark missing markers); blank cells beyond the
     * expected width (trailing tabs) are dropped. Lines without tabs are split at spaces.
     */
    private static List<String> rowCells(String line, int width) {
        if (line.indexOf('\t') < 0) {
            return TextFile.cells(line);
        }
        String[] parts = line.split("\t", -1);
        int end = parts.length;
        while (end > width && parts[end - 1].isBlank()) {
            end--;
        }
        List<String> cells = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            cells.add(parts[i].strip());
        }
        return cells;
    }

    private static void checkFirstLine(Path file, String line) {
        List<String> tokens = TextFile.cells(line);
        if (tokens.isEmpty() || !tokens.get(0).equals("PathFileType")) {
            throw new FileFormatException(file, 1, "not a TRC file: the first line must start with 'PathFileType'");
        }
        if (tokens.size() < 2 || !tokens.get(1).equals(TrcFile.PATH_FILE_TYPE)) {
            throw new FileFormatException(file, 1, "unsupported PathFileType "
                    + (tokens.size() < 2 ? "(none)" : "'" + tokens.get(1) + "'") + " (expected 4)");
        }
        if (tokens.size() >= 3 && !tokens.get(2).equals(TrcFile.AXIS_ORDER)) {
            throw new FileFormatException(file, 1, "unsupported coordinate order '" + tokens.get(2) + "' (expected "
                    + TrcFile.AXIS_ORDER + ")");
        }
    }

    private static List<String> markerNames(Path file, String line) {
        List<String> cells = nonEmpty(TextFile.tabCells(line));
        if (cells.size() < 2 || !cells.get(0).equals("Frame#") || !cells.get(1).equals("Time")) {
            throw new FileFormatException(file, NAMES_LINE, "expected 'Frame#', 'Time' and the marker names");
        }
        List<String> names = cells.subList(2, cells.size());
        for (int i = 0; i < names.size(); i++) {
            if (names.indexOf(names.get(i)) != i) {
                throw new FileFormatException(file, NAMES_LINE, "duplicate marker name '" + names.get(i) + "'");
            }
        }
        return new ArrayList<>(names);
    }

    private static void checkAxisLabels(Path file, String line, int markers) {
        List<String> labels = nonEmpty(TextFile.tabCells(line));
        if (labels.size() != 3 * markers) {
            throw new FileFormatException(file, AXES_LINE, "expected " + 3 * markers + " coordinate labels (X1 Y1 Z1 ...),"
                    + " found " + labels.size());
        }
        for (int m = 0; m < markers; m++) {
            for (int a = 0; a < 3; a++) {
                String expected = "XYZ".charAt(a) + Integer.toString(m + 1);
                String found = labels.get(3 * m + a);
                if (!found.equals(expected)) {
                    throw new FileFormatException(file, AXES_LINE, "expected coordinate label '" + expected + "', found '"
                            + found + "'");
                }
            }
        }
    }

    private static void readMarker(Path file, int lineNo, List<String> cells, int marker, String name, double[] row) {
        int first = 2 + 3 * marker;
        boolean missing = false;
        double[] xyz = new double[3];
        for (int a = 0; a < 3; a++) {
            String cell = cells.get(first + a);
            if (cell.isEmpty()) {
                missing = true;
                continue;
            }
            String where = "marker '" + name + "' " + "XYZ".charAt(a) + " (column " + (first + a + 1) + "): \""
                    + DataCell.shortened(cell) + "\"";
            double value;
            try {
                value = NumberText.parse(cell);
            } catch (NumberFormatException e) {
                throw new FileFormatException(file, lineNo, where + " is not a number");
            }
            if (Double.isInfinite(value)) {
                throw new FileFormatException(file, lineNo, where + " is infinite");
            }
            missing |= Double.isNaN(value);
            xyz[a] = value;
        }
        for (int a = 0; a < 3; a++) {
            row[1 + 3 * marker + a] = missing ? Double.NaN : xyz[a];
        }
    }

    private static int frameNumber(Path file, int lineNo, String cell) {
        double value = DataCell.finite(file, lineNo, "Frame#", cell);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new FileFormatException(file, lineNo, "column 'Frame#': \"" + DataCell.shortened(cell)
                    + "\" is not a whole number");
        }
        return (int) value;
    }

    private static int count(Path file, Map<String, String> metadata, String key) {
        String text = metadata.get(key);
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FileFormatException(file, VALUES_LINE, key + " must be a non-negative integer, found \""
                + DataCell.shortened(text) + "\"");
    }

    private static List<String> nonEmpty(List<String> cells) {
        List<String> kept = new ArrayList<>(cells.size());
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                kept.add(cell);
            }
        }
        return kept;
    }
}

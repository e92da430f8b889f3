package org.neuromsk.io.anc;

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
 * Reads Motion Analysis analog text files ({@code .anc}):
 * <pre>
 * File_Type:&lt;TAB&gt;Analog R/C ASCII&lt;TAB&gt;Generation#:&lt;TAB&gt;2
 * ...                      (more key:&lt;TAB&gt;value pairs, blank lines)
 * Name   F1X   ...  SOL  ... (channel names)
 * Rate   2000  ...           (Hz)
 * Range  5000  ...           (mV)
 * 0.000000  0  6  -4  ...    (time in s, then one raw value per channel)
 * </pre>
 * Cells are separated by tabs (or spaces, outside the header); trailing tabs are ignored. Problems
 * are reported as {@link FileFormatException} naming file and line: header cells that are not
 * {@code key:} / value pairs, a missing Name, Rate or Range row, rows of the wrong length, cells that
 * are not finite numbers, times that do not increase, a {@code #Channels} value that disagrees with
 * the Name row, no data.
 */
public final class AncReader {

    private AncReader() {
    }

    /**
     * @param file an .anc file
     * @return its channels
     * @throws FileFormatException if the file is malformed
     * @throws NeuroMskException if it cannot be read
     */
    public static AncFile read(Path file) {
        List<String> lines = TextFile.readLines(file);
        Map<String, String> metadata = new LinkedHashMap<>();
        int channelsLine = 0;
        int lineNo = 0;
        List<String> names = null;
        while (lineNo < lines.size()) {
            String line = lines.get(lineNo++);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("Name")) {
                names = cells.subList(1, cells.size());
                break;
            }
            if (isNumberRow(cells)) {
                throw new FileFormatException(file, lineNo, "found data before the 'Name' row of channel names");
            }
            for (int i = 0; i < cells.size(); i += 2) {
                String key = cells.get(i);
                if (!key.endsWith(":") || key.length() == 1) {
                    throw new FileFormatException(file, lineNo, "expected 'key:<TAB>value' pairs, found \""
                            + DataCell.shortened(key) + "\" where a key ending in ':' should be");
                }
                String value = i + 1 < cells.size() ? cells.get(i + 1) : "";
                String name = key.substring(0, key.length() - 1).strip();
                if (metadata.put(name, value) != null) {
                    throw new FileFormatException(file, lineNo, "duplicate header key '" + name + "'");
                }
                if (name.equals(AncFile.CHANNELS)) {
                    channelsLine = lineNo;
                }
            }
        }
        if (names == null) {
            throw new FileFormatException(file, Math.max(lineNo, 0), "no 'Name' row of channel names");
        }
        int namesLine = lineNo;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw new FileFormatException(file, namesLine, "channel " + (i + 1) + " has an empty name");
            }
            if (names.indexOf(names.get(i)) != i) {
                throw new FileFormatException(file, namesLine, "duplicate channel name '" + names.get(i) + "'");
            }
        }
        if (channelsLine > 0) {
            String declared = metadata.get(AncFile.CHANNELS);
            if (!declared.equals(Integer.toString(names.size()))) {
                throw new FileFormatException(file, channelsLine, "header says #Channels=" + declared
                        + " but the Name row (line " + namesLine + ") has " + names.size() + " channels");
            }
        }

        int[] cursor = {lineNo};
        double[] rates = perChannelRow(file, lines, cursor, "Rate", names);
        double[] ranges = perChannelRow(file, lines, cursor, "Range", names);
        int rangeLine = cursor[0];

        int width = names.size() + 1;
        List<double[]> rows = new ArrayList<>();
        TimeOrder timeOrder = new TimeOrder(file);
        for (lineNo = cursor[0] + 1; lineNo <= lines.size(); lineNo++) {
            String line = lines.get(lineNo - 1);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() != width) {
                throw new FileFormatException(file, lineNo, "expected " + width + " values (time and one per channel),"
                        + " found " + cells.size());
            }
            double[] row = new double[width];
            for (int c = 0; c < width; c++) {
                row[c] = DataCell.finite(file, lineNo, c == 0 ? "time" : names.get(c - 1), c, cells.get(c));
            }
            timeOrder.accept(lineNo, cells.get(0), row[0]);
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new FileFormatException(file, rangeLine, "no data rows after the Range row");
        }

        double[] time = Columns.column(rows, 0);
        double[][] values = Columns.columns(rows, 1, names.size());
        try {
            return new AncFile(metadata, names, rates, ranges, time, values, true);
        } catch (NeuroMskException e) {
            throw new FileFormatException(file, 0, e.getMessage(), e);
        }
    }

    /** Reads the next non-blank line as a row labelled {@code label} with one number per channel. */
    private static double[] perChannelRow(Path file, List<String> lines, int[] cursor, String label,
            List<String> names) {
        int lineNo = cursor[0] + 1;
        while (lineNo <= lines.size() && lines.get(lineNo - 1).isBlank()) {
            lineNo++;
        }
        if (lineNo > lines.size()) {
            throw new FileFormatException(file, cursor[0], "no '" + label + "' row after this line");
        }
        List<String> cells = cells(lines.get(lineNo - 1));
        if (!cells.get(0).equals(label)) {
            throw new FileFormatException(file, lineNo, "expected the '" + label + "' row, found \""
                    + DataCell.shortened(cells.get(0)) + "\"");
        }
        if (cells.size() - 1 != names.size()) {
            throw new FileFormatException(file, lineNo, "expected " + names.size() + " " + label + " values (one per"
                    + " channel), found " + (cells.size() - 1));
        }
        double[] values = new double[names.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = DataCell.finite(file, lineNo, names.get(c), c + 1, cells.get(c + 1));
            if (!(values[c] > 0)) {
                throw new FileFormatException(file, lineNo, label + " of channel '" + names.get(c) + "' must be positive,"
                        + " found " + cells.get(c + 1));
            }
        }
        cursor[0] = lineNo;
        return values;
    }

    /** Tab-separated cells if the line has tabs, else space-separated. */
    private static List<String> cells(String line) {
        return line.indexOf('\t') >= 0 ? TextFile.tabCells(line) : TextFile.cells(line);
    }

    /** @return true for a row made only of numbers */
    private static boolean isNumberRow(List<String> cells) {
        for (String cell : cells) {
            if (!NumberText.isNumber(cell)) {
                return false;
            }
        }
        return !cells.isEmpty();
    }
}

package org.neuromsk.emg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Reads EMG from a delimited text file: a header row with the time label and the channel names,
 * then one row per sample, time (s) first. Cells are separated by commas (or, in a file without
 * commas in its header, by tabs, semicolons or spaces); names may be quoted. Blank lines and lines
 * starting with {@code #} are skipped. Every problem is a {@link FileFormatException} naming file and
 * line: no header, duplicate names, rows of the wrong length, empty cells, cells that are not finite
 * numbers (NaN too), times that do not increase.
 */
final class CsvEmgReader {

    private CsvEmgReader() {
    }

    static EmgSignals read(Path file) {
        List<String> lines = TextFile.readLines(file);
        int lineNo = 0;
        List<String> header = null;
        String separator = ",";
        while (lineNo < lines.size()) {
            String line = lines.get(lineNo++);
            if (skip(line)) {
                continue;
            }
            separator = line.contains(",") ? "," : "[\\t; ]+";
            header = split(line, separator);
            break;
        }
        if (header == null) {
            throw new FileFormatException(file, 0, "no header row (time label and channel names)");
        }
        int headerLine = lineNo;
        if (header.size() < 2) {
            throw new FileFormatException(file, headerLine, "the header needs a time label and at least one channel name");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = unquote(header.get(c));
            header.set(c, name);
            if (name.isEmpty()) {
                throw new FileFormatException(file, headerLine, "column " + (c + 1) + " has no name");
            }
            if (NumberText.isNumber(name)) {
                throw new FileFormatException(file, headerLine, "expected a header row of names, found the number '"
                        + name + "' in column " + (c + 1));
            }
            Integer previous = seen.putIfAbsent(name, c);
            if (previous != null) {
                throw new FileFormatException(file, headerLine, "duplicate column name '" + name + "' (columns "
                        + (previous + 1) + " and " + (c + 1) + ")");
            }
        }
        int width = header.size();
        List<double[]> rows = new ArrayList<>();
        TimeOrder timeOrder = new TimeOrder(file);
        while (lineNo < lines.size()) {
            String line = lines.get(lineNo++);
            if (skip(line)) {
                continue;
            }
            List<String> cells = split(line, separator);
            if (cells.size() != width) {
                throw new FileFormatException(file, lineNo, "expected " + width + " values, found " + cells.size());
            }
            double[] row = new double[width];
            for (int c = 0; c < width; c++) {
                row[c] = number(file, lineNo, cells.get(c), header.get(c));
            }
            timeOrder.accept(lineNo, cells.get(0), row[0]);
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new FileFormatException(file, headerLine, "no data rows after the header");
        }
        double[] time = Columns.column(rows, 0);
        double[][] values = Columns.columns(rows, 1, width - 1);
        try {
            return new EmgSignals(file.toString(), time, header.subList(1, width), values);
        } catch (NeuroMskException e) {
            throw EmgReader.fileError(file, headerLine, e);
        }
    }

    private static boolean skip(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static List<String> split(String line, String separator) {
        String s = line.strip();
        List<String> cells = new ArrayList<>(Arrays.asList(s.split(separator, -1)));
        if (separator.equals(",") && cells.size() > 1 && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1); // a trailing comma
        }
        cells.replaceAll(String::strip);
        return cells;
    }

    private static String unquote(String cell) {
        if (cell.length() >= 2 && (cell.startsWith("\"") && cell.endsWith("\"")
                || cell.startsWith("'") && cell.endsWith("'"))) {
            return cell.substring(1, cell.length() - 1).strip();
        }
        return cell;
    }

    private static double number(Path file, int lineNo, String cell, String column) {
        if (cell.isEmpty()) {
            throw new FileFormatException(file, lineNo, "column '" + column + "' is empty");
        }
        return DataCell.finite(file, lineNo, column, cell);
    }
}

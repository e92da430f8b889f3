package org.neuromsk.io.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.DataCell;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.NumberText;
import org.neuromsk.io.TextFile;
import org.neuromsk.io.TimeOrder;

/**
 * Reads OpenSim Storage files (.sto, .mot): the Storage layout of versions 0 and 1 and the
 * STOFileAdapter layout of version 3.
 *
 * <p>Header: lines up to {@code endheader}. The first line is the name unless it is a key; keys are
 * recognised as OpenSim does ({@code nRows}/{@code nr}/{@code datarows},
 * {@code nColumns}/{@code nc}/{@code datacolumns}, {@code version}, {@code inDegrees} yes/no,
 * {@code DataType}, {@code OpenSimVersion}, SIMM's {@code name}); other {@code key=value} lines become
 * {@link Storage#metadata()} and all remaining lines {@link Storage#textLines()}. In version-0 files
 * without an {@code inDegrees} key, "Angles are in degrees." declares degrees; in later versions that line
 * without {@code inDegrees=yes} is refused (OpenSim would read the angles as radians). Then one row of column
 * labels, the first being the time column, then the data rows. Cells are separated by tabs, spaces or
 * commas; trailing separators and CRLF line ends are accepted.
 *
 * <p>Checks, each reported as a {@link FileFormatException} naming file and line: a header ending
 * without {@code endheader}; no label row; duplicate labels; rows with the wrong number of cells; cells
 * that are not numbers; NaN or infinite values; times that do not increase; no data rows; and, for
 * versions 0 and 1, {@code nRows}/{@code nColumns} that disagree with the data. (Version-3 files are
 * written by STOFileAdapter, which treats those keys as plain metadata and may leave them stale, so
 * they are not checked there.)
 */
public final class StorageReader {

    private static final int LATEST_VERSION = 3;

    /** The header key that says whether angles are in degrees, spelt as OpenSim matches it. */
    private static final String IN_DEGREES_KEY = "inDegrees";

    private StorageReader() {
    }

    /**
     * @param file a .sto or .mot file
     * @return its table
     * @throws FileFormatException if the file is malformed
     * @throws NeuroMskException if it cannot be read
     */
    public static Storage read(Path file) {
        return new Parse(file, TextFile.readLines(file)).run();
    }

    /** The state of reading one file. */
    private static final class Parse {
        private final Path file;
        private final List<String> lines;
        private int next;

        private String name = "";
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<String> textLines = new ArrayList<>();
        private int version;
        private Boolean inDegreesKey;
        private Boolean anglesText;
        private int degreesTextLine;
        private int rowsDeclared = -1;
        private int rowsLine;
        private int columnsDeclared = -1;
        private int columnsLine;

        Parse(Path file, List<String> lines) {
            this.file = file;
            this.lines = lines;
        }

        Storage run() {
            int endLine = readHeader();
            int labelsLine = nextContentLine();
            if (labelsLine < 0) {
                throw error(endLine, "no row of column labels after 'endheader'");
            }
            List<String> labels = TextFile.cells(lines.get(labelsLine - 1));
            if (looksLikeData(labels)) {
                throw error(labelsLine, "expected a row of column labels after 'endheader', found numbers");
            }
            checkUnique(labels, labelsLine);
            if (columnsDeclared >= 0 && version < LATEST_VERSION && columnsDeclared != labels.size()) {
                throw error(columnsLine, "header says nColumns=" + columnsDeclared + " but the label row (line "
                        + labelsLine + ") has " + labels.size() + " columns, time included");
            }

            int width = labels.size();
            List<double[]> rows = new ArrayList<>(Math.max(16, rowsDeclared));
            TimeOrder timeOrder = new TimeOrder(file);
            for (int lineNo = nextContentLine(); lineNo > 0; lineNo = nextContentLine()) {
                List<String> cells = TextFile.cells(lines.get(lineNo - 1));
                if (cells.size() != width) {
                    throw error(lineNo, "expected " + width + " values, found " + cells.size());
                }
                double[] row = new double[width];
                for (int c = 0; c < width; c++) {
                    row[c] = DataCell.finite(file, lineNo, labels.get(c), c, cells.get(c));
                }
                timeOrder.accept(lineNo, cells.get(0), row[0]);
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw error(labelsLine, "no data rows after the column labels");
            }
            if (rowsDeclared >= 0 && version < LATEST_VERSION && rowsDeclared != rows.size()) {
                throw error(rowsLine, "header says nRows=" + rowsDeclared + " but the file has " + rows.size()
                        + " data rows");
            }
            return build(labels, rows);
        }

        /** @return the 1-based line number of {@code endheader} */
        private int readHeader() {
            boolean first = true;
            int lastLine = 0;
            while (next < lines.size()) {
                int lineNo = ++next;
                String line = lines.get(lineNo - 1).strip();
                if (line.isEmpty()) {
                    continue;
                }
                lastLine = lineNo;
                HeaderLine header = HeaderLine.parse(line);
                if (header.kind() == HeaderLine.Kind.END) {
                    return lineNo;
                }
                if (looksLikeData(TextFile.cells(line))) {
                    throw error(lineNo, "header not terminated: this looks like a data row but no 'endheader' line"
                            + " came before it");
                }
                apply(header, line, first, lineNo);
                first = false;
            }
            if (lastLine == 0) {
                throw error(0, "the file is empty");
            }
            throw error(lastLine, "header not terminated: the file ends without an 'endheader' line");
        }

        private void apply(HeaderLine header, String line, boolean first, int lineNo) {
            switch (header.kind()) {
                case NAME -> name = header.value();
                case ROWS -> {
                    rowsDeclared = count(header, lineNo);
                    rowsLine = lineNo;
                }
                case COLUMNS -> {
                    columnsDeclared = count(header, lineNo);
                    columnsLine = lineNo;
                }
                case VERSION -> {
                    version = count(header, lineNo);
                    if (version > LATEST_VERSION) {
                        throw error(lineNo, "unsupported file version " + version + " (known: 0, 1, 3)");
                    }
                }
                case IN_DEGREES -> inDegreesKey = yesNo(header, lineNo);
                case DATA_TYPE -> {
                    if (!header.value().equals("double")) {
                        throw error(lineNo, "DataType=" + header.value() + " is not supported (only double)");
                    }
                }
                case OPENSIM_VERSION -> {
                    // written anew by the writer
                }
                case ENTRY -> {
                    if (header.key().equalsIgnoreCase(IN_DEGREES_KEY)) {
                        // OpenSim matches keys exactly: it would ignore this line and read the angles as radians
                        throw error(lineNo, "header key '" + header.key() + "' must be spelt '" + IN_DEGREES_KEY
                                + "' (OpenSim would ignore it and read the angles as radians)");
                    }
                    metadata.put(header.key(), header.value());
                }
                case TEXT -> {
                    if (first) {
                        name = line;
                    } else {
                        textLines.add(line);
                        if (version == 0 && line.equals(Storage.ANGLES_IN_DEGREES)) {
                            anglesText = Boolean.TRUE;
                        } else if (version == 0 && line.equals(Storage.ANGLES_IN_RADIANS)) {
                            anglesText = Boolean.FALSE;
                        } else if (version > 0 && line.equals(Storage.ANGLES_IN_DEGREES)) {
                            degreesTextLine = lineNo;
                        }
                    }
                }
                default -> throw new IllegalStateException(header.kind().name());
            }
        }

        private Storage build(List<String> labels, List<double[]> rows) {
            double[] time = Columns.column(rows, 0);
            double[][] columns = Columns.columns(rows, 1, labels.size() - 1);
            if (inDegreesKey == null && degreesTextLine > 0) {
                // from version 1 on OpenSim reads only the key: these angles would be taken as radians
                throw error(degreesTextLine, "the header says \"" + Storage.ANGLES_IN_DEGREES + "\" but has no "
                        + "inDegrees=yes line (OpenSim would read the angles as radians); add inDegrees=yes");
            }
            boolean inDegrees = inDegreesKey != null ? inDegreesKey : anglesText != null && anglesText;
            try {
                return new Storage(name, metadata, textLines, inDegrees, labels.get(0), labels.subList(1, labels.size()),
                        time, columns, true);
            } catch (NeuroMskException e) {
                throw new FileFormatException(file, 0, e.getMessage(), e);
            }
        }

        private int count(HeaderLine header, int lineNo) {
            try {
                int value = Integer.parseInt(header.value());
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(lineNo, header.key() + " must be a non-negative integer, found \""
                    + DataCell.shortened(header.value()) + "\"");
        }

        private boolean yesNo(HeaderLine header, int lineNo) {
            switch (header.value().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true":
                    return true;
                case "no", "n", "false":
                    return false;
                default:
                    throw error(lineNo, "inDegrees must be yes or no, found \"" + DataCell.shortened(header.value())
                            + "\"");
            }
        }

        private void checkUnique(List<String> labels, int lineNo) {
            Map<String, Integer> seen = new HashMap<>();
            for (int c = 0; c < labels.size(); c++) {
                Integer previous = seen.putIfAbsent(labels.get(c), c);
                if (previous != null) {
                    throw error(lineNo, "duplicate column label '" + labels.get(c) + "' (columns " + (previous + 1)
                            + " and " + (c + 1) + ")");
                }
            }
        }

        /** @return the 1-based number of the next non-blank line, or -1 at the end */
        private int nextContentLine() {
            while (next < lines.size()) {
                int lineNo = ++next;
                if (!lines.get(lineNo - 1).isBlank()) {
                    return lineNo;
                }
            }
            return -1;
        }

        private FileFormatException error(int line, String problem) {
            return new FileFormatException(file, line, problem);
        }
    }

    /** @return true for a row of at least two cells that are all numbers */
    static boolean looksLikeData(List<String> cells) {
        if (cells.size() < 2) {
            return false;
        }
        for (String cell : cells) {
            if (!NumberText.isNumber(cell)) {
                return false;
            }
        }
        return true;
    }
}

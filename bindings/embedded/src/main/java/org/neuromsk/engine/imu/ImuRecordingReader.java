package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.NumberText;
import org.neuromsk.io.TextFile;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * Reads IMU recordings (real or synthesized) into an {@link ImuRecording}. Values must already be in
 * m/s² (accelerometer) and rad/s (gyroscope), in each sensor's frame.
 * <ul>
 * <li>{@code .sto}/{@code .mot}: an OpenSim Storage table of scalar columns named as
 *     {@link ImuColumns} describes ({@code <imu>_acc_x}, …, {@code <imu>_gyr_z}).</li>
 * <li>{@code .csv}/{@code .txt}: a header row whose first cell labels the time column (s) and whose
 *     other cells are column names as above, then one row of numbers per sample; cells separated by
 *     commas, tabs or spaces; blank lines and lines starting with {@code #} are skipped.</li>
 * <li>{@link #readOpenSimVec3(Path, Path)}: the pair of files OpenSim's IMUDataReporter and the
 *     STOFileAdapter write ({@code DataType=Vec3}, one column per IMU, cells {@code x,y,z}).</li>
 * </ul>
 * Columns that are not IMU signals are passed over. Errors name the file and, when possible, the line.
 */
public final class ImuRecordingReader {

    private ImuRecordingReader() {
    }

    /**
     * @param file a {@code .sto}, {@code .mot}, {@code .csv} or {@code .txt} file
     * @return its IMU signals
     * @throws FileFormatException if the file is malformed or has no complete IMU
     * @throws NeuroMskException if it cannot be read
     */
    public static ImuRecording read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(file);
        }
        if (name.endsWith(".sto") || name.endsWith(".mot")) {
            return ImuRecording.fromStorage(StorageReader.read(file), file);
        }
        throw new FileFormatException(file, 0, "unknown IMU recording format (expected .sto, .mot, .csv or .txt)");
    }

    /**
     * @param file a delimited text file with a header row (see the class description)
     * @return its IMU signals
     */
    public static ImuRecording readCsv(Path file) {
        List<String> lines = TextFile.readLines(file);
        List<String> labels = null;
        int headerLine = 0;
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = TextFile.cells(line);
            if (labels == null) {
                labels = cells;
                headerLine = i + 1;
                if (labels.size() < 2) {
                    throw new FileFormatException(file, headerLine, "header row needs a time column and at least "
                            + "one signal column");
                }
                if (NumberText.isNumber(labels.get(0))) {
                    throw new FileFormatException(file, headerLine, "first row is numbers; a header row with the "
                            + "column names must come first");
                }
                continue;
            }
            if (cells.size() != labels.size()) {
                throw new FileFormatException(file, i + 1, "expected " + labels.size() + " values, found "
                        + cells.size());
            }
            double[] row = new double[cells.size()];
            for (int c = 0; c < row.length; c++) {
                double v;
                try {
                    v = NumberText.parse(cells.get(c));
                } catch (NumberFormatException e) {
                    throw new FileFormatException(file, i + 1, "column '" + labels.get(c) + "': '" + cells.get(c)
                            + "' is not a number");
                }
                if (!Double.isFinite(v)) {
                    throw new FileFormatException(file, i + 1, "column '" + labels.get(c) + "' is " + v);
                }
                row[c] = v;
            }
            if (!rows.isEmpty() && !(row[0] > rows.get(rows.size() - 1)[0])) {
                throw new FileFormatException(file, i + 1, "time " + row[0] + " is not after "
                        + rows.get(rows.size() - 1)[0]);
            }
            rows.add(row);
        }
        if (labels == null || rows.isEmpty()) {
            throw new FileFormatException(file, 0, labels == null ? "no header row" : "no data rows");
        }
        double[] time = Columns.column(rows, 0);
        double[][] columns = Columns.columns(rows, 1, labels.size() - 1);
        Storage table;
        try {
            table = new Storage("", java.util.Map.of(), List.of(), false, labels.get(0),
                    labels.subList(1, labels.size()), time, columns);
        } catch (NeuroMskException e) {
            throw new FileFormatException(file, headerLine, e.getMessage());
        }
        return ImuRecording.fromStorage(table, file);
    }

    /**
     * Reads the two Vec3 tables of OpenSim's layout: accelerometer signals and angular velocities, one
     * column per IMU (the same IMUs and times in both).
     *
     * @param accelerations {@code DataType=Vec3} table of accelerometer signals (m/s²)
     * @param angularVelocities {@code DataType=Vec3} table of gyroscope signals (rad/s)
     * @return the recording
     * @throws FileFormatException if a file is malformed or the two disagree on IMUs or times
     */
    public static ImuRecording readOpenSimVec3(Path accelerations, Path angularVelocities) {
        Vec3Table acc = Vec3Table.read(accelerations);
        Vec3Table gyr = Vec3Table.read(angularVelocities);
        if (!acc.names().equals(gyr.names())) {
            throw new FileFormatException(angularVelocities, 0, "IMU columns " + gyr.names()
                    + " differ from those of " + accelerations + ": " + acc.names());
        }
        if (!Arrays.equals(acc.time(), gyr.time())) {
            throw new FileFormatException(angularVelocities, 0, "times differ from those of " + accelerations);
        }
        return new ImuRecording(acc.names(), acc.time(), acc.values(), gyr.values());
    }
}

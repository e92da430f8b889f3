package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.Locale;

import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.NumberText;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

/**
 * Writes an {@link ImuRecording}, atomically (nothing half-written on failure):
 * <ul>
 * <li>{@link #write}: an OpenSim Storage table ({@code .sto}, version 1) with the scalar columns of
 *     {@link ImuColumns}, or the same columns as comma-separated text when the file ends in {@code .csv};</li>
 * <li>{@link #writeOpenSimVec3}: OpenSim's own layout, two {@code DataType=Vec3} tables (accelerometer
 *     signals, angular velocities) with one {@code x,y,z} column per IMU.</li>
 * </ul>
 * Numbers are the shortest text that reads back to the same double.
 */
public final class ImuRecordingWriter {

    /** File-name suffix OpenSim's IMUDataReporter uses for accelerometer signals. */
    public static final String OPENSIM_ACCELERATIONS_SUFFIX = "_linear_accelerations.sto";
    /** File-name suffix OpenSim's IMUDataReporter uses for gyroscope signals. */
    public static final String OPENSIM_ANGULAR_VELOCITY_SUFFIX = "_angular_velocity.sto";

    private ImuRecordingWriter() {
    }

    /**
     * @param recording the signals
     * @param file {@code .csv} for comma-separated text, otherwise a Storage table
     */
    public static void write(ImuRecording recording, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeCsv(recording, file);
        } else {
            StorageWriter.write(recording.toStorage(), file);
        }
    }

    /**
     * @param recording the signals
     * @param file the CSV file: header {@code time,<imu>_acc_x,…}, then one row per sample
     */
    public static void writeCsv(ImuRecording recording, Path file) {
        Storage table = recording.toStorage();
        AtomicFiles.writeText(file, out -> {
            out.write(table.timeLabel());
            for (String label : table.labels()) {
                out.write(',');
                out.write(label);
            }
            out.write('\n');
            double[][] columns = new double[table.columnCount()][];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = table.column(c);
            }
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < table.rowCount(); r++) {
                line.setLength(0);
                line.append(NumberText.shortest(table.time(r)));
                for (double[] column : columns) {
                    line.append(',').append(NumberText.shortest(column[r]));
                }
                out.write(line.append('\n').toString());
            }
        });
    }

    /**
     * @param recording the signals
     * @param accelerations the accelerometer table to write (m/s²)
     * @param angularVelocities the gyroscope table to write (rad/s)
     */
    public static void writeOpenSimVec3(ImuRecording recording, Path accelerations, Path angularVelocities) {
        int n = recording.imuCount();
        double[][][] acc = new double[n][3][];
        double[][][] gyr = new double[n][3][];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                acc[i][a] = recording.accelerometer(i, a);
                gyr[i][a] = recording.gyroscope(i, a);
            }
        }
        Vec3Table.write(accelerations, recording.names(), recording.time(), acc);
        Vec3Table.write(angularVelocities, recording.names(), recording.time(), gyr);
    }
}

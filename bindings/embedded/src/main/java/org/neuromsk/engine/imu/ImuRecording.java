package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.engine.imu.ImuColumns.Sensor;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * Signals of one or more 6-axis IMUs over time, synthesized or recorded: per IMU, the accelerometer
 * (specific force, m/s²) and the gyroscope (angular velocity, rad/s), each as x, y, z in the sensor's
 * own frame. Immutable; arrays are copied in and out.
 *
 * <p>Rules: at least one IMU, unique names usable as column prefixes, times finite and strictly
 * increasing (s), every value finite.
 */
public final class ImuRecording {

    /** Name written into the header of {@link #toStorage()} tables. */
    public static final String TABLE_NAME = "IMU signals";
    /** Header text line of {@link #toStorage()} tables stating units and frames. */
    public static final String UNITS_LINE = "Accelerometer: specific force in the sensor frame (m/s^2);"
            + " gyroscope: angular velocity in the sensor frame (rad/s).";

    private final List<String> names;
    private final double[] time;
    private final double[][][] accelerometer;
    private final double[][][] gyroscope;

    /**
     * @param names IMU names, unique
     * @param time sample times (s), strictly increasing
     * @param accelerometer {@code [imu][axis][row]} specific force (m/s²)
     * @param gyroscope {@code [imu][axis][row]} angular velocity (rad/s)
     * @throws NeuroMskException if a rule of the class is broken
     */
    public ImuRecording(List<String> names, double[] time, double[][][] accelerometer, double[][][] gyroscope) {
        this.names = List.copyOf(names);
        this.time = time.clone();
        if (this.names.isEmpty()) {
            throw new NeuroMskException("IMU recording: no IMUs");
        }
        if (this.names.stream().distinct().count() != this.names.size()) {
            throw new NeuroMskException("IMU recording: IMU names repeat: " + this.names);
        }
        for (String n : this.names) {
            ImuPlacement.checkName(n);
        }
        for (int r = 0; r < this.time.length; r++) {
            if (!Double.isFinite(this.time[r]) || (r > 0 && !(this.time[r] > this.time[r - 1]))) {
                throw new NeuroMskException("IMU recording: time " + this.time[r] + " at row " + (r + 1)
                        + " is not finite or not after the previous one");
            }
        }
        this.accelerometer = copy(accelerometer, Sensor.ACCELEROMETER);
        this.gyroscope = copy(gyroscope, Sensor.GYROSCOPE);
    }

    private double[][][] copy(double[][][] data, Sensor sensor) {
        if (data.length != names.size()) {
            throw new NeuroMskException("IMU recording: " + names.size() + " IMUs but " + data.length + " "
                    + sensor.tag() + " entries");
        }
        double[][][] out = new double[data.length][3][];
        for (int i = 0; i < data.length; i++) {
            if (data[i].length != 3) {
                throw new NeuroMskException("IMU '" + names.get(i) + "': " + data[i].length + " " + sensor.tag()
                        + " axes, expected 3");
            }
            for (int a = 0; a < 3; a++) {
                double[] v = data[i][a];
                if (v.length != time.length) {
                    throw new NeuroMskException("IMU '" + names.get(i) + "': " + v.length + " samples in "
                            + ImuColumns.label(names.get(i), sensor, a) + " but " + time.length + " times");
                }
                for (int r = 0; r < v.length; r++) {
                    if (!Double.isFinite(v[r])) {
                        throw new NeuroMskException("IMU '" + names.get(i) + "': "
                                + ImuColumns.label(names.get(i), sensor, a) + " is " + v[r] + " at t = " + time[r]
                                + " s");
                    }
                }
                out[i][a] = v.clone();
            }
        }
        return out;
    }

    /** @return the IMU names in order */
    public List<String> names() {
        return names;
    }

    /** @return the number of IMUs */
    public int imuCount() {
        return names.size();
    }

    /** @return the number of samples */
    public int rowCount() {
        return time.length;
    }

    /** @return a copy of the sample times (s) */
    public double[] time() {
        return time.clone();
    }

    /** @return the time of one sample (s) */
    public double time(int row) {
        return time[row];
    }

    /**
     * @param name an IMU name
     * @return its index
     * @throws NeuroMskException if there is no such IMU
     */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new NeuroMskException("IMU recording has no IMU '" + name + "'; it has " + names);
        }
        return i;
    }

    /**
     * @param imu IMU index
     * @param axis 0 (x), 1 (y), 2 (z) of the sensor frame
     * @return a copy of the accelerometer signal (m/s²)
     */
    public double[] accelerometer(int imu, int axis) {
        return accelerometer[imu][axis].clone();
    }

    /**
     * @param imu IMU index
     * @param axis 0 (x), 1 (y), 2 (z) of the sensor frame
     * @return a copy of the gyroscope signal (rad/s)
     */
    public double[] gyroscope(int imu, int axis) {
        return gyroscope[imu][axis].clone();
    }

    /**
     * @param imu IMU index
     * @param sensor which sensor
     * @param axis 0, 1 or 2
     * @return a copy of that channel (m/s² or rad/s)
     */
    public double[] channel(int imu, Sensor sensor, int axis) {
        return sensor == Sensor.ACCELEROMETER ? accelerometer(imu, axis) : gyroscope(imu, axis);
    }

    /** @return the accelerometer vector of one IMU at one sample (m/s²) */
    public Vec3 accelerometerAt(int imu, int row) {
        double[][] a = accelerometer[imu];
        return new Vec3(a[0][row], a[1][row], a[2][row]);
    }

    /** @return the gyroscope vector of one IMU at one sample (rad/s) */
    public Vec3 gyroscopeAt(int imu, int row) {
        double[][] g = gyroscope[imu];
        return new Vec3(g[0][row], g[1][row], g[2][row]);
    }

    /**
     * @return a table with columns {@code <imu>_acc_x..z, <imu>_gyr_x..z} per IMU (see {@link ImuColumns}),
     *     named {@value #TABLE_NAME}, not in degrees
     */
    public Storage toStorage() {
        List<String> labels = new ArrayList<>();
        double[][] columns = new double[6 * names.size()][];
        int c = 0;
        for (int i = 0; i < names.size(); i++) {
            for (Sensor s : Sensor.values()) {
                for (int a = 0; a < 3; a++) {
                    labels.add(ImuColumns.label(names.get(i), s, a));
                    columns[c++] = s == Sensor.ACCELEROMETER ? accelerometer[i][a] : gyroscope[i][a];
                }
            }
        }
        return new Storage(TABLE_NAME, Map.of(), List.of(UNITS_LINE), false, Storage.DEFAULT_TIME_LABEL, labels,
                time, columns);
    }

    /**
     * Collects the IMU columns of a table (see {@link ImuColumns} for the accepted names); other columns
     * (magnetometer, temperature, …) are passed over. IMUs are ordered by their first column.
     *
     * @param table the table, values in m/s² and rad/s
     * @param file where it came from, for messages (may be null)
     * @return the recording
     * @throws FileFormatException if no column names an IMU signal, a channel is given twice, or an IMU
     *     lacks some of its six channels
     */
    public static ImuRecording fromStorage(Storage table, Path file) {
        Map<String, int[]> columnsOf = new LinkedHashMap<>();
        List<String> labels = table.labels();
        for (int c = 0; c < labels.size(); c++) {
            ImuColumns.Column col = ImuColumns.parse(labels.get(c)).orElse(null);
            if (col == null) {
                continue;
            }
            int[] slots = columnsOf.computeIfAbsent(col.imu(), k -> new int[] {-1, -1, -1, -1, -1, -1});
            int slot = 3 * col.sensor().ordinal() + col.axis();
            if (slots[slot] >= 0) {
                throw new FileFormatException(file, 0, "columns '" + labels.get(slots[slot]) + "' and '"
                        + labels.get(c) + "' both give " + ImuColumns.label(col.imu(), col.sensor(), col.axis()));
            }
            slots[slot] = c;
        }
        if (columnsOf.isEmpty()) {
            throw new FileFormatException(file, 0, "no IMU columns (expected names like <imu>_acc_x and <imu>_gyr_x)");
        }
        List<String> names = new ArrayList<>(columnsOf.keySet());
        double[][][] acc = new double[names.size()][3][];
        double[][][] gyr = new double[names.size()][3][];
        for (int i = 0; i < names.size(); i++) {
            int[] slots = columnsOf.get(names.get(i));
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                Sensor s = Sensor.values()[k / 3];
                if (slots[k] < 0) {
                    missing.add(ImuColumns.label(names.get(i), s, k % 3));
                    continue;
                }
                (s == Sensor.ACCELEROMETER ? acc : gyr)[i][k % 3] = table.column(slots[k]);
            }
            if (!missing.isEmpty()) {
                throw new FileFormatException(file, 0, "IMU '" + names.get(i) + "' lacks column(s) "
                        + String.join(", ", missing));
            }
        }
        try {
            return new ImuRecording(names, table.time(), acc, gyr);
        } catch (FileFormatException e) {
            throw e;
        } catch (NeuroMskException e) {
            throw new FileFormatException(file, 0, e.getMessage());
        }
    }
}

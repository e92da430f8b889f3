package org.neuromsk.engine.imu;

import java.util.Locale;
import java.util.Optional;

/**
 * Column names of IMU signals in tables: {@code <imu>_acc_x}, {@code <imu>_acc_y},
 * {@code <imu>_acc_z} for the accelerometer (m/s²) and {@code <imu>_gyr_x}, {@code <imu>_gyr_y},
 * {@code <imu>_gyr_z} for the gyroscope (rad/s), the IMU name followed by the short sensor names of
 * Xsens exports ({@code Acc_X}, {@code Gyr_X}) in lower case. Written tables use exactly this form.
 *
 * <p>When reading, the sensor part may also be spelled {@code accel}/{@code accelerometer} and
 * {@code gyro}/{@code gyroscope}, and sensor and axis are case-insensitive
 * ({@code pelvis_Accel_X} is accepted).
 */
public final class ImuColumns {

    /** The two sensors of a 6-axis IMU. */
    public enum Sensor {
        /** Specific force (m/s²). */
        ACCELEROMETER("acc"),
        /** Angular velocity (rad/s). */
        GYROSCOPE("gyr");

        private final String tag;

        Sensor(String tag) {
            this.tag = tag;
        }

        /** @return the tag written in column names ({@code acc}, {@code gyr}) */
        public String tag() {
            return tag;
        }
    }

    /** Axis letters in order. */
    private static final String AXES = "xyz";

    /**
     * A column name split into its parts.
     *
     * @param imu the IMU name
     * @param sensor the sensor
     * @param axis 0 (x), 1 (y) or 2 (z)
     */
    public record Column(String imu, Sensor sensor, int axis) {
    }

    private ImuColumns() {
    }

    /**
     * @param imu the IMU name
     * @param sensor the sensor
     * @param axis 0 (x), 1 (y) or 2 (z)
     * @return the column name, e.g. {@code thigh_r_imu_acc_x}
     */
    public static String label(String imu, Sensor sensor, int axis) {
        return imu + "_" + sensor.tag() + "_" + AXES.charAt(axis);
    }

    /**
     * @param label a column name
     * @return its parts if it names an IMU signal column, otherwise empty
     */
    public static Optional<Column> parse(String label) {
        int axisSep = label.lastIndexOf('_');
        if (axisSep <= 0 || axisSep != label.length() - 2) {
            return Optional.empty();
        }
        int axis = AXES.indexOf(Character.toLowerCase(label.charAt(label.length() - 1)));
        int sensorSep = label.lastIndexOf('_', axisSep - 1);
        if (axis < 0 || sensorSep <= 0) {
            return Optional.empty();
        }
        String tag = label.substring(sensorSep + 1, axisSep).toLowerCase(Locale.ROOT);
        Sensor sensor = switch (tag) {
            case "acc", "accel", "accelerometer" -> Sensor.ACCELEROMETER;
            case "gyr", "gyro", "gyroscope" -> Sensor.GYROSCOPE;
            default -> null;
        };
        if (sensor == null) {
            return Optional.empty();
        }
        return Optional.of(new Column(label.substring(0, sensorSep), sensor, axis));
    }
}

package org.neuromsk.engine.imu;

import java.util.Objects;

import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * Where an IMU sits: a sensor frame S fixed in a model frame F (a body, Ground or an offset frame),
 * given as OpenSim gives a PhysicalOffsetFrame: the origin of S in F and body-fixed X-Y-Z angles,
 * {@code R_FS = Rx(rx)·Ry(ry)·Rz(rz)}.
 *
 * @param name the IMU's name; becomes the prefix of its columns, so it has no space, tab or comma
 * @param frame name or path of the model frame ({@code femur_r}, {@code /bodyset/femur_r})
 * @param translation origin of the sensor frame in {@code frame} (m)
 * @param orientation body-fixed X-Y-Z angles of the sensor frame in {@code frame} (rad)
 */
public record ImuPlacement(String name, String frame, Vec3 translation, Vec3 orientation) {

    /**
     * @throws NeuroMskException on a blank or unusable name, a blank frame or a non-finite number
     */
    public ImuPlacement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(orientation, "orientation");
        name = name.strip();
        frame = frame.strip();
        checkName(name);
        if (frame.isEmpty()) {
            throw new NeuroMskException("IMU '" + name + "' has a blank frame");
        }
        requireFinite(name, "translation", translation);
        requireFinite(name, "orientation", orientation);
    }

    /**
     * @param name the IMU's name
     * @param frame name or path of the model frame
     * @return an IMU at the frame's origin with the frame's axes
     */
    public static ImuPlacement atOrigin(String name, String frame) {
        return new ImuPlacement(name, frame, Vec3.ZERO, Vec3.ZERO);
    }

    /** @return {@code X_FS}, the sensor frame measured and expressed in the model frame (m, rad) */
    public Transform sensorInFrame() {
        return Transform.ofEulerXYZ(translation, orientation);
    }

    /**
     * @param name a candidate IMU name
     * @throws NeuroMskException if it is blank or holds a space, tab, comma or slash (it must work as a
     *     column-name prefix)
     */
    static void checkName(String name) {
        if (name.isEmpty()) {
            throw new NeuroMskException("IMU name is blank");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == '/') {
                throw new NeuroMskException("IMU name '" + name + "' contains a space, tab, comma or slash");
            }
        }
    }

    private static void requireFinite(String imu, String what, Vec3 v) {
        if (!Double.isFinite(v.x()) || !Double.isFinite(v.y()) || !Double.isFinite(v.z())) {
            throw new NeuroMskException("IMU '" + imu + "': " + what + " (" + v.x() + ", " + v.y() + ", " + v.z()
                    + ") is not finite");
        }
    }
}

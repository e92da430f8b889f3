package org.neuromsk.engine.multibody.joint;

import java.util.List;
import org.neuromsk.engine.multibody.spatial.ArrayKernels;

/**
 * Three body-fixed rotations X-Y-Z: {@code X_FM = [Rx(q0)·Ry(q1)·Rz(q2), 0]}, {@code u = q̇}
 * (Simbody's Gimbal mobilizer).
 */
public final class GimbalJoint extends Joint {

    /**
     * @param name the joint's name
     * @param rx first rotation, about x (rad)
     * @param ry second rotation, about the once-rotated y (rad)
     * @param rz third rotation, about the twice-rotated z (rad)
     */
    public GimbalJoint(String name, Coordinate rx, Coordinate ry, Coordinate rz) {
        super(name, List.of(rx, ry, rz),
                List.of(MotionType.ROTATIONAL, MotionType.ROTATIONAL, MotionType.ROTATIONAL));
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.setIdentityTransform();
        out.clearJacobian();
        ArrayKernels.bodyFixedXYZ(q[offset], q[offset + 1], q[offset + 2], out.rotation, 0);
        double c0 = Math.cos(q[offset]);
        double s0 = Math.sin(q[offset]);
        double c1 = Math.cos(q[offset + 1]);
        double s1 = Math.sin(q[offset + 1]);
        // Rotation axes in F: x, Rx(q0)·y, Rx(q0)·Ry(q1)·z.
        double w1y = c0;
        double w1z = s0;
        double w2x = s1;
        double w2y = -s0 * c1;
        double w2z = c0 * c1;
        setColumn(out, 0, 1, 0, 0, 0, 0, 0);
        setColumn(out, 1, 0, w1y, w1z, 0, 0, 0);
        setColumn(out, 2, w2x, w2y, w2z, 0, 0, 0);
        if (u != null) {
            double u0 = u[offset];
            double u1 = u[offset + 1];
            double u2 = u[offset + 2];
            // Axis 1 turns with angular velocity x·u0; axis 2 with x·u0 + axis1·u1.
            // Ḣu = u1·((x·u0) × w1) + u2·((x·u0 + w1·u1) × w2).
            double[] d = out.hDotU;
            // (x·u0) × w1 = u0·(0, −w1z, w1y)
            d[1] = u1 * (-u0 * w1z);
            d[2] = u1 * (u0 * w1y);
            double ox = u0;
            double oy = u1 * w1y;
            double oz = u1 * w1z;
            d[0] += u2 * (oy * w2z - oz * w2y);
            d[1] += u2 * (oz * w2x - ox * w2z);
            d[2] += u2 * (ox * w2y - oy * w2x);
        }
    }
}

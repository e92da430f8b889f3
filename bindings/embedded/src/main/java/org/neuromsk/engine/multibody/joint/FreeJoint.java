package org.neuromsk.engine.multibody.joint;

import java.util.List;
import org.neuromsk.engine.multibody.spatial.ArrayKernels;

/**
 * Six degrees of freedom, as OpenSim's FreeJoint runs in Simbody's Euler-angle mode. Coordinates
 * (in this order): body-fixed X-Y-Z angles (rad) then the position of M's origin in F, expressed
 * in F (m): {@code X_FM = [Rx(q0)·Ry(q1)·Rz(q2), (q3, q4, q5)]}. Speeds: M's angular velocity in
 * F (expressed in F) then the velocity of M's origin in F (expressed in F), so {@code H = I₆}; the
 * rotational speeds are not the angle rates, the translational ones are.
 */
public final class FreeJoint extends Joint {

    /**
     * @param name the joint's name
     * @param rx first body-fixed angle, about x (rad)
     * @param ry second, about the once-rotated y (rad)
     * @param rz third, about the twice-rotated z (rad)
     * @param tx translation along F's x (m)
     * @param ty translation along F's y (m)
     * @param tz translation along F's z (m)
     */
    public FreeJoint(String name, Coordinate rx, Coordinate ry, Coordinate rz, Coordinate tx, Coordinate ty,
            Coordinate tz) {
        super(name, List.of(rx, ry, rz, tx, ty, tz),
                List.of(MotionType.ROTATIONAL, MotionType.ROTATIONAL, MotionType.ROTATIONAL,
                        MotionType.TRANSLATIONAL, MotionType.TRANSLATIONAL, MotionType.TRANSLATIONAL));
    }

    @Override
    public boolean speedsAreCoordinateRates() {
        return false;
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.clearJacobian();
        ArrayKernels.bodyFixedXYZ(q[offset], q[offset + 1], q[offset + 2], out.rotation, 0);
        out.translation[0] = q[offset + 3];
        out.translation[1] = q[offset + 4];
        out.translation[2] = q[offset + 5];
        for (int j = 0; j < 6; j++) {
            out.h[6 * j + j] = 1;
        }
    }
}

package org.neuromsk.engine.multibody.joint;

import java.util.List;
import org.neuromsk.engine.multibody.spatial.ArrayKernels;

/**
 * Three rotational degrees of freedom, as OpenSim's BallJoint runs in Simbody's Euler-angle mode
 * (OpenSim always enables it): the coordinates are body-fixed X-Y-Z angles,
 * {@code X_FM = [Rx(q0)·Ry(q1)·Rz(q2), 0]}, but the generalized speeds are the components of
 * M's angular velocity in F, expressed in F, so {@code u ≠ q̇} and {@code H = [I; 0]}.
 * The generalized forces are therefore moments about F's axes (N·m).
 */
public final class BallJoint extends Joint {

    /**
     * @param name the joint's name
     * @param rx first body-fixed angle, about x (rad)
     * @param ry second, about the once-rotated y (rad)
     * @param rz third, about the twice-rotated z (rad)
     */
    public BallJoint(String name, Coordinate rx, Coordinate ry, Coordinate rz) {
        super(name, List.of(rx, ry, rz),
                List.of(MotionType.ROTATIONAL, MotionType.ROTATIONAL, MotionType.ROTATIONAL));
    }

    @Override
    public boolean speedsAreCoordinateRates() {
        return false;
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.setIdentityTransform();
        out.clearJacobian();
        ArrayKernels.bodyFixedXYZ(q[offset], q[offset + 1], q[offset + 2], out.rotation, 0);
        setColumn(out, 0, 1, 0, 0, 0, 0, 0);
        setColumn(out, 1, 0, 1, 0, 0, 0, 0);
        setColumn(out, 2, 0, 0, 1, 0, 0, 0);
    }
}

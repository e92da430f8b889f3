package org.neuromsk.engine.multibody.joint;

import java.util.List;

/** Rotation about the common z axis of F and M: {@code X_FM = [Rz(q), 0]}, {@code u = q̇}. */
public final class PinJoint extends Joint {

    /**
     * @param name the joint's name
     * @param rz the rotation coordinate (rad)
     */
    public PinJoint(String name, Coordinate rz) {
        super(name, List.of(rz), List.of(MotionType.ROTATIONAL));
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.setIdentityTransform();
        out.clearJacobian();
        setRotationAboutZ(out, q[offset]);
        setColumn(out, 0, 0, 0, 1, 0, 0, 0);
    }
}

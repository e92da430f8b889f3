package org.neuromsk.engine.multibody.joint;

import java.util.List;

/**
 * Planar motion in F's x-y plane: {@code X_FM = [Rz(q0), (q1, q2, 0)]} with the translation along
 * F's axes; {@code u = q̇}.
 */
public final class PlanarJoint extends Joint {

    /**
     * @param name the joint's name
     * @param rz rotation about z (rad)
     * @param tx translation along F's x (m)
     * @param ty translation along F's y (m)
     */
    public PlanarJoint(String name, Coordinate rz, Coordinate tx, Coordinate ty) {
        super(name, List.of(rz, tx, ty),
                List.of(MotionType.ROTATIONAL, MotionType.TRANSLATIONAL, MotionType.TRANSLATIONAL));
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.setIdentityTransform();
        out.clearJacobian();
        setRotationAboutZ(out, q[offset]);
        out.translation[0] = q[offset + 1];
        out.translation[1] = q[offset + 2];
        setColumn(out, 0, 0, 0, 1, 0, 0, 0);
        setColumn(out, 1, 0, 0, 0, 1, 0, 0);
        setColumn(out, 2, 0, 0, 0, 0, 1, 0);
    }
}

package org.neuromsk.engine.multibody.joint;

import java.util.List;

/**
 * Two rotations, body-fixed: about F's x by q0, then about the new y by q1;
 * {@code X_FM = [Rx(q0)·Ry(q1), 0]}, {@code u = q̇}.
 */
public final class UniversalJoint extends Joint {

    /**
     * @param name the joint's name
     * @param rx rotation about x (rad)
     * @param ry rotation about the rotated y (rad)
     */
    public UniversalJoint(String name, Coordinate rx, Coordinate ry) {
        super(name, List.of(rx, ry), List.of(MotionType.ROTATIONAL, MotionType.ROTATIONAL));
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.setIdentityTransform();
        out.clearJacobian();
        double c0 = Math.cos(q[offset]);
        double s0 = Math.sin(q[offset]);
        double c1 = Math.cos(q[offset + 1]);
        double s1 = Math.sin(q[offset + 1]);
        double[] r = out.rotation;
        // Rx(q0)·Ry(q1)
        r[0] = c1;
        r[1] = 0;
        r[2] = s1;
        r[3] = s0 * s1;
        r[4] = c0;
        r[5] = -s0 * c1;
        r[6] = -c0 * s1;
        r[7] = s0;
        r[8] = c0 * c1;
        // Columns: F's x, and M's y = Rx(q0)·y expressed in F.
        setColumn(out, 0, 1, 0, 0, 0, 0, 0);
        setColumn(out, 1, 0, c0, s0, 0, 0, 0);
        if (u != null) {
            // d/dt (Rx(q0)·y) = (x·u0) × (0, c0, s0) = u0·(0, −s0, c0); times u1.
            double k = u[offset] * u[offset + 1];
            out.hDotU[1] = -s0 * k;
            out.hDotU[2] = c0 * k;
        }
    }
}

package org.neuromsk.engine.multibody.joint;

import java.util.List;

/** Translation along the common x axis: {@code X_FM = [I, (q, 0, 0)]}, {@code u = q̇}. */
public final class SliderJoint extends Joint {

    /**
     * @param name the joint's name
     * @param tx the translation coordinate (m)
     */
    public SliderJoint(String name, Coordinate tx) {
        super(name, List.of(tx), List.of(MotionType.TRANSLATIONAL));
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.setIdentityTransform();
        out.clearJacobian();
        out.translation[0] = q[offset];
        setColumn(out, 0, 0, 0, 0, 1, 0, 0);
    }
}

package org.neuromsk.engine.multibody.joint;

import java.util.List;

/** Rigid connection: {@code X_FM = identity}; no coordinates. */
public final class WeldJoint extends Joint {

    /** @param name the joint's name */
    public WeldJoint(String name) {
        super(name, List.of(), List.of());
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.setIdentityTransform();
        out.clearJacobian();
    }
}

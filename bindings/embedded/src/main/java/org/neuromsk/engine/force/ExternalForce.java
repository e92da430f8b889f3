package org.neuromsk.engine.force;

import java.util.Objects;

import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * A force, point and torque given as functions of time and applied to one body, as OpenSim's
 * ExternalForce applies them: the force vector is expressed in {@code forceFrame}; the point in
 * {@code pointFrame} is located on the applied body at the current pose; the free torque is
 * expressed in {@code forceFrame}. Without a point the force acts at the body's origin.
 *
 * @param name the force's name
 * @param appliedTo the body (or frame) that receives the load
 * @param forceFrame frame in which force and torque are expressed
 * @param pointFrame frame in which the point is expressed
 * @param force three functions of time giving the force components (N), or null
 * @param point three functions of time giving the point (m), or null (body origin)
 * @param torque three functions of time giving the free torque (N·m), or null
 */
public record ExternalForce(String name, PhysicalFrame appliedTo, PhysicalFrame forceFrame, PhysicalFrame pointFrame,
        Function[] force, Function[] point, Function[] torque) {

    /** Checks the frames and the function triplets. */
    public ExternalForce {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(appliedTo, "appliedTo");
        Objects.requireNonNull(forceFrame, "forceFrame");
        Objects.requireNonNull(pointFrame, "pointFrame");
        checkTriplet(force, "force");
        checkTriplet(point, "point");
        checkTriplet(torque, "torque");
    }

    /**
     * Adds this load at time t to {@code applied}, using the pose in {@code kinematics} (realized to
     * positions at least).
     *
     * @param t time (s)
     * @param kinematics current pose
     * @param applied accumulator of body forces
     */
    public void apply(double t, Kinematics kinematics, AppliedForces applied) {
        Transform groundToForceFrame = kinematics.frameTransform(forceFrame);
        Transform groundToBody = kinematics.frameTransform(appliedTo);
        if (force != null) {
            Vec3 forceInGround = groundToForceFrame.rotation().apply(evaluate(force, t));
            Vec3 stationInApplied = Vec3.ZERO;
            if (point != null) {
                Vec3 pointInGround = kinematics.frameTransform(pointFrame).apply(evaluate(point, t));
                stationInApplied = groundToBody.inverse().apply(pointInGround);
            }
            applied.addForceAtStation(appliedTo, stationInApplied, forceInGround);
        }
        if (torque != null) {
            applied.addTorque(appliedTo, groundToForceFrame.rotation().apply(evaluate(torque, t)));
        }
    }

    private static Vec3 evaluate(Function[] f, double t) {
        return new Vec3(f[0].value(t), f[1].value(t), f[2].value(t));
    }

    private static void checkTriplet(Function[] f, String what) {
        if (f != null && (f.length != 3 || f[0] == null || f[1] == null || f[2] == null)) {
            throw new IllegalArgumentException(what + " needs three component functions");
        }
    }
}

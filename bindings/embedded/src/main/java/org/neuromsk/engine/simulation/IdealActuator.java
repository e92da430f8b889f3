package org.neuromsk.engine.simulation;

import java.util.Objects;

import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * An actuator without states whose output is control × optimal force, as OpenSim's
 * CoordinateActuator, PointActuator and TorqueActuator compute it (controls are not clamped).
 */
sealed interface IdealActuator {

    /** @return the actuator's name */
    String name();

    /**
     * Adds the actuator's loads.
     *
     * @param control the actuator's control (dimensionless)
     * @param pose kinematics realized to positions
     * @param applied where the loads go
     */
    void apply(double control, Kinematics pose, AppliedForces applied);

    /**
     * OpenSim's CoordinateActuator: a generalized force control·F_opt on one coordinate.
     *
     * @param name the actuator's name
     * @param coordinate the coordinate's index in tree order
     * @param optimalForce F_opt (N·m or N per unit control)
     */
    record Coordinate(String name, int coordinate, double optimalForce) implements IdealActuator {

        @Override
        public void apply(double control, Kinematics pose, AppliedForces applied) {
            applied.addMobilityForce(coordinate, control * optimalForce);
        }
    }

    /**
     * OpenSim's PointActuator: a force control·F_opt·d̂ at a point of a body, the unit direction d̂
     * fixed in the body or in Ground, the point given in the body or in Ground.
     *
     * @param name the actuator's name
     * @param body the frame named by {@code body}
     * @param point the point (m), in {@code body} unless {@code pointIsGlobal}
     * @param pointIsGlobal whether the point is given in Ground
     * @param direction the unit direction, in {@code body} unless {@code forceIsGlobal}
     * @param forceIsGlobal whether the direction is given in Ground
     * @param optimalForce F_opt (N per unit control)
     */
    record Point(String name, PhysicalFrame body, Vec3 point, boolean pointIsGlobal, Vec3 direction,
            boolean forceIsGlobal, double optimalForce) implements IdealActuator {

        /** Checks the fields. */
        public Point {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public void apply(double control, Kinematics pose, AppliedForces applied) {
            Rotation groundFromBody = pose.frameTransform(body).rotation();
            Vec3 force = direction.times(control * optimalForce);
            if (!forceIsGlobal) {
                force = groundFromBody.apply(force);
            }
            Vec3 station = pointIsGlobal ? pose.frameTransform(body).inverse().apply(point) : point;
            applied.addForceAtStation(body, station, force);
        }
    }

    /**
     * OpenSim's TorqueActuator: a torque control·F_opt·â on body A and its opposite on body B, the
     * unit axis â fixed in Ground or in body A.
     *
     * @param name the actuator's name
     * @param bodyA receives +torque
     * @param bodyB receives −torque
     * @param axis the unit axis, in Ground when {@code torqueIsGlobal}, else in body A
     * @param torqueIsGlobal whether the axis is given in Ground
     * @param optimalForce F_opt (N·m per unit control)
     */
    record Torque(String name, PhysicalFrame bodyA, PhysicalFrame bodyB, Vec3 axis, boolean torqueIsGlobal,
            double optimalForce) implements IdealActuator {

        /** Checks the fields. */
        public Torque {
            Objects.requireNonNull(bodyA, "bodyA");
            Objects.requireNonNull(bodyB, "bodyB");
        }

        @Override
        public void apply(double control, Kinematics pose, AppliedForces applied) {
            Vec3 torque = axis.times(control * optimalForce);
            if (!torqueIsGlobal) {
                torque = pose.frameTransform(bodyA).rotation().apply(torque);
            }
            applied.addTorque(bodyA, torque);
            applied.addTorque(bodyB, torque.negate());
        }
    }
}

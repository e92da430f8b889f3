package org.neuromsk.engine.analysis;

import java.util.Objects;

import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.path.GeometryPath;

/**
 * One of a model's scalar actuators as static optimisation uses it: a control x bounded by
 * [min_control, max_control], an actuation (force or torque) x·F_opt, and where that actuation acts.
 * Controls are dimensionless; forces (N), torques (N·m), lengths (m).
 */
public sealed interface ActuatorModel {

    /** @return the actuator's name (its column in the result tables) */
    String name();

    /** @return lower bound of the control, {@code min_control} (may be −∞) */
    double minControl();

    /** @return upper bound of the control, {@code max_control} (may be +∞) */
    double maxControl();

    /**
     * A muscle or other path actuator: tension x·F_opt along its geometry path.
     *
     * @param name the actuator's name
     * @param minControl lower control bound
     * @param maxControl upper control bound
     * @param path its geometry path
     * @param muscle the muscle model, or null for a PathActuator that is not a muscle
     * @param nominalForce F_iso for a muscle (N), {@code optimal_force} for a PathActuator (N)
     */
    record PathActuation(String name, double minControl, double maxControl, GeometryPath path, Muscle muscle,
            double nominalForce) implements ActuatorModel {
        /** Checks the fields. */
        public PathActuation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(path, "path");
        }

        /** @return whether it is a muscle */
        public boolean isMuscle() {
            return muscle != null;
        }
    }

    /**
     * A CoordinateActuator: generalized force x·F_opt on one coordinate.
     *
     * @param name the actuator's name
     * @param minControl lower control bound
     * @param maxControl upper control bound
     * @param coordinate index of the coordinate in tree order
     * @param optimalForce F_opt, {@code optimal_force} (N·m or N)
     */
    record CoordinateActuation(String name, double minControl, double maxControl, int coordinate,
            double optimalForce) implements ActuatorModel {
        /** Checks the name. */
        public CoordinateActuation {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A PointActuator: force x·F_opt·d̂ at a point of a body.
     *
     * @param name the actuator's name
     * @param minControl lower control bound
     * @param maxControl upper control bound
     * @param body the body receiving the force
     * @param point the point (m), in the body, or in Ground when {@code pointIsGlobal}
     * @param pointIsGlobal whether {@code point} is fixed in Ground
     * @param direction unit direction, in the body, or in Ground when {@code forceIsGlobal}
     * @param forceIsGlobal whether {@code direction} is fixed in Ground
     * @param optimalForce F_opt (N)
     */
    record PointActuation(String name, double minControl, double maxControl, PhysicalFrame body, Vec3 point,
            boolean pointIsGlobal, Vec3 direction, boolean forceIsGlobal, double optimalForce)
            implements ActuatorModel {
        /** Checks the fields. */
        public PointActuation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /**
     * A TorqueActuator: torque x·F_opt·â on body A and its opposite on body B.
     *
     * @param name the actuator's name
     * @param minControl lower control bound
     * @param maxControl upper control bound
     * @param bodyA the body receiving +torque
     * @param bodyB the body receiving −torque, or null (none)
     * @param axis unit axis, in body A, or in Ground when {@code torqueIsGlobal}
     * @param torqueIsGlobal whether {@code axis} is fixed in Ground
     * @param optimalForce F_opt (N·m)
     */
    record TorqueActuation(String name, double minControl, double maxControl, PhysicalFrame bodyA,
            PhysicalFrame bodyB, Vec3 axis, boolean torqueIsGlobal, double optimalForce) implements ActuatorModel {
        /** Checks the fields. */
        public TorqueActuation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bodyA, "bodyA");
            Objects.requireNonNull(axis, "axis");
        }
    }
}

package org.neuromsk.engine.analysis;

import java.util.List;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.InverseDynamics;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.path.CurrentPath;
import org.neuromsk.engine.path.MomentArmSolver;
import org.neuromsk.engine.wrap.WrapState;

/**
 * Per frame, what each actuator contributes per unit control: its generalized force per unit
 * actuation (one entry per coordinate in tree order: m for a path tension about a rotation, 1 for a
 * CoordinateActuator, …) and the actuation per unit control F_opt (N or N·m). Path actuators keep
 * their wrap memory from frame to frame, so frames must be evaluated in time order. A mutable
 * workspace; not thread-safe.
 */
final class ActuatorColumns {

    private static final Vec3 NO_GRAVITY = Vec3.ZERO;

    private final List<ActuatorModel> actuators;
    private final MultibodyModel multibody;
    private final MomentArmSolver pathSolver;
    private final InverseDynamics dynamics;
    private final AppliedForces applied;
    private final WrapState[][] wrapMemory;
    private final double[] zero;
    private final double[] tau;
    private final double[] pathLength;
    private final double[] pathSpeed;

    ActuatorColumns(Model model, List<ActuatorModel> actuators) {
        this.actuators = List.copyOf(actuators);
        this.multibody = model.multibody();
        this.pathSolver = new MomentArmSolver(multibody, model.couplers());
        this.dynamics = new InverseDynamics(multibody);
        this.applied = new AppliedForces(multibody);
        int n = multibody.numCoordinates();
        this.zero = new double[n];
        this.tau = new double[n];
        this.wrapMemory = new WrapState[actuators.size()][];
        for (int j = 0; j < actuators.size(); j++) {
            if (actuators.get(j) instanceof ActuatorModel.PathActuation p) {
                wrapMemory[j] = p.path().newWrapStates();
            }
        }
        this.pathLength = new double[actuators.size()];
        this.pathSpeed = new double[actuators.size()];
    }

    /**
     * @param pose kinematics realized to positions at q
     * @param q coordinates (rad, m)
     * @param u speeds (rad/s, m/s)
     * @param physiology OpenSim's use_muscle_physiology: muscles give {@link ActiveForceFactor} instead
     *     of F_iso
     * @param unitForces receives {@code [actuator][coordinate]} the generalized force per unit actuation
     * @param optimalForce receives per actuator F_opt, the actuation per unit control (N or N·m)
     */
    void evaluate(Kinematics pose, double[] q, double[] u, boolean physiology, double[][] unitForces,
            double[] optimalForce) {
        for (int j = 0; j < actuators.size(); j++) {
            ActuatorModel a = actuators.get(j);
            double[] f = unitForces[j];
            if (a instanceof ActuatorModel.PathActuation p) {
                CurrentPath path = p.path().compute(pose, q, wrapMemory[j]);
                pathSolver.unitTensionForces(path, q, f);
                double power = 0;
                for (int i = 0; i < f.length; i++) {
                    power += f[i] * u[i];
                }
                pathLength[j] = path.length();
                pathSpeed[j] = -power;
                optimalForce[j] = p.isMuscle() && physiology
                        ? ActiveForceFactor.of(p.muscle(), path.length(), -power) : p.nominalForce();
            } else if (a instanceof ActuatorModel.CoordinateActuation c) {
                java.util.Arrays.fill(f, 0.0);
                f[c.coordinate()] = 1.0;
                optimalForce[j] = c.optimalForce();
            } else if (a instanceof ActuatorModel.PointActuation p) {
                applied.clear();
                Transform body = pose.frameTransform(p.body());
                Vec3 direction = p.forceIsGlobal() ? p.direction() : body.rotation().apply(p.direction());
                Vec3 station = p.pointIsGlobal() ? body.inverse().apply(p.point()) : p.point();
                applied.addForceAtStation(p.body(), station, direction);
                generalizedForces(q, f);
                optimalForce[j] = p.optimalForce();
            } else if (a instanceof ActuatorModel.TorqueActuation t) {
                applied.clear();
                Vec3 axis = t.torqueIsGlobal() ? t.axis() : pose.frameTransform(t.bodyA()).rotation().apply(t.axis());
                applied.addTorque(t.bodyA(), axis);
                if (t.bodyB() != null) {
                    applied.addTorque(t.bodyB(), axis.negate());
                }
                generalizedForces(q, f);
                optimalForce[j] = t.optimalForce();
            }
        }
    }

    /** @return the last evaluated length of path actuator j (m); 0 for other actuators */
    double pathLength(int j) {
        return pathLength[j];
    }

    /** @return the last evaluated lengthening speed of path actuator j (m/s); 0 for other actuators */
    double pathSpeed(int j) {
        return pathSpeed[j];
    }

    /** f = Jᵀ·(applied loads): the negated inverse dynamics at zero speed, acceleration and gravity. */
    private void generalizedForces(double[] q, double[] f) {
        dynamics.solve(q, zero, zero, NO_GRAVITY, applied, tau);
        for (int i = 0; i < f.length; i++) {
            f[i] = -tau[i];
        }
    }
}

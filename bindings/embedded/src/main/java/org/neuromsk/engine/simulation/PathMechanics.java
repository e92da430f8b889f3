package org.neuromsk.engine.simulation;

import java.util.List;

import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.path.CurrentPath;
import org.neuromsk.engine.path.MovingPathPoint;

/**
 * A path's lengthening speed and the loads of a tension along it, as OpenSim's GeometryPath
 * computes them: the speed is the sum over consecutive points of (v₂ − v₁)·ê, ê the unit vector
 * from point 1 to point 2 in Ground; the tension T pulls each point towards its neighbours, +T·ê on
 * the first and −T·ê on the second point of each segment whose points lie on different bodies, and
 * a MovingPathPoint adds the generalized force (R·∂p/∂q)·(±T·ê) on its coordinate. Wrap tangent
 * points move with their wrap object's body. Velocities (m/s), forces (N).
 */
final class PathMechanics {

    private PathMechanics() {
    }

    /**
     * @param path the path at the current pose
     * @param pose kinematics realized to velocities
     * @param q coordinate values
     * @param u coordinate speeds
     * @return dL/dt (m/s), positive when lengthening
     */
    static double lengtheningSpeed(CurrentPath path, Kinematics pose, double[] q, double[] u) {
        List<CurrentPath.Point> points = path.points();
        double speed = 0;
        Vec3 previous = null;
        for (int i = 0; i < points.size(); i++) {
            Vec3 velocity = velocity(points.get(i), pose, q, u);
            if (previous != null) {
                Vec3 d = points.get(i).ground().minus(points.get(i - 1).ground());
                speed += velocity.minus(previous).dot(d) / d.norm();
            }
            previous = velocity;
        }
        return speed;
    }

    /**
     * Adds the loads of a tension along the path.
     *
     * @param path the path at the current pose
     * @param tension T (N)
     * @param model the multibody model (which body each point is on)
     * @param pose kinematics realized to positions
     * @param q coordinate values
     * @param applied where the loads go
     */
    static void applyTension(CurrentPath path, double tension, MultibodyModel model, Kinematics pose, double[] q,
            AppliedForces applied) {
        List<CurrentPath.Point> points = path.points();
        for (int i = 0; i + 1 < points.size(); i++) {
            CurrentPath.Point a = points.get(i);
            CurrentPath.Point b = points.get(i + 1);
            if (model.bodyIndex(a.frame()) == model.bodyIndex(b.frame())) {
                continue;
            }
            Vec3 d = b.ground().minus(a.ground());
            Vec3 force = d.times(tension / d.norm());
            applied.addForceAtStation(a.frame(), a.local(), force);
            applied.addForceAtStation(b.frame(), b.local(), force.negate());
            addMovingPointWork(a, force, pose, q, applied);
            addMovingPointWork(b, force.negate(), pose, q, applied);
        }
    }

    private static Vec3 velocity(CurrentPath.Point p, Kinematics pose, double[] q, double[] u) {
        Vec3 v = pose.stationVelocity(p.frame(), p.local());
        MovingPathPoint m = p.moving();
        if (m != null && m.forceCoordinate() >= 0) {
            Vec3 rate = m.locationDerivative(q).times(u[m.forceCoordinate()]);
            v = v.plus(pose.frameTransform(p.frame()).rotation().apply(rate));
        }
        return v;
    }

    private static void addMovingPointWork(CurrentPath.Point p, Vec3 force, Kinematics pose, double[] q,
            AppliedForces applied) {
        MovingPathPoint m = p.moving();
        if (m == null || m.forceCoordinate() < 0) {
            return;
        }
        Vec3 dpdq = pose.frameTransform(p.frame()).rotation().apply(m.locationDerivative(q));
        applied.addMobilityForce(m.forceCoordinate(), dpdq.dot(force));
    }
}

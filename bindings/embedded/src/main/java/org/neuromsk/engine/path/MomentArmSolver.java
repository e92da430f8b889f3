package org.neuromsk.engine.path;

import java.util.List;

import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.InverseDynamics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * Generalized forces of a unit tension along a path and the moment arms they imply, as OpenSim's
 * MomentArmSolver computes them. The point forces follow GeometryPath's force production: for each
 * pair of consecutive points on different bodies, +ê on the first and −ê on the second (ê the unit
 * vector from first to second in Ground), plus the work of moving path points on their coordinate.
 * Body forces become generalized forces through inverse dynamics at zero speed, acceleration and
 * gravity (f = Jᵀ F). Not thread-safe; one per thread.
 */
public final class MomentArmSolver {

    private static final Vec3 NO_GRAVITY = Vec3.ZERO;

    private final MultibodyModel model;
    private final List<CoordinateCoupler> couplers;
    private final InverseDynamics dynamics;
    private final AppliedForces applied;
    private final double[] zero;
    private final double[] tau;

    /**
     * @param model the multibody system
     * @param couplers the model's coordinate couplers (they make moment arms include coupled coordinates)
     */
    public MomentArmSolver(MultibodyModel model, List<CoordinateCoupler> couplers) {
        this.model = model;
        this.couplers = List.copyOf(couplers);
        this.dynamics = new InverseDynamics(model);
        this.applied = new AppliedForces(model);
        this.zero = new double[model.numCoordinates()];
        this.tau = new double[model.numCoordinates()];
    }

    /**
     * @param path the current path
     * @param q coordinate values (rad, m)
     * @param f receives, per coordinate in tree order, the generalized force of a 1 N tension (m or -)
     */
    public void unitTensionForces(CurrentPath path, double[] q, double[] f) {
        applied.clear();
        dynamics.kinematics().realizePosition(q);
        List<CurrentPath.Point> pts = path.points();
        for (int i = 0; i + 1 < pts.size(); i++) {
            CurrentPath.Point a = pts.get(i);
            CurrentPath.Point b = pts.get(i + 1);
            if (model.bodyIndex(a.frame()) == model.bodyIndex(b.frame())) {
                continue;
            }
            Vec3 d = b.ground().minus(a.ground());
            Vec3 e = d.times(1.0 / d.norm());
            applied.addForceAtStation(a.frame(), a.local(), e);
            applied.addForceAtStation(b.frame(), b.local(), e.negate());
            addMovingPointWork(a, e, q);
            addMovingPointWork(b, e.negate(), q);
        }
        dynamics.solve(q, zero, zero, NO_GRAVITY, applied, tau);
        for (int j = 0; j < f.length; j++) {
            f[j] = -tau[j];
        }
    }

    /**
     * @param coordinate index of the coordinate in tree order
     * @param q coordinate values
     * @param f unit-tension generalized forces from {@link #unitTensionForces}
     * @return the moment arm about that coordinate (m for rotations; - for translations)
     */
    public double momentArm(int coordinate, double[] q, double[] f) {
        double r = f[coordinate];
        for (CoordinateCoupler c : couplers) {
            if (c.independent() == coordinate) {
                r += c.slope(q) * f[c.dependent()];
            } else if (c.dependent() == coordinate) {
                r += f[c.independent()] / c.slope(q);
            }
        }
        return r;
    }

    private void addMovingPointWork(CurrentPath.Point p, Vec3 force, double[] q) {
        MovingPathPoint m = p.moving();
        if (m == null || m.forceCoordinate() < 0) {
            return;
        }
        Vec3 dpdqGround = kinematicsRotation(p).apply(m.locationDerivative(q));
        applied.addMobilityForce(m.forceCoordinate(), dpdqGround.dot(force));
    }

    private org.neuromsk.engine.multibody.spatial.Rotation kinematicsRotation(CurrentPath.Point p) {
        return dynamics.kinematics().frameTransform(p.frame()).rotation();
    }
}

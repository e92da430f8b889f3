package org.neuromsk.virtual;

import java.util.List;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.AppliedForces;
import org.neuromsk.engine.multibody.InverseDynamics;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.muscle.MuscleEvaluation;
import org.neuromsk.engine.path.CurrentPath;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.path.MomentArmSolver;
import org.neuromsk.engine.wrap.WrapState;

/**
 * The elbow model's muscles and inertia at a state: path lengths, moment arms (m), lengthening speeds
 * (m/s), the muscle models' evaluations, the torque the muscles produce and the torque a motion
 * needs. Mutable workspaces; one per thread.
 */
final class ElbowMechanics {

    /**
     * The muscles at one state, in {@link ElbowMuscles#ALL} order.
     *
     * @param length path lengths (m)
     * @param momentArm moment arms about the elbow (m), flexors positive
     * @param speed lengthening speeds (m/s)
     * @param muscle the muscle models' evaluations
     */
    record Snapshot(double[] length, double[] momentArm, double[] speed, MuscleEvaluation[] muscle) {

        /** @return Σ moment arm × tendon force (N·m) */
        double muscleTorque() {
            double tau = 0;
            for (int m = 0; m < momentArm.length; m++) {
                tau += momentArm[m] * muscle[m].tendonForce();
            }
            return tau;
        }
    }

    private final Model model;
    private final Kinematics pose;
    private final MomentArmSolver solver;
    private final InverseDynamics dynamics;
    private final AppliedForces noLoads;
    private final GeometryPath[] paths;
    private final Muscle[] muscles;
    private final WrapState[][] wraps;
    private final double[] q = new double[1];
    private final double[] f = new double[1];

    /** @param model an elbow model ({@link ElbowMuscles#require}) */
    ElbowMechanics(Model model) {
        ElbowMuscles.require(model);
        this.model = model;
        this.pose = new Kinematics(model.multibody());
        this.solver = new MomentArmSolver(model.multibody(), List.of());
        this.dynamics = new InverseDynamics(model.multibody());
        this.noLoads = new AppliedForces(model.multibody());
        int n = ElbowMuscles.ALL.size();
        paths = new GeometryPath[n];
        muscles = new Muscle[n];
        wraps = new WrapState[n][];
        for (int m = 0; m < n; m++) {
            paths[m] = model.paths().get(ElbowMuscles.ALL.get(m));
            muscles[m] = model.muscles().get(ElbowMuscles.ALL.get(m));
            wraps[m] = paths[m].newWrapStates();
        }
    }

    /** @return the model */
    Model model() {
        return model;
    }

    /** @return the muscle models in {@link ElbowMuscles#ALL} order */
    Muscle[] muscles() {
        return muscles.clone();
    }

    /**
     * @param angle elbow angle (rad)
     * @param speed its rate (rad/s)
     * @param activation per muscle
     * @param fiberLength per muscle (m)
     * @return the muscles at that state
     */
    Snapshot evaluate(double angle, double speed, double[] activation, double[] fiberLength) {
        int n = paths.length;
        double[] length = new double[n];
        double[] arm = new double[n];
        double[] vmt = new double[n];
        MuscleEvaluation[] eval = new MuscleEvaluation[n];
        geometry(angle, length, arm);
        for (int m = 0; m < n; m++) {
            vmt[m] = -arm[m] * speed;
            eval[m] = muscles[m].evaluate(activation[m], length[m], vmt[m], fiberLength[m]);
        }
        return new Snapshot(length, arm, vmt, eval);
    }

    /**
     * @param angle elbow angle (rad)
     * @param length receives path lengths (m)
     * @param arm receives moment arms (m)
     */
    void geometry(double angle, double[] length, double[] arm) {
        q[0] = angle;
        pose.realizePosition(q);
        for (int m = 0; m < paths.length; m++) {
            CurrentPath path = paths[m].compute(pose, q, wraps[m]);
            length[m] = path.length();
            solver.unitTensionForces(path, q, f);
            arm[m] = solver.momentArm(0, q, f);
        }
    }

    /**
     * @param angle elbow angle (rad)
     * @param speed its rate (rad/s)
     * @param acceleration its second derivative (rad/s²)
     * @return the elbow torque the motion needs with gravity and the load (N·m)
     */
    double requiredTorque(double angle, double speed, double acceleration) {
        noLoads.clear();
        return dynamics.solve(new double[] {angle}, new double[] {speed}, new double[] {acceleration},
                model.gravity(), noLoads)[0];
    }

    /**
     * @param angle elbow angle (rad)
     * @return the moment of inertia of everything distal to the elbow about its axis (kg·m²)
     */
    double inertia(double angle) {
        return dynamics.massMatrix(new double[] {angle})[0][0];
    }
}

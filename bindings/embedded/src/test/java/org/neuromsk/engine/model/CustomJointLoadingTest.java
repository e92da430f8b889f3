package org.neuromsk.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neuromsk.engine.model.HandMath.aboutAxis;
import static org.neuromsk.engine.model.HandMath.add;
import static org.neuromsk.engine.model.HandMath.apply;
import static org.neuromsk.engine.model.HandMath.assertPoint;
import static org.neuromsk.engine.model.HandMath.vec;
import static org.neuromsk.engine.model.HandMath.xyz;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.MotionType;

/**
 * CustomJoints from the authored {@code custom_joint.osim} (its header comment lists the functions).
 * A CustomJoint maps to {@code R_FM = Rot(f0,a0)·Rot(f1,a1)·Rot(f2,a2)} (body-fixed sequence, axes
 * normalised) and {@code p_FM = f3·a3 + f4·a4 + f5·a5} (translation axes fixed in F).
 *
 * <p>The spline values are known in closed form: a SimmSpline (Forsythe–Malcolm–Moler cubic, whose
 * end conditions match the third derivative of the cubic through the 4 end knots) reproduces any
 * cubic exactly, so knots taken from a cubic give that cubic everywhere between the end knots.
 * OpenSim reads NaturalCubicSpline as SimmSpline; a true natural spline through the same knots would
 * be 6.3e-3 m off at t = 0.6 (−0.042857 instead of −0.0492), so the ankle's translation3 checks that.
 */
class CustomJointLoadingTest {

    private static final double TOL = 1e-12;

    private final Model model = ModelLoader.load(HandMath.resource("/org/neuromsk/engine/model/custom_joint.osim"));

    @Test
    void coordinatesOrderedByFirstAxisUseAndTypedAsOpenSimDoes() {
        MultibodyModel mb = model.multibody();
        List<String> names = new ArrayList<>();
        List<MotionType> types = new ArrayList<>();
        for (int i = 0; i < mb.numCoordinates(); i++) {
            names.add(mb.coordinates().get(i).name());
            types.add(mb.motionType(i));
        }
        // knee: knee_angle first appears on rotation1, beta on translation3 (file lists beta first).
        // ankle: r (rotation1), r2 (rotation2), t (translation1) although the file lists t, r2, r.
        assertEquals(List.of("knee_angle", "beta", "r", "r2", "t"), names);
        // knee_angle: LinearFunction slope 1 on a rotation axis -> Rotational (its other, non-linear
        // uses do not matter). beta: only in a SimmSpline -> Coupled. r: PolynomialFunction -> Coupled.
        // r2: LinearFunction slope 2 -> Coupled. t: LinearFunction slope -1 on a translation -> Translational.
        assertEquals(List.of(MotionType.ROTATIONAL, MotionType.COUPLED, MotionType.COUPLED, MotionType.COUPLED,
                MotionType.TRANSLATIONAL), types);
        assertArrayEquals(new double[] {0.2, 0.1, 0, 0, 0}, mb.defaultPositions(), 0.0);
        assertEquals(-1.0, mb.coordinates().get(0).rangeMin(), 0.0);
        assertEquals(1.5, mb.coordinates().get(0).rangeMax(), 0.0);
    }

    @Test
    void stationsMatchHandComputedSpatialTransforms() {
        double qk = 0.3;
        double beta = 0.7;
        double r = -0.4;
        double r2 = 0.25;
        double t = 0.6;
        MultibodyModel mb = model.multibody();
        double[] q = new double[mb.numCoordinates()];
        q[mb.coordinateIndex("knee_angle")] = qk;
        q[mb.coordinateIndex("beta")] = beta;
        q[mb.coordinateIndex("r")] = r;
        q[mb.coordinateIndex("r2")] = r2;
        q[mb.coordinateIndex("t")] = t;
        Kinematics k = new Kinematics(mb);
        k.realizePosition(q);

        // knee: rotation qk about (2,2,0)/|(2,2,0)| = (1,1,0)/√2; the other two rotations are 0.
        double[][] rKnee = aboutAxis(qk, new double[] {1 / Math.sqrt(2), 1 / Math.sqrt(2), 0});
        double tx = 0.02 * qk * qk * qk - 0.05 * qk * qk + 0.1 * qk + 0.01; // the cubic behind the SimmSpline
        double ty = 1.5 * (0.1 * qk * qk + 0.2 * qk - 0.3); // MultiplierFunction(1.5, PolynomialFunction)
        double tz = 0.5 * beta; // SimmSpline through a straight line
        double[] pKnee = {tx, ty, tz};
        double[] parentKnee = {0, 1, 0};
        double[] s = {0.1, -0.4, 0.2};
        double[] shankStation = add(add(parentKnee, pKnee), apply(rKnee, s));
        assertPoint(shankStation, k.stationPosition(model.frame("shank"), vec(s)), TOL, "shank station");

        // ankle on shank at d = (0, −0.5, 0): R = Rx(0.5r² + r)·Ry(2·r2)·Rz(0.2),
        // p = (0.1 − t, 0.05, 0.05t³ − 0.1t).
        double[][] rAnkle = xyz(0.5 * r * r + r, 2 * r2, 0.2);
        double[] pAnkle = {0.1 - t, 0.05, 0.05 * t * t * t - 0.1 * t};
        double[] d = {0, -0.5, 0};
        double[] s2 = {0.12, 0.03, -0.07};
        double[] inShank = add(add(d, pAnkle), apply(rAnkle, s2));
        double[] footStation = add(add(parentKnee, pKnee), apply(rKnee, inShank));
        assertPoint(footStation, k.stationPosition(model.frame("foot"), vec(s2)), TOL, "foot station");
    }
}

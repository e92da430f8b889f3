package org.neuromsk.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.neuromsk.engine.model.HandMath.add;
import static org.neuromsk.engine.model.HandMath.apply;
import static org.neuromsk.engine.model.HandMath.assertPoint;
import static org.neuromsk.engine.model.HandMath.mul;
import static org.neuromsk.engine.model.HandMath.rx;
import static org.neuromsk.engine.model.HandMath.ry;
import static org.neuromsk.engine.model.HandMath.rz;
import static org.neuromsk.engine.model.HandMath.sub;
import static org.neuromsk.engine.model.HandMath.vec;
import static org.neuromsk.engine.model.HandMath.xyz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.MotionType;

/**
 * Every OpenSim joint type except CustomJoint, loaded from the authored {@code joint_types.osim}:
 * body {@code b_<joint>} hangs from an offset frame on ground at P (x = 1..7, the weld at z = 1)
 * through an offset frame on the body at C = (0.1, 0.5, −0.2). A station S fixed in the body is
 * then at {@code P + p_FM(q) + R_FM(q)·(S − C)} in ground, with p_FM and R_FM from OpenSim's
 * joint definitions, written out here from scratch.
 */
class ModelLoaderJointTypesTest {

    private static final double TOL = 1e-12;
    private static final double[] C = {0.1, 0.5, -0.2};
    private static final double[] S = {0.3, -0.2, 0.1};

    private final Model model = ModelLoader.load(HandMath.resource("/org/neuromsk/engine/model/joint_types.osim"));

    @Test
    void coordinatesFollowJointFileOrderWithOpenSimMotionTypes() {
        MultibodyModel mb = model.multibody();
        List<String> names = new ArrayList<>();
        List<MotionType> types = new ArrayList<>();
        for (int i = 0; i < mb.numCoordinates(); i++) {
            names.add(mb.coordinates().get(i).name());
            types.add(mb.motionType(i));
        }
        assertEquals(List.of("pin_q", "slider_x", "uni_1", "uni_2", "gim_1", "gim_2", "gim_3",
                "ball_1", "ball_2", "ball_3", "free_rx", "free_ry", "free_rz", "free_tx", "free_ty", "free_tz",
                "planar_rz", "planar_tx", "planar_ty"), names);
        MotionType r = MotionType.ROTATIONAL;
        MotionType t = MotionType.TRANSLATIONAL;
        assertEquals(List.of(r, t, r, r, r, r, r, r, r, r, r, r, r, t, t, t, r, t, t), types);
        assertEquals(8, mb.numBodies());
        assertEquals(new org.neuromsk.engine.multibody.spatial.Vec3(0, -9.80665, 0), model.gravity());
        assertEquals("joint_types", model.name());
    }

    @Test
    void framesAreFoundByNameAndPath() {
        assertSame(model.frame("b_pin"), model.frame("/bodyset/b_pin"));
        assertSame(model.frame("pin_child"), model.frame("/jointset/pin/pin_child"));
        assertSame(model.frame("b_pin"), model.frame("pin_child").base());
    }

    @Test
    void stationsMatchHandComputedJointTransforms() {
        MultibodyModel mb = model.multibody();
        Map<String, Double> values = Map.ofEntries(Map.entry("pin_q", 0.7), Map.entry("slider_x", 0.25),
                Map.entry("uni_1", 0.4), Map.entry("uni_2", -0.6),
                Map.entry("gim_1", 0.3), Map.entry("gim_2", -0.5), Map.entry("gim_3", 0.8),
                Map.entry("ball_1", -0.2), Map.entry("ball_2", 0.9), Map.entry("ball_3", 0.4),
                Map.entry("free_rx", 0.1), Map.entry("free_ry", 0.2), Map.entry("free_rz", 0.3),
                Map.entry("free_tx", 1.5), Map.entry("free_ty", -0.5), Map.entry("free_tz", 0.25),
                Map.entry("planar_rz", 0.6), Map.entry("planar_tx", 0.3), Map.entry("planar_ty", -0.4));
        double[] q = new double[mb.numCoordinates()];
        values.forEach((name, v) -> q[mb.coordinateIndex(name)] = v);
        Kinematics k = new Kinematics(mb);
        k.realizePosition(q);
        double[] sc = sub(S, C);
        double[] zero = {0, 0, 0};

        // WeldJoint: X_FM = identity.
        check(k, "weld", new double[] {0, 0, 1}, zero, identity(), sc);
        // PinJoint: rotation about the shared z axis.
        check(k, "pin", new double[] {1, 0, 0}, zero, rz(0.7), sc);
        // SliderJoint: translation along the shared x axis.
        check(k, "slider", new double[] {2, 0, 0}, new double[] {0.25, 0, 0}, identity(), sc);
        // UniversalJoint: about x, then about the new y.
        check(k, "universal", new double[] {3, 0, 0}, zero, mul(rx(0.4), ry(-0.6)), sc);
        // GimbalJoint: body-fixed X-Y-Z.
        check(k, "gimbal", new double[] {4, 0, 0}, zero, xyz(0.3, -0.5, 0.8), sc);
        // BallJoint: OpenSim's coordinates are body-fixed X-Y-Z angles too.
        check(k, "ball", new double[] {5, 0, 0}, zero, xyz(-0.2, 0.9, 0.4), sc);
        // FreeJoint: body-fixed X-Y-Z angles, then M's origin in F.
        check(k, "free", new double[] {6, 0, 0}, new double[] {1.5, -0.5, 0.25}, xyz(0.1, 0.2, 0.3), sc);
        // PlanarJoint: rotation about z, translation along F's x and y.
        check(k, "planar", new double[] {7, 0, 0}, new double[] {0.3, -0.4, 0}, rz(0.6), sc);
    }

    @Test
    void defaultPoseStacksTheOffsetFrames() {
        MultibodyModel mb = model.multibody();
        Kinematics k = new Kinematics(mb);
        k.realizePosition(mb.defaultPositions());
        // All defaults are 0: the body origin sits at P − C.
        assertPoint(new double[] {1 - 0.1, -0.5, 0.2}, k.stationPosition(model.frame("b_pin"), vec(0, 0, 0)), TOL,
                "b_pin origin");
        assertPoint(new double[] {-0.1, -0.5, 1.2}, k.stationPosition(model.frame("b_weld"), vec(0, 0, 0)), TOL,
                "b_weld origin");
    }

    private void check(Kinematics k, String joint, double[] p, double[] pFM, double[][] rFM, double[] sMinusC) {
        double[] expected = add(add(p, pFM), apply(rFM, sMinusC));
        assertPoint(expected, k.stationPosition(model.frame("b_" + joint), vec(S)), TOL, joint);
    }

    private static double[][] identity() {
        return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }
}

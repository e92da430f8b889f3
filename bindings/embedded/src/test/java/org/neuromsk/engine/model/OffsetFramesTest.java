package org.neuromsk.engine.model;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.model.HandMath.add;
import static org.neuromsk.engine.model.HandMath.apply;
import static org.neuromsk.engine.model.HandMath.assertPoint;
import static org.neuromsk.engine.model.HandMath.mul;
import static org.neuromsk.engine.model.HandMath.rx;
import static org.neuromsk.engine.model.HandMath.rz;
import static org.neuromsk.engine.model.HandMath.sub;
import static org.neuromsk.engine.model.HandMath.transpose;
import static org.neuromsk.engine.model.HandMath.vec;
import static org.neuromsk.engine.model.HandMath.xyz;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;

/**
 * Offset frames with body-fixed XYZ orientations, a chain of two offset frames declared child
 * first, and relative socket paths, from the authored {@code offset_frames.osim}. An offset frame
 * with translation p and orientation (a, b, c) in its parent is {@code X = [Rx(a)·Ry(b)·Rz(c), p]}.
 */
class OffsetFramesTest {

    private static final double TOL = 1e-12;

    private final Model model = ModelLoader.load(HandMath.resource("/org/neuromsk/engine/model/offset_frames.osim"));

    @Test
    void relativeSocketPathsResolveToTheRightFrames() {
        // "../tilted" from /jointset/shoulder/outer; "../../../bodyset/arm" from .../arm_offset;
        // "../shoulder/arm_offset" from /jointset/wrist.
        assertSame(model.frame("/jointset/shoulder/tilted"), model.frame("tilted"));
        assertSame(model.frame("arm"), model.frame("/jointset/shoulder/arm_offset").base());
        assertSame(model.frame("/ground"), model.frame("/jointset/shoulder/outer").base());
        assertSame(model.frame("/jointset/shoulder/arm_offset"), model.multibody().mobilizedBodyOfJoint("wrist")
                .parentFrame());
        assertSame(model.frame("/jointset/shoulder/arm_offset"),
                model.frame("/jointset/wrist", "../shoulder/arm_offset"));
        assertTrue(model.hasFrame("hand_offset"));
    }

    @Test
    void stationsComposeTheChainedRotatedOffsets() {
        double q1 = 0.9;
        double q2 = -0.35;
        MultibodyModel mb = model.multibody();
        double[] q = new double[2];
        q[mb.coordinateIndex("q1")] = q1;
        q[mb.coordinateIndex("q2")] = q2;
        Kinematics k = new Kinematics(mb);
        k.realizePosition(q);

        // X_G,tilted = [xyz(0.3, −0.2, 0.5), (0.1, 0.2, 0.3)]; X_tilted,outer = [Rz(0.4), (0, 0.5, 0)].
        double[][] rTilted = xyz(0.3, -0.2, 0.5);
        double[][] rOuter = mul(rTilted, rz(0.4));
        double[] pOuter = add(new double[] {0.1, 0.2, 0.3}, apply(rTilted, new double[] {0, 0.5, 0}));
        // Arm: X_G,arm = X_G,outer · Rz(q1) · X_arm,M⁻¹ with X_arm,M = [Rx(0.2), (0.05, 0.1, 0)],
        // so a station s of the arm is at p_outer + R_outer·Rz(q1)·Rx(0.2)ᵀ·(s − (0.05, 0.1, 0)).
        double[] s = {0.2, -0.3, 0.15};
        double[] inM = apply(transpose(rx(0.2)), sub(s, new double[] {0.05, 0.1, 0}));
        double[] expectedArm = add(pOuter, apply(mul(rOuter, rz(q1)), inM));
        assertPoint(expectedArm, k.stationPosition(model.frame("arm"), vec(s)), TOL, "arm station");

        // Hand: its parent frame is the arm's joint frame arm_offset, which sits at
        // X_G,outer·Rz(q1); the hand's frame is [Rz(−0.3), (0, 0.2, 0)] in the hand.
        double[] h = {-0.1, 0.05, 0.3};
        double[] inHandM = apply(transpose(rz(-0.3)), sub(h, new double[] {0, 0.2, 0}));
        double[] expectedHand = add(pOuter, apply(mul(mul(rOuter, rz(q1)), rz(q2)), inHandM));
        assertPoint(expectedHand, k.stationPosition(model.frame("hand"), vec(h)), TOL, "hand station");

        // The offset frame itself, as a frame: its origin is the joint centre of the shoulder.
        assertPoint(pOuter, k.stationPosition(model.frame("arm_offset"), vec(0, 0, 0)), TOL, "arm_offset origin");
    }
}

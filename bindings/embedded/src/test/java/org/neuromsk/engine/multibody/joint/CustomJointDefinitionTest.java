package org.neuromsk.engine.multibody.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.multibody.Assertions3.assertVec;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.TestFunctions;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/** Coordinate order, motion types, settings and axis checks of CustomJoint (OpenSim rules). */
class CustomJointDefinitionTest {

    private static final Vec3 X = Vec3.UNIT_X;
    private static final Vec3 Y = Vec3.UNIT_Y;
    private static final Vec3 Z = Vec3.UNIT_Z;

    @Test
    void coordinatesFollowFirstAppearanceAndMotionTypesFollowOpenSim() {
        // a: unit-slope rotation → Rotational.
        // c: quadratic rotation only → Coupled.
        // d: slope-2 rotation (Coupled) then slope-1 translation → Translational (pure axis wins).
        // b: slope −1 translation → Translational.
        // e: quadratic translation only → Coupled.
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.linear(X, "a", 1, 0),
                TransformAxis.of(Y, "c", TestFunctions.quadratic(0, 0, 1), false),
                TransformAxis.linear(Z, "d", 2, 0),
                TransformAxis.linear(X, "b", -1, 0.1),
                TransformAxis.linear(Y, "d", 1, 0),
                TransformAxis.of(Z, "e", TestFunctions.quadratic(0, 1, 1), false));
        // Settings given in another order, 'e' left out (gets defaults).
        CustomJoint joint = new CustomJoint("j", st, List.of(
                Coordinate.named("d").withDefaultValue(0.2), Coordinate.named("a").withRange(-1, 1).withLocked(true),
                Coordinate.named("b"), Coordinate.named("c").withClamped(true)));
        assertEquals(List.of("a", "c", "d", "b", "e"), joint.coordinates().stream().map(Coordinate::name).toList());
        assertEquals(List.of(MotionType.ROTATIONAL, MotionType.COUPLED, MotionType.TRANSLATIONAL,
                MotionType.TRANSLATIONAL, MotionType.COUPLED),
                List.of(joint.motionType(0), joint.motionType(1), joint.motionType(2), joint.motionType(3),
                        joint.motionType(4)));
        assertEquals(0.2, joint.coordinate(2).defaultValue());
        assertTrue(joint.coordinate(0).locked());
        assertEquals(-1, joint.coordinate(0).rangeMin());
        assertTrue(joint.coordinate(1).clamped());
        assertEquals(-10, joint.coordinate(4).rangeMin());
    }

    @Test
    void pureAxisIsNotOverriddenByLaterCoupledUse() {
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.identity(Z, "knee"),
                TransformAxis.of(X, "knee", TestFunctions.quadratic(0, 0, 1), false),
                TransformAxis.unused(Y),
                TransformAxis.of(X, "knee", TestFunctions.quadratic(0, 1, 0), false),
                TransformAxis.unused(Y),
                TransformAxis.unused(Z));
        assertEquals(MotionType.ROTATIONAL, new CustomJoint("k", st, List.of()).motionType(0));
    }

    @Test
    void constantAxesDisplaceTheChildFrame() {
        // rotation1 constant 90° about z, translation1 constant 0.5 along x: X_FM independent of q.
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.constant(Z, Math.PI / 2),
                TransformAxis.identity(X, "q"),
                TransformAxis.unused(Y),
                TransformAxis.constant(X, 0.5),
                TransformAxis.unused(Y),
                TransformAxis.unused(Z));
        CustomJoint joint = new CustomJoint("c", st, List.of());
        // At q = 0: R = Rz(90°) maps x → y.
        assertVec(Y, joint.transformFM(0).rotation().apply(X), 1e-15, "R·x");
        assertVec(new Vec3(0.5, 0, 0), joint.transformFM(0.3).translation(), 0, "p");
        // The second rotation axis is x of the once-rotated frame, i.e. y of F.
        assertVec(new Vec3(0, 2, 0), joint.velocityFM(new double[] {0.3}, new double[] {2}).angular(), 1e-15,
                "ω");
    }

    @Test
    void collinearAxesAreRejected() {
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.identity(new Vec3(1, 0, 0), "a"),
                TransformAxis.unused(new Vec3(2, 0, 0)),
                TransformAxis.unused(Z),
                TransformAxis.unused(X), TransformAxis.unused(Y), TransformAxis.unused(Z));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> new CustomJoint("bad", st, List.of()));
        assertTrue(e.getMessage().contains("'bad'") && e.getMessage().contains("rotation"), e.getMessage());
    }

    @Test
    void listedCoordinateThatDrivesNothingIsRejected() {
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.identity(X, "a"), TransformAxis.unused(Y), TransformAxis.unused(Z),
                TransformAxis.unused(X), TransformAxis.unused(Y), TransformAxis.unused(Z));
        assertThrows(NeuroMskException.class,
                () -> new CustomJoint("j", st, List.of(Coordinate.named("a"), Coordinate.named("ghost"))));
    }

    @Test
    void independentAxesAreCompletedAsOpenSimDoes() {
        // Two given rotations x, y → third = x × y = z. One given translation x with the second
        // collinear (x again): second becomes the third (z), third = z × x = y.
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.identity(X, "a"), TransformAxis.identity(Y, "b"), TransformAxis.unused(X),
                TransformAxis.identity(X, "t"), TransformAxis.unused(X), TransformAxis.unused(Z))
                .withIndependentAxes(2, 1);
        assertVec(Z, st.axis(2).axis(), 0, "rotation3");
        assertVec(Z, st.axis(4).axis(), 0, "translation2");
        assertVec(Y, st.axis(5).axis(), 0, "translation3");
        new CustomJoint("ok", st, List.of());
    }
}

package org.neuromsk.engine.multibody;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.joint.CustomJoint;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.multibody.joint.PinJoint;
import org.neuromsk.engine.multibody.joint.SpatialTransform;
import org.neuromsk.engine.multibody.joint.TransformAxis;
import org.neuromsk.engine.multibody.joint.UniversalJoint;
import org.neuromsk.engine.multibody.joint.WeldJoint;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/** Tree order, indices and topology errors. */
class MultibodyModelTest {

    private static Body body(String name) {
        return new Body(name, 1, Vec3.ZERO, Inertia.diagonal(0.1, 0.1, 0.1));
    }

    @Test
    void coordinatesFollowJointOrderThenJointCoordinateOrder() {
        Body pelvis = body("pelvis");
        Body femur = body("femur");
        Body tibia = body("tibia");
        Body hand = body("hand");
        SpatialTransform st = SpatialTransform.of(
                TransformAxis.identity(Vec3.UNIT_Z, "tilt"),
                TransformAxis.unused(Vec3.UNIT_X), TransformAxis.unused(Vec3.UNIT_Y),
                TransformAxis.identity(Vec3.UNIT_X, "tx"),
                TransformAxis.identity(Vec3.UNIT_Y, "ty"),
                TransformAxis.unused(Vec3.UNIT_Z));
        MultibodyModel model = MultibodyModel.builder()
                .addJoint(new CustomJoint("ground_pelvis", st, List.of(Coordinate.named("ty").withDefaultValue(0.9))),
                        Ground.INSTANCE, pelvis)
                .addJoint(new PinJoint("hip", Coordinate.named("hip_flexion").withDefaultValue(0.2)),
                        OffsetFrame.of("pelvis_offset", pelvis, new Vec3(0, -0.1, 0.08), Vec3.ZERO),
                        OffsetFrame.of("femur_offset", femur, Vec3.ZERO, Vec3.ZERO))
                .addJoint(new UniversalJoint("knee", Coordinate.named("kx"), Coordinate.named("ky")), femur, tibia)
                .addJoint(new WeldJoint("weld"), tibia, hand)
                .build();
        assertEquals(List.of("tilt", "tx", "ty", "hip_flexion", "kx", "ky"),
                model.coordinates().stream().map(Coordinate::name).toList());
        assertEquals(MotionType.TRANSLATIONAL, model.motionType(2));
        assertEquals(4, model.coordinateIndex("kx"));
        assertEquals("knee", model.mobilizedBodyOfCoordinate(5).joint().name());
        assertEquals(2, model.bodyIndex(femur));
        assertEquals(1, model.bodyIndex(OffsetFrame.of("x", pelvis, Vec3.ZERO, Vec3.ZERO)));
        assertEquals(0, model.bodyIndex(Ground.INSTANCE));
        assertEquals(1, model.mobilizedBodyOfJoint("hip").parentBodyIndex());
        assertEquals(4, model.mobilizedBodyOfJoint("knee").firstCoordinate());
        assertEquals(List.of(pelvis, femur, tibia, hand), model.bodies());
        assertArrayEquals(new double[] {0, 0, 0.9, 0.2, 0, 0}, model.defaultPositions());
        assertEquals(femur, model.body("femur"));
        assertThrows(NeuroMskException.class, () -> model.coordinateIndex("nope"));
        assertThrows(NeuroMskException.class, () -> model.bodyIndex(body("stranger")));
    }

    @Test
    void childBeforeParentIsReportedWithBothJoints() {
        Body a = body("a");
        Body b = body("b");
        MultibodyModel.Builder builder = MultibodyModel.builder()
                .addJoint(new PinJoint("second", Coordinate.named("q2")), a, b)
                .addJoint(new PinJoint("first", Coordinate.named("q1")), Ground.INSTANCE, a);
        NeuroMskException e = assertThrows(NeuroMskException.class, builder::build);
        assertTrue(e.getMessage().contains("'second'") && e.getMessage().contains("'first'")
                && e.getMessage().contains("parents first"), e.getMessage());
    }

    @Test
    void topologyErrors() {
        Body a = body("a");
        Body b = body("b");
        // Parent body never connected.
        assertThrows(NeuroMskException.class, () -> MultibodyModel.builder()
                .addJoint(new PinJoint("j", Coordinate.named("q")), a, b).build());
        // Body connected twice.
        assertThrows(NeuroMskException.class, () -> MultibodyModel.builder()
                .addJoint(new PinJoint("j1", Coordinate.named("q1")), Ground.INSTANCE, a)
                .addJoint(new PinJoint("j2", Coordinate.named("q2")), Ground.INSTANCE, a).build());
        // Child on ground.
        assertThrows(NeuroMskException.class, () -> MultibodyModel.builder()
                .addJoint(new PinJoint("j", Coordinate.named("q")), a, Ground.INSTANCE).build());
        // Duplicate coordinate names across joints.
        assertThrows(NeuroMskException.class, () -> MultibodyModel.builder()
                .addJoint(new PinJoint("j1", Coordinate.named("q")), Ground.INSTANCE, a)
                .addJoint(new PinJoint("j2", Coordinate.named("q")), a, b).build());
        // Duplicate joint names.
        assertThrows(NeuroMskException.class, () -> MultibodyModel.builder()
                .addJoint(new PinJoint("j", Coordinate.named("q1")), Ground.INSTANCE, a)
                .addJoint(new PinJoint("j", Coordinate.named("q2")), a, b).build());
        // Invalid mass.
        assertThrows(NeuroMskException.class, () -> new Body("m", -1, Vec3.ZERO, Inertia.ZERO));
    }
}

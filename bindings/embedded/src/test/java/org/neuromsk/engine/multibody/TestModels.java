package org.neuromsk.engine.multibody;

import java.util.List;
import org.neuromsk.engine.multibody.joint.BallJoint;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.joint.CustomJoint;
import org.neuromsk.engine.multibody.joint.FreeJoint;
import org.neuromsk.engine.multibody.joint.GimbalJoint;
import org.neuromsk.engine.multibody.joint.PinJoint;
import org.neuromsk.engine.multibody.joint.PlanarJoint;
import org.neuromsk.engine.multibody.joint.SliderJoint;
import org.neuromsk.engine.multibody.joint.SpatialTransform;
import org.neuromsk.engine.multibody.joint.TransformAxis;
import org.neuromsk.engine.multibody.joint.UniversalJoint;
import org.neuromsk.engine.multibody.joint.WeldJoint;
import org.neuromsk.engine.multibody.spatial.Vec3;

/** Models shared by the tests. */
public final class TestModels {

    private TestModels() {
    }

    static Body body(String name, double mass, Vec3 com, Inertia inertia) {
        return new Body(name, mass, com, inertia);
    }

    /**
     * Ground –Custom 3R3T→ pelvis –Gimbal→ thigh –Custom (one coordinate, oblique axis, quadratic
     * rotation and translations; EXACT)→ shank –Universal→ foot –Pin→ toes –Slider→ slide –Planar→
     * plate –Weld→ tip, with oriented offset frames and non-diagonal inertias. Every joint has u = q̇.
     */
    public static MultibodyModel chainOfAllJointTypes() {
        Body pelvis = body("pelvis", 11, new Vec3(-0.07, 0.01, 0.02), new Inertia(0.10, 0.09, 0.05, 0.003, -0.002, 0.001));
        Body thigh = body("thigh", 8.5, new Vec3(0.01, -0.17, 0.005), new Inertia(0.15, 0.04, 0.16, 0.01, 0.002, -0.004));
        Body shank = body("shank", 3.5, new Vec3(0, -0.18, 0.01), new Inertia(0.05, 0.005, 0.05, -0.001, 0, 0.002));
        Body foot = body("foot", 1.2, new Vec3(0.1, 0.03, 0), new Inertia(0.001, 0.004, 0.0045, 0.0002, 0.0001, 0));
        Body toes = body("toes", 0.2, new Vec3(0.03, 0.005, 0.01), new Inertia(1e-4, 2e-4, 1.5e-4, 0, 0, 1e-5));
        Body slide = body("slide", 0.5, new Vec3(0.01, 0.02, 0.03), Inertia.diagonal(1e-3, 2e-3, 3e-3));
        Body plate = body("plate", 0.7, new Vec3(-0.02, 0.01, 0.0), new Inertia(2e-3, 1e-3, 2.5e-3, 1e-4, -2e-4, 3e-4));
        Body tip = body("tip", 0.3, new Vec3(0.05, 0, -0.01), Inertia.diagonal(1e-4, 1e-4, 2e-4));
        SpatialTransform pelvisTransform = SpatialTransform.of(
                TransformAxis.identity(Vec3.UNIT_Z, "pelvis_tilt"),
                TransformAxis.identity(Vec3.UNIT_X, "pelvis_list"),
                TransformAxis.identity(Vec3.UNIT_Y, "pelvis_rotation"),
                TransformAxis.identity(Vec3.UNIT_X, "pelvis_tx"),
                TransformAxis.identity(Vec3.UNIT_Y, "pelvis_ty"),
                TransformAxis.identity(Vec3.UNIT_Z, "pelvis_tz"));
        SpatialTransform kneeTransform = SpatialTransform.of(
                TransformAxis.of(new Vec3(-0.2, 0.1, 1.7), "knee", TestFunctions.quadratic(0.02, 0.9, 0.15), false),
                TransformAxis.of(new Vec3(1, 0, 0), "knee", TestFunctions.sine(0.05), false),
                TransformAxis.unused(new Vec3(0, 1, 0)),
                TransformAxis.of(new Vec3(1, 0, 0), "knee", TestFunctions.quadratic(0, -0.004, 0.003), false),
                TransformAxis.of(new Vec3(0, 2, 0), "knee", TestFunctions.quadratic(-0.4, 0.01, -0.002), false),
                TransformAxis.unused(new Vec3(0, 0, 1)));
        return MultibodyModel.builder()
                .addJoint(new CustomJoint("ground_pelvis", pelvisTransform,
                        List.of(Coordinate.named("pelvis_ty").withDefaultValue(0.95))), Ground.INSTANCE, pelvis)
                .addJoint(new GimbalJoint("hip", Coordinate.named("hip_x"), Coordinate.named("hip_y"),
                                Coordinate.named("hip_z")),
                        OffsetFrame.of("pelvis_hip", pelvis, new Vec3(-0.07, -0.066, 0.083), new Vec3(0.1, -0.2, 0.05)),
                        OffsetFrame.of("thigh_hip", thigh, new Vec3(0, 0.01, 0), new Vec3(0, 0.3, 0)))
                .addJoint(new CustomJoint("knee", kneeTransform, List.of(), CustomJoint.HDotConvention.EXACT),
                        OffsetFrame.of("thigh_knee", thigh, new Vec3(0, -0.2, 0), new Vec3(0, 0, 0.1)), shank)
                .addJoint(new UniversalJoint("ankle", Coordinate.named("ankle_x"), Coordinate.named("ankle_y")),
                        OffsetFrame.of("shank_ankle", OffsetFrame.of("shank_mid", shank, new Vec3(0, -0.2, 0),
                                new Vec3(0.05, 0, 0)), new Vec3(0, -0.23, 0), new Vec3(0, 0, -0.3)),
                        OffsetFrame.of("foot_ankle", foot, new Vec3(-0.05, 0.04, 0), new Vec3(0.2, 0.1, 0)))
                .addJoint(new PinJoint("mtp", Coordinate.named("mtp_angle")),
                        OffsetFrame.of("foot_mtp", foot, new Vec3(0.18, -0.002, 0.001), new Vec3(-1.7, 0.2, 0.3)),
                        OffsetFrame.of("toes_mtp", toes, Vec3.ZERO, new Vec3(-1.7, 0.2, 0.3)))
                .addJoint(new SliderJoint("slider", Coordinate.named("slide_x")),
                        OffsetFrame.of("toes_slide", toes, new Vec3(0.02, 0, 0), new Vec3(0, 0.5, 0.2)), slide)
                .addJoint(new PlanarJoint("planar", Coordinate.named("pl_rz"), Coordinate.named("pl_tx"),
                        Coordinate.named("pl_ty")), slide,
                        OffsetFrame.of("plate_planar", plate, new Vec3(0.01, 0.02, 0), new Vec3(0.3, 0, 0)))
                .addJoint(new WeldJoint("weld"), OffsetFrame.of("plate_tip", plate, new Vec3(0.1, 0, 0),
                        new Vec3(0, 0, 0.7)), tip)
                .build();
    }

    /** Ground –Free→ trunk –Ball→ arm (u ≠ q̇ for rotations), for mass-matrix and Jacobian checks. */
    public static MultibodyModel freeAndBall() {
        Body trunk = body("trunk", 30, new Vec3(0.02, 0.3, -0.01), new Inertia(1.2, 0.4, 1.1, 0.05, -0.02, 0.03));
        Body arm = body("arm", 2.5, new Vec3(0, -0.15, 0.02), new Inertia(0.02, 0.003, 0.021, 0.001, 0, -0.0005));
        return MultibodyModel.builder()
                .addJoint(new FreeJoint("free", Coordinate.named("rx"), Coordinate.named("ry"), Coordinate.named("rz"),
                        Coordinate.named("tx"), Coordinate.named("ty"), Coordinate.named("tz")), Ground.INSTANCE, trunk)
                .addJoint(new BallJoint("shoulder", Coordinate.named("sx"), Coordinate.named("sy"),
                        Coordinate.named("sz")),
                        OffsetFrame.of("trunk_shoulder", trunk, new Vec3(0.0, 0.45, 0.17), new Vec3(0.2, 0, -0.1)),
                        OffsetFrame.of("arm_shoulder", arm, new Vec3(0, 0.02, 0), Vec3.ZERO))
                .build();
    }
}

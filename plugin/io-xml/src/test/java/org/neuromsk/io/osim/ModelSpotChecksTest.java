package org.neuromsk.io.osim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.Range;
import org.neuromsk.io.xml.Vec3;

/** Values read from the models of the shared data, compared with the files' text. */
class ModelSpotChecksTest {

    private static Model read(String relative) {
        return OpenSimXml.readModel(TestData.require(relative)).root();
    }

    private static List<String> names(List<? extends org.neuromsk.io.xml.OsimObject> objects) {
        return objects.stream().map(o -> o.name()).collect(Collectors.toList());
    }

    @Test
    void arm26() {
        Model arm = read("opensim-models/Models/Arm26/arm26.osim");
        assertEquals("arm26", arm.name());
        // <gravity>0 -9.8066 0</gravity>: arm26 rounds g differently from OpenSim's default.
        assertEquals(new Vec3(0, -9.8066, 0), arm.gravity());
        assertEquals(List.of("base", "r_humerus", "r_ulna_radius_hand"), names(arm.bodies()));
        assertEquals(List.of("offset", "r_shoulder", "r_elbow"), names(arm.joints()));
        assertInstanceOf(WeldJoint.class, arm.joints().get(0));
        assertEquals(List.of("r_shoulder_elev", "r_elbow_flex"), names(arm.coordinates()));
        assertEquals("r_shoulder", arm.jointOf(arm.coordinates().get(0)).orElseThrow().name());
        assertEquals("r_elbow", arm.jointOf(arm.coordinates().get(1)).orElseThrow().name());

        List<Muscle> muscles = arm.muscles();
        assertEquals(List.of("TRIlong", "TRIlat", "TRImed", "BIClong", "BICshort", "BRA"), names(muscles));
        assertTrue(muscles.stream().allMatch(m -> m instanceof Thelen2003Muscle));

        Thelen2003Muscle bicLong = (Thelen2003Muscle) arm.findMuscle("BIClong").orElseThrow();
        assertEquals(624.29999999999995, bicLong.maxIsometricForce()); // <max_isometric_force>
        assertEquals(0.1157, bicLong.optimalFiberLength());
        assertEquals(0.27229999999999999, bicLong.tendonSlackLength());
        GeometryPath path = bicLong.geometryPath().orElseThrow();
        assertEquals(9, path.pathPoints().size()); // BIClong-P1 … BIClong-P9
        PathPoint first = (PathPoint) path.pathPoints().get(0);
        assertEquals("/bodyset/base", first.socketParentFrame());
        assertEquals(new Vec3(-0.039234999999999999, 0.00347, 0.14795), first.location());
        PathWrap wrap = path.pathWraps().get(0);
        assertEquals("BIClonghh", wrap.wrapObject());
        assertEquals(new IndexRange(2, 3), wrap.range());

        Body humerus = arm.findBody("r_humerus").orElseThrow();
        assertEquals(List.of("TRIlonghh", "BIClonghh", "TRI"), names(humerus.wrapObjects()));
        assertInstanceOf(WrapCylinder.class, humerus.wrapObjects().get(2));
        WrapEllipsoid trilonghh = (WrapEllipsoid) humerus.wrapObjects().get(0);
        assertEquals(new Vec3(0.035, 0.02, 0.02), trilonghh.dimensions());
        assertEquals("z", trilonghh.quadrant());
        assertFalse(humerus.unknownElements().isEmpty(), "attached_geometry is preserved");
    }

    @Test
    void rajagopal2016() {
        Model model = read("opensim-models/Models/Rajagopal/Rajagopal2016.osim");
        // 81 <Millard2012EquilibriumMuscle> elements in the file, one of them inside <defaults>.
        assertEquals(80, model.muscles().size());
        assertTrue(model.muscles().stream().allMatch(m -> m instanceof Millard2012EquilibriumMuscle));
        assertEquals(17, model.forces().stream().filter(f -> f instanceof CoordinateActuator).count());
        assertEquals(22, model.bodies().size());
        assertEquals(22, model.joints().size());
        assertEquals(39, model.coordinates().size());
        assertEquals(List.of("subtalar_angle_r", "mtp_angle_r", "subtalar_angle_l", "mtp_angle_l", "wrist_flex_r",
                "wrist_dev_r", "wrist_flex_l", "wrist_dev_l"),
                names(model.coordinates().stream().filter(Coordinate::locked).collect(Collectors.toList())));
        assertEquals(34, model.muscles().stream().filter(Muscle::ignoreTendonCompliance).count());

        List<Constraint> constraints = model.constraints();
        assertEquals(2, constraints.size());
        CoordinateCouplerConstraint right = (CoordinateCouplerConstraint) constraints.get(0);
        assertEquals("patellofemoral_knee_angle_r_con", right.name());
        assertTrue(right.enforced());
        assertEquals(List.of("knee_angle_r"), right.independentCoordinateNames());
        assertEquals("knee_angle_r_beta", right.dependentCoordinateName());
        assertEquals(1.0, right.scaleFactor());
        LinearFunction f = (LinearFunction) right.coupledCoordinatesFunction(); // <coefficients> 1 0</coefficients>
        assertEquals(1.0, f.slope());
        assertEquals(0.0, f.intercept());

        Millard2012EquilibriumMuscle recfem = (Millard2012EquilibriumMuscle) model.findMuscle("recfem_r").orElseThrow();
        assertEquals(2191.7409836065599, recfem.maxIsometricForce());
        assertEquals(0.21701490000000001, recfem.pennationAngleAtOptimal());
        assertEquals(0.10000000000000001, recfem.fiberDamping());
        assertEquals(0.25, recfem.activeForceLengthCurve().minNormActiveFiberLength());
        assertEquals(0.69999999999999996, recfem.fiberForceLengthCurve().strainAtOneNormForce());

        long cylinders = model.bodies().stream().flatMap(b -> b.wrapObjects().stream())
                .filter(w -> w instanceof WrapCylinder).count();
        assertEquals(40, cylinders);
    }

    @Test
    void gait10dof18muscKneeSplineIsInline() {
        Model model = read("opensim-models/Models/Gait10dof18musc/gait10dof18musc.osim");
        CustomJoint knee = (CustomJoint) model.findJoint("knee_r").orElseThrow();
        TransformAxis translation1 = knee.spatialTransform().axis("translation1").orElseThrow();
        assertEquals(List.of("knee_angle_r"), translation1.coordinates());
        assertEquals(new Vec3(1, 0, 0), translation1.axis());
        SimmSpline spline = (SimmSpline) translation1.function();
        assertArrayEquals(new double[] {-2.0944, -1.74533, -1.39626, -1.0472, -0.698132, -0.349066, -0.174533,
            0.197344, 0.337395, 0.490178, 1.52146, 2.0944}, spline.x().toArray());
        assertArrayEquals(new double[] {-0.0032, 0.00179, 0.00411, 0.0041, 0.00212, -0.001, -0.0031, -0.005227,
            -0.005435, -0.005574, -0.005435, -0.00525}, spline.y().toArray());
        assertEquals(6, knee.spatialTransform().axes().size());
        assertInstanceOf(LinearFunction.class, knee.spatialTransform().axis("rotation1").orElseThrow().function());
        Coordinate kneeAngle = knee.coordinates().get(0);
        assertEquals("knee_angle_r", kneeAngle.name());
        assertEquals(null, kneeAngle.prescribedFunction()); // <prescribed_function /> is empty
    }

    @Test
    void gait10dof18muscMovingPathPointsHaveWrappedSplines() {
        Model model = read("opensim-models/Models/Gait10dof18musc/gait10dof18musc.osim");
        List<MovingPathPoint> moving = model.muscles().stream()
                .flatMap(m -> m.geometryPath().orElseThrow().pathPoints().stream())
                .filter(p -> p instanceof MovingPathPoint).map(p -> (MovingPathPoint) p)
                .collect(Collectors.toList());
        assertEquals(4, moving.size()); // rect_fem and vasti, both sides (README feature matrix)
        MovingPathPoint p3 = moving.stream().filter(p -> p.name().equals("rect_fem_r-P3")).findFirst().orElseThrow();
        assertEquals("/bodyset/tibia_r", p3.socketParentFrame());
        assertEquals("/jointset/knee_r/knee_angle_r", p3.socketXCoordinate());
        SimmSpline x = (SimmSpline) p3.xLocation();
        assertEquals(17, x.x().size());
        assertEquals(-2.0944, x.x().get(0));
        assertEquals(0.0155805, x.y().get(0));
        assertEquals(0.0573481, x.y().get(16));
        SimmSpline z = (SimmSpline) p3.zLocation();
        assertArrayEquals(new double[] {-2.0944, 0.1745}, z.x().toArray());
        assertArrayEquals(new double[] {0.0014, 0.0014}, z.y().toArray());

        long conditional = model.muscles().stream()
                .flatMap(m -> m.geometryPath().orElseThrow().pathPoints().stream())
                .filter(p -> p instanceof ConditionalPathPoint).count();
        assertEquals(8, conditional);
    }

    @Test
    void subject01KneeUsesMultiplierFunctionsInline() {
        Model model = read("opensim-models/Models/Gait10dof18musc/subject01.osim");
        CustomJoint knee = (CustomJoint) model.findJoint("knee_r").orElseThrow();
        MultiplierFunction m = (MultiplierFunction) knee.spatialTransform().axis("translation1").orElseThrow().function();
        assertEquals(1.14724, m.scale());
        SimmSpline inner = (SimmSpline) m.function();
        assertEquals(12, inner.x().size());
        assertEquals(-0.0032, inner.y().get(0));
        MultiplierFunction t3 = (MultiplierFunction) knee.spatialTransform().axis("translation3").orElseThrow().function();
        assertEquals(0.0, ((Constant) t3.function()).value());
    }

    @Test
    void coordinateRangesAndDefaults() {
        Model model = read("opensim-models/Models/Gait10dof18musc/subject01.osim");
        Coordinate hip = model.findCoordinate("hip_flexion_r").orElseThrow();
        // <range>-2.0943950999999998 2.0943950999999998</range>
        assertEquals(new Range(-2.0943950999999998, 2.0943950999999998), hip.range());
        assertFalse(hip.clamped());
        assertFalse(hip.locked());
        assertFalse(hip.isFreeToSatisfyConstraints()); // absent: OpenSim's default false
        assertFalse(hip.hasIsFreeToSatisfyConstraints());
    }

    @Test
    void functionBasedPathSet() {
        FunctionBasedPathSet set = OpenSimXml.read(
                TestData.require("opensim-moco-walk/subject_walk_scaled_FunctionBasedPathSet.xml"),
                FunctionBasedPathSet.class).root();
        assertEquals(80, set.items().size());
        FunctionBasedPath addbrev = set.find("/forceset/addbrev_r").orElseThrow();
        assertEquals(List.of("/jointset/hip_r/hip_flexion_r", "/jointset/hip_r/hip_adduction_r",
                "/jointset/hip_r/hip_rotation_r"), addbrev.coordinatePaths());
        MultivariatePolynomialFunction length = (MultivariatePolynomialFunction) addbrev.lengthFunction();
        assertEquals(3, length.dimension());
        assertEquals(5, length.order());
        // 3 variables, order 5: C(3+5, 5) = 56 coefficients.
        assertEquals(56, length.coefficients().size());
        assertEquals(0.14245710812942461, length.coefficients().get(0));
    }
}

package org.neuromsk.io.osim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/** Function-valued properties read in both encodings and are written in OpenSim 4's. */
class FunctionEncodingTest {

    @TempDir
    Path tmp;

    private Model model(String jointSet, String forceSet) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OpenSimDocument Version=\"40000\">\n"
                + "<Model name=\"m\">\n<JointSet name=\"jointset\"><objects>" + jointSet + "</objects></JointSet>\n"
                + "<ForceSet name=\"forceset\"><objects>" + forceSet + "</objects></ForceSet>\n"
                + "</Model>\n</OpenSimDocument>\n";
        Path file = tmp.resolve("m" + System.nanoTime() + ".osim");
        Files.writeString(file, xml);
        return OpenSimXml.readModel(file).root();
    }

    private static String customJoint(String functionXml) {
        return "<CustomJoint name=\"j\"><coordinates><Coordinate name=\"q\"/></coordinates>"
                + "<SpatialTransform><TransformAxis name=\"rotation1\"><coordinates>q</coordinates>"
                + "<axis>0 0 1</axis>" + functionXml + "</TransformAxis></SpatialTransform></CustomJoint>";
    }

    @Test
    void transformAxisFunctionInlineAndWrappedGiveTheSameModel() throws IOException {
        Model inline = model(customJoint(
                "<SimmSpline name=\"function\"><x>0 1 2</x><y>0 0.5 3</y></SimmSpline>"), "");
        Model wrapped = model(customJoint(
                "<function><SimmSpline><x>0 1 2</x><y>0 0.5 3</y></SimmSpline></function>"), "");
        assertEquals(inline, wrapped);
        TransformAxis axis = ((CustomJoint) wrapped.joints().get(0)).spatialTransform().axes().get(0);
        SimmSpline spline = assertInstanceOf(SimmSpline.class, axis.function());
        assertArrayEquals(new double[] {0, 0.5, 3}, spline.y().toArray());
        String written = OpenSimXml.toXml(wrapped, null);
        assertTrue(written.contains("<SimmSpline name=\"function\">"), written);
    }

    @Test
    void movingPathPointFunctionsInlineAndWrappedGiveTheSameFunctions() throws IOException {
        String wrapped = "<MovingPathPoint name=\"p\"><socket_parent_frame>/bodyset/b</socket_parent_frame>"
                + "<socket_x_coordinate>/jointset/j/q</socket_x_coordinate>"
                + "<x_location><LinearFunction><coefficients>2 1</coefficients></LinearFunction></x_location>"
                + "<y_location><Constant><value>0.25</value></Constant></y_location></MovingPathPoint>";
        String inline = "<MovingPathPoint name=\"p\"><socket_parent_frame>/bodyset/b</socket_parent_frame>"
                + "<socket_x_coordinate>/jointset/j/q</socket_x_coordinate>"
                + "<LinearFunction name=\"x_location\"><coefficients>2 1</coefficients></LinearFunction>"
                + "<Constant name=\"y_location\"><value>0.25</value></Constant></MovingPathPoint>";
        MovingPathPoint a = point(model("", muscle(wrapped)));
        MovingPathPoint b = point(model("", muscle(inline)));
        assertEquals(2.0, ((LinearFunction) a.xLocation()).slope());
        assertEquals(2.0, ((LinearFunction) b.xLocation()).slope());
        assertEquals(0.25, ((Constant) b.yLocation()).value());
        assertEquals(null, b.zLocation());
        String written = OpenSimXml.toXml(model("", muscle(inline)), null);
        assertTrue(written.contains("<x_location>"), "written in the wrapped form: " + written);
    }

    @Test
    void coordinateCouplerFunctionInline() throws IOException {
        String xml = "<?xml version=\"1.0\"?><OpenSimDocument Version=\"40000\"><Model name=\"m\">"
                + "<ConstraintSet name=\"c\"><objects><CoordinateCouplerConstraint name=\"cc\">"
                + "<isEnforced>false</isEnforced>"
                + "<LinearFunction name=\"coupled_coordinates_function\"><coefficients>-1 0.5</coefficients>"
                + "</LinearFunction><independent_coordinate_names>a b</independent_coordinate_names>"
                + "<dependent_coordinate_name>c</dependent_coordinate_name></CoordinateCouplerConstraint>"
                + "</objects></ConstraintSet></Model></OpenSimDocument>";
        Path file = tmp.resolve("cc.osim");
        Files.writeString(file, xml);
        OsimDocument<Model> doc = OpenSimXml.readModel(file);
        CoordinateCouplerConstraint cc = (CoordinateCouplerConstraint) doc.root().constraints().get(0);
        assertEquals(-1.0, ((LinearFunction) cc.coupledCoordinatesFunction()).slope());
        assertEquals(0.5, ((LinearFunction) cc.coupledCoordinatesFunction()).intercept());
        assertEquals(false, cc.enforced());
        assertEquals(1.0, cc.scaleFactor()); // absent: OpenSim's default
        assertEquals(java.util.List.of("a", "b"), cc.independentCoordinateNames());
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
    }

    private static String muscle(String point) {
        return "<Thelen2003Muscle name=\"m\"><GeometryPath name=\"path\"><PathPointSet><objects>" + point
                + "</objects></PathPointSet></GeometryPath></Thelen2003Muscle>";
    }

    private static MovingPathPoint point(Model model) {
        return (MovingPathPoint) model.muscles().get(0).geometryPath().orElseThrow().pathPoints().get(0);
    }
}

package org.neuromsk.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;

/** Models the engine cannot build are refused with a one-line message naming the file and the problem. */
class ModelLoaderErrorsTest {

    @Test
    void unknownJointTypeIsNamedWithItsElementPath() {
        Path file = HandMath.resource("/org/neuromsk/engine/model/bad_unknown_joint.osim");
        String message = assertThrows(NeuroMskException.class, () -> ModelLoader.load(file)).getMessage();
        assertOneLineNaming(message, file);
        assertTrue(message.contains("<EllipsoidJoint> 'scapulothoracic'"), message);
        assertTrue(message.contains("JointSet/objects/EllipsoidJoint"), message);
    }

    @Test
    void unknownFunctionTypeInATransformAxisIsNamedWithItsPath() {
        Path file = HandMath.resource("/org/neuromsk/engine/model/bad_unknown_function.osim");
        String message = assertThrows(NeuroMskException.class, () -> ModelLoader.load(file)).getMessage();
        assertOneLineNaming(message, file);
        assertTrue(message.contains("HarmonicFunction"), message);
        assertTrue(message.contains("CustomJoint 'hinge'"), message);
        assertTrue(message.contains("rotation1"), message);
        assertTrue(message.contains("SpatialTransform/TransformAxis/HarmonicFunction"), message);
    }

    @Test
    void functionTypeTheEngineDoesNotEvaluateIsNamed() {
        Path file = HandMath.resource("/org/neuromsk/engine/model/bad_sine_function.osim");
        String message = assertThrows(NeuroMskException.class, () -> ModelLoader.load(file)).getMessage();
        assertOneLineNaming(message, file);
        assertTrue(message.contains("Sine"), message);
        assertTrue(message.contains("rotation1"), message);
        assertTrue(message.contains("not supported"), message);
    }

    @Test
    void aBodyMassThatIsNotANumberNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("nan_mass.osim"), model("<length_units>meters</length_units>",
                "NaN"));
        String message = assertThrows(NeuroMskException.class, () -> ModelLoader.load(file)).getMessage();
        // the <Body> element is on line 6 of the text below
        assertTrue(message.startsWith(file + ":6: body 'b' has invalid mass NaN (kg)"), message);
    }

    @Test
    void aModelInMillimetresIsRefusedNamingItsUnitsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mm.osim"), model("<length_units>mm</length_units>", "1"));
        String message = assertThrows(NeuroMskException.class, () -> ModelLoader.load(file)).getMessage();
        assertOneLineNaming(message, file);
        assertTrue(message.startsWith(file + ":4: <length_units> is 'mm'"), message);
        assertTrue(message.contains("meters"), message);

        Path kilonewtons = Files.writeString(dir.resolve("kn.osim"), model("<force_units>kN</force_units>", "1"));
        message = assertThrows(NeuroMskException.class, () -> ModelLoader.load(kilonewtons)).getMessage();
        assertTrue(message.startsWith(kilonewtons + ":4: <force_units> is 'kN'"), message);

        Path metres = Files.writeString(dir.resolve("m.osim"), model("<length_units>meters</length_units>", "1"));
        assertEquals(1.0, ModelLoader.load(metres).multibody().bodies().get(0).mass());
    }

    /** A one-body model: units on line 4, body 'b' on line 6 with the given mass (kg), welded to ground. */
    private static String model(String unitsLine, String mass) {
        return "<?xml version=\"1.0\"?>\n"
                + "<OpenSimDocument Version=\"40000\">\n<Model name=\"m\">\n"
                + unitsLine + "\n"
                + "<BodySet name=\"bodyset\"><objects>\n"
                + "<Body name=\"b\">\n<mass>" + mass + "</mass>\n<mass_center>0 0 0</mass_center>\n"
                + "<inertia>1 1 1 0 0 0</inertia>\n</Body>\n</objects></BodySet>\n"
                + "<JointSet name=\"jointset\"><objects>\n<WeldJoint name=\"w\">\n"
                + "<socket_parent_frame>/ground</socket_parent_frame>\n<socket_child_frame>/bodyset/b</socket_child_frame>\n"
                + "</WeldJoint>\n</objects></JointSet>\n</Model>\n</OpenSimDocument>\n";
    }

    static void assertOneLineNaming(String message, Path file) {
        assertTrue(message.contains(file.toString()), "message should name " + file + ": " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), "message should be one line: " + message);
    }
}

package org.neuromsk.engine.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
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

    static void assertOneLineNaming(String message, Path file) {
        assertTrue(message.contains(file.toString()), "message should name " + file + ": " + message);
        assertFalse(message.contains("\n") || message.contains("\r"), "message should be one line: " + message);
    }
}

package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Three rotations, parameterised by a quaternion in the engine, {@code <BallJoint>}.
 */
@XmlRootElement(name = "BallJoint")
public final class BallJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public BallJoint() {
    }

    /** @param name the object's name */
    public BallJoint(String name) {
        super(name);
    }
}

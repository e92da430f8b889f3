package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * One rotation about the common z axis, {@code <PinJoint>}.
 */
@XmlRootElement(name = "PinJoint")
public final class PinJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PinJoint() {
    }

    /** @param name the object's name */
    public PinJoint(String name) {
        super(name);
    }
}

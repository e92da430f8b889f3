package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Two rotations, about x then y, {@code <UniversalJoint>}.
 */
@XmlRootElement(name = "UniversalJoint")
public final class UniversalJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public UniversalJoint() {
    }

    /** @param name the object's name */
    public UniversalJoint(String name) {
        super(name);
    }
}

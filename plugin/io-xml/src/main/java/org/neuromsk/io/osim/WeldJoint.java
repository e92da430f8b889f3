package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * No relative motion, no coordinates, {@code <WeldJoint>}.
 */
@XmlRootElement(name = "WeldJoint")
public final class WeldJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public WeldJoint() {
    }

    /** @param name the object's name */
    public WeldJoint(String name) {
        super(name);
    }
}

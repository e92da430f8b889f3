package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Three body-fixed rotations, X-Y-Z, {@code <GimbalJoint>}.
 */
@XmlRootElement(name = "GimbalJoint")
public final class GimbalJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public GimbalJoint() {
    }

    /** @param name the object's name */
    public GimbalJoint(String name) {
        super(name);
    }
}

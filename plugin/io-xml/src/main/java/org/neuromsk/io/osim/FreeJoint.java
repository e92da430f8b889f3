package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Three rotations and three translations, {@code <FreeJoint>}.
 */
@XmlRootElement(name = "FreeJoint")
public final class FreeJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public FreeJoint() {
    }

    /** @param name the object's name */
    public FreeJoint(String name) {
        super(name);
    }
}

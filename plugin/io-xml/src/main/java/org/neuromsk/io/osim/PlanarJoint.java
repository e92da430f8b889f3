package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Rotation about z and translations along x and y, {@code <PlanarJoint>}.
 */
@XmlRootElement(name = "PlanarJoint")
public final class PlanarJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PlanarJoint() {
    }

    /** @param name the object's name */
    public PlanarJoint(String name) {
        super(name);
    }
}

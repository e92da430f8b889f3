package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A joint whose motion is given by a {@link SpatialTransform}: three rotation and three translation
 * axes, each a function of coordinates, {@code <CustomJoint>}.
 */
@XmlRootElement(name = "CustomJoint")
public final class CustomJoint extends Joint {

    @XmlElement(name = "SpatialTransform")
    private SpatialTransform spatialTransform;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public CustomJoint() {
    }

    /** @param name the object's name */
    public CustomJoint(String name) {
        super(name);
    }

    /** @return the six transform axes, {@code <SpatialTransform>}; null when absent */
    public SpatialTransform spatialTransform() {
        return spatialTransform;
    }

    /** @param value new {@code <SpatialTransform>}, null to remove it */
    public void setSpatialTransform(SpatialTransform value) {
        this.spatialTransform = value;
    }
}

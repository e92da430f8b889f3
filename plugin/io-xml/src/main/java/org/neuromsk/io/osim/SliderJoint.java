package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * One translation along the common x axis, {@code <SliderJoint>}.
 */
@XmlRootElement(name = "SliderJoint")
public final class SliderJoint extends Joint {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public SliderJoint() {
    }

    /** @param name the object's name */
    public SliderJoint(String name) {
        super(name);
    }
}

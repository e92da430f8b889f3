package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Actuator forces, speeds and powers over time, {@code <Actuation>}.
 */
@XmlRootElement(name = "Actuation")
public final class Actuation extends Analysis {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Actuation() {
    }

    /** @param name the object's name */
    public Actuation(String name) {
        super(name);
    }
}

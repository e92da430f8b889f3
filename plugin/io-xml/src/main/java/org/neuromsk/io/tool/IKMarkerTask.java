package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Track a marker, {@code <IKMarkerTask>}.
 */
@XmlRootElement(name = "IKMarkerTask")
public final class IKMarkerTask extends IKTask {

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public IKMarkerTask() {
    }

    /** @param name the object's name */
    public IKMarkerTask(String name) {
        super(name);
    }
}

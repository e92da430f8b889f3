package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * A point of a {@link GeometryPath}, fixed in or moving with a frame.
 */
public abstract class AbstractPathPoint extends OsimObject {

    @XmlElement(name = "socket_parent_frame")
    private String socketParentFrame;

    /** For subclasses. */
    protected AbstractPathPoint() {
    }

    /** @param name the object's name */
    protected AbstractPathPoint(String name) {
        super(name);
    }

    /**
     * @return path of the frame the point is expressed in, {@code <socket_parent_frame>}; empty when absent
     */
    public String socketParentFrame() {
        return socketParentFrame != null ? socketParentFrame : "";
    }

    /** @param value new {@code <socket_parent_frame>}, null to remove it */
    public void setSocketParentFrame(String value) {
        this.socketParentFrame = value;
    }

    /** @return true if the file gives {@code <socket_parent_frame>} */
    public boolean hasSocketParentFrame() {
        return socketParentFrame != null;
    }
}

package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.Vec3;

/**
 * A point fixed in a frame that motion capture tracks, {@code <Marker>}.
 */
@XmlRootElement(name = "Marker")
public final class Marker extends OsimObject {

    @XmlElement(name = "socket_parent_frame")
    private String socketParentFrame;

    @XmlElement(name = "location")
    private Vec3 location;

    @XmlElement(name = "fixed")
    private Boolean fixed;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Marker() {
    }

    /** @param name the object's name */
    public Marker(String name) {
        super(name);
    }

    /** @return path of the frame, {@code <socket_parent_frame>}; empty when absent */
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

    /** @return location in the frame (m), {@code <location>}; zero when absent */
    public Vec3 location() {
        return location != null ? location : Vec3.ZERO;
    }

    /** @param value new {@code <location>}, null to remove it */
    public void setLocation(Vec3 value) {
        this.location = value;
    }

    /** @return true if the file gives {@code <location>} */
    public boolean hasLocation() {
        return location != null;
    }

    /**
     * @return whether scaling and marker placement must leave it unchanged, {@code <fixed>}; false when
     * absent
     */
    public boolean fixed() {
        return fixed != null ? fixed : false;
    }

    /** @param value new {@code <fixed>} */
    public void setFixed(boolean value) {
        this.fixed = value;
    }

    /** @return true if the file gives {@code <fixed>} */
    public boolean hasFixed() {
        return fixed != null;
    }
}

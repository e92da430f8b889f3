package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Vec3;

/**
 * A path point fixed in its frame, {@code <PathPoint>}.
 */
@XmlRootElement(name = "PathPoint")
public class PathPoint extends AbstractPathPoint {

    @XmlElement(name = "location")
    private Vec3 location;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PathPoint() {
    }

    /** @param name the object's name */
    public PathPoint(String name) {
        super(name);
    }

    /** @return location in the parent frame (m), {@code <location>}; zero when absent */
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
}

package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Range;

/**
 * A path point that is part of the path only while a coordinate lies within a range,
 * {@code <ConditionalPathPoint>}.
 */
@XmlRootElement(name = "ConditionalPathPoint")
public final class ConditionalPathPoint extends PathPoint {

    @XmlElement(name = "socket_coordinate")
    private String socketCoordinate;

    @XmlElement(name = "range")
    private Range range;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public ConditionalPathPoint() {
    }

    /** @param name the object's name */
    public ConditionalPathPoint(String name) {
        super(name);
    }

    /** @return path of the coordinate, {@code <socket_coordinate>}; empty when absent */
    public String socketCoordinate() {
        return socketCoordinate != null ? socketCoordinate : "";
    }

    /** @param value new {@code <socket_coordinate>}, null to remove it */
    public void setSocketCoordinate(String value) {
        this.socketCoordinate = value;
    }

    /** @return true if the file gives {@code <socket_coordinate>} */
    public boolean hasSocketCoordinate() {
        return socketCoordinate != null;
    }

    /** @return coordinate range where the point is active (rad or m), {@code <range>}; 0 to 0 when absent */
    public Range range() {
        return range != null ? range : new Range(0, 0);
    }

    /** @param value new {@code <range>}, null to remove it */
    public void setRange(Range value) {
        this.range = value;
    }

    /** @return true if the file gives {@code <range>} */
    public boolean hasRange() {
        return range != null;
    }
}

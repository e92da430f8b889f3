package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A cylinder along the local z axis, centred at z = 0, {@code <WrapCylinder>}.
 */
@XmlRootElement(name = "WrapCylinder")
public final class WrapCylinder extends WrapObject {

    @XmlElement(name = "radius")
    private Double radius;

    @XmlElement(name = "length")
    private Double length;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public WrapCylinder() {
    }

    /** @param name the object's name */
    public WrapCylinder(String name) {
        super(name);
    }

    /** @return radius (m), {@code <radius>}; 1.0 when absent */
    public double radius() {
        return radius != null ? radius : 1.0;
    }

    /** @param value new {@code <radius>} */
    public void setRadius(double value) {
        this.radius = value;
    }

    /** @return true if the file gives {@code <radius>} */
    public boolean hasRadius() {
        return radius != null;
    }

    /** @return length along z (m), {@code <length>}; 1.0 when absent */
    public double length() {
        return length != null ? length : 1.0;
    }

    /** @param value new {@code <length>} */
    public void setLength(double value) {
        this.length = value;
    }

    /** @return true if the file gives {@code <length>} */
    public boolean hasLength() {
        return length != null;
    }
}

package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A sphere, {@code <WrapSphere>}.
 */
@XmlRootElement(name = "WrapSphere")
public final class WrapSphere extends WrapObject {

    @XmlElement(name = "radius")
    private Double radius;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public WrapSphere() {
    }

    /** @param name the object's name */
    public WrapSphere(String name) {
        super(name);
    }

    /** @return radius (m), {@code <radius>}; 0.05 when absent */
    public double radius() {
        return radius != null ? radius : 0.05;
    }

    /** @param value new {@code <radius>} */
    public void setRadius(double value) {
        this.radius = value;
    }

    /** @return true if the file gives {@code <radius>} */
    public boolean hasRadius() {
        return radius != null;
    }
}

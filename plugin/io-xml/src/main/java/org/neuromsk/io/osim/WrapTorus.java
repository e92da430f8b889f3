package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A torus about the local z axis, {@code <WrapTorus>}.
 */
@XmlRootElement(name = "WrapTorus")
public final class WrapTorus extends WrapObject {

    @XmlElement(name = "inner_radius")
    private Double innerRadius;

    @XmlElement(name = "outer_radius")
    private Double outerRadius;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public WrapTorus() {
    }

    /** @param name the object's name */
    public WrapTorus(String name) {
        super(name);
    }

    /** @return inner radius (m), {@code <inner_radius>}; 0.01 when absent */
    public double innerRadius() {
        return innerRadius != null ? innerRadius : 0.01;
    }

    /** @param value new {@code <inner_radius>} */
    public void setInnerRadius(double value) {
        this.innerRadius = value;
    }

    /** @return true if the file gives {@code <inner_radius>} */
    public boolean hasInnerRadius() {
        return innerRadius != null;
    }

    /** @return outer radius (m), {@code <outer_radius>}; 0.05 when absent */
    public double outerRadius() {
        return outerRadius != null ? outerRadius : 0.05;
    }

    /** @param value new {@code <outer_radius>} */
    public void setOuterRadius(double value) {
        this.outerRadius = value;
    }

    /** @return true if the file gives {@code <outer_radius>} */
    public boolean hasOuterRadius() {
        return outerRadius != null;
    }
}

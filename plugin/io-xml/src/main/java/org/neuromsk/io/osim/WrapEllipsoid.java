package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Vec3;

/**
 * An ellipsoid, {@code <WrapEllipsoid>}.
 */
@XmlRootElement(name = "WrapEllipsoid")
public final class WrapEllipsoid extends WrapObject {

    @XmlElement(name = "dimensions")
    private Vec3 dimensions;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public WrapEllipsoid() {
    }

    /** @param name the object's name */
    public WrapEllipsoid(String name) {
        super(name);
    }

    /** @return semi-axes along local x, y, z (m), {@code <dimensions>}; 0.05 0.05 0.05 when absent */
    public Vec3 dimensions() {
        return dimensions != null ? dimensions : new Vec3(0.05, 0.05, 0.05);
    }

    /** @param value new {@code <dimensions>}, null to remove it */
    public void setDimensions(Vec3 value) {
        this.dimensions = value;
    }

    /** @return true if the file gives {@code <dimensions>} */
    public boolean hasDimensions() {
        return dimensions != null;
    }
}

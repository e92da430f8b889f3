package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Vec3;

/**
 * A frame fixed to another frame at a constant offset, {@code <PhysicalOffsetFrame>}: joints use them
 * as parent and child frames. The rotation is body-fixed X-Y-Z:
 * {@code R = Rx(orientation.x)·Ry(orientation.y)·Rz(orientation.z)}.
 */
@XmlRootElement(name = "PhysicalOffsetFrame")
public final class PhysicalOffsetFrame extends PhysicalFrame {

    @XmlElement(name = "socket_parent")
    private String socketParent;

    @XmlElement(name = "translation")
    private Vec3 translation;

    @XmlElement(name = "orientation")
    private Vec3 orientation;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PhysicalOffsetFrame() {
    }

    /** @param name the object's name */
    public PhysicalOffsetFrame(String name) {
        super(name);
    }

    /**
     * @return path of the frame this one is fixed to, as written (e.g. {@code /bodyset/femur_r}),
     * {@code <socket_parent>}; empty when absent
     */
    public String socketParent() {
        return socketParent != null ? socketParent : "";
    }

    /** @param value new {@code <socket_parent>}, null to remove it */
    public void setSocketParent(String value) {
        this.socketParent = value;
    }

    /** @return true if the file gives {@code <socket_parent>} */
    public boolean hasSocketParent() {
        return socketParent != null;
    }

    /** @return origin of this frame in the parent frame (m), {@code <translation>}; zero when absent */
    public Vec3 translation() {
        return translation != null ? translation : Vec3.ZERO;
    }

    /** @param value new {@code <translation>}, null to remove it */
    public void setTranslation(Vec3 value) {
        this.translation = value;
    }

    /** @return true if the file gives {@code <translation>} */
    public boolean hasTranslation() {
        return translation != null;
    }

    /**
     * @return body-fixed X-Y-Z rotation angles from the parent frame (rad), {@code <orientation>}; zero when
     * absent
     */
    public Vec3 orientation() {
        return orientation != null ? orientation : Vec3.ZERO;
    }

    /** @param value new {@code <orientation>}, null to remove it */
    public void setOrientation(Vec3 value) {
        this.orientation = value;
    }

    /** @return true if the file gives {@code <orientation>} */
    public boolean hasOrientation() {
        return orientation != null;
    }
}

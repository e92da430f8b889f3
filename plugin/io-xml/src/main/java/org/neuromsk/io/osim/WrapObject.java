package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.Vec3;

/**
 * A surface paths wrap over, fixed in a frame. Its pose is {@code translation} and a body-fixed X-Y-Z
 * rotation. {@code <Appearance>} is display-only and stays preserved.
 */
public abstract class WrapObject extends OsimObject {

    @XmlElement(name = "active")
    private Boolean active;

    @XmlElement(name = "xyz_body_rotation")
    private Vec3 xyzBodyRotation;

    @XmlElement(name = "translation")
    private Vec3 translation;

    @XmlElement(name = "quadrant")
    private String quadrant;

    /** For subclasses. */
    protected WrapObject() {
    }

    /** @param name the object's name */
    protected WrapObject(String name) {
        super(name);
    }

    /** @return whether paths wrap over it, {@code <active>}; true when absent */
    public boolean active() {
        return active != null ? active : true;
    }

    /** @param value new {@code <active>} */
    public void setActive(boolean value) {
        this.active = value;
    }

    /** @return true if the file gives {@code <active>} */
    public boolean hasActive() {
        return active != null;
    }

    /**
     * @return body-fixed X-Y-Z rotation from the frame (rad), {@code <xyz_body_rotation>}; zero when absent
     */
    public Vec3 xyzBodyRotation() {
        return xyzBodyRotation != null ? xyzBodyRotation : Vec3.ZERO;
    }

    /** @param value new {@code <xyz_body_rotation>}, null to remove it */
    public void setXyzBodyRotation(Vec3 value) {
        this.xyzBodyRotation = value;
    }

    /** @return true if the file gives {@code <xyz_body_rotation>} */
    public boolean hasXyzBodyRotation() {
        return xyzBodyRotation != null;
    }

    /** @return origin in the frame (m), {@code <translation>}; zero when absent */
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
     * @return side paths wrap on: {@code all}, {@code x}, {@code -y}, …, {@code <quadrant>};
     * {@code "Unassigned"} when absent
     */
    public String quadrant() {
        return quadrant != null ? quadrant : "Unassigned";
    }

    /** @param value new {@code <quadrant>}, null to remove it */
    public void setQuadrant(String value) {
        this.quadrant = value;
    }

    /** @return true if the file gives {@code <quadrant>} */
    public boolean hasQuadrant() {
        return quadrant != null;
    }
}

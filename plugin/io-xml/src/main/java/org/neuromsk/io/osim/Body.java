package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Vec3;

/**
 * A rigid body, {@code <Body>}: mass, centre of mass and inertia in the body frame.
 */
@XmlRootElement(name = "Body")
public final class Body extends PhysicalFrame {

    @XmlElement(name = "mass")
    private Double mass;

    @XmlElement(name = "mass_center")
    private Vec3 massCenter;

    @XmlElement(name = "inertia")
    private Inertia inertia;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Body() {
    }

    /** @param name the object's name */
    public Body(String name) {
        super(name);
    }

    /** @return mass (kg), {@code <mass>}; NaN when absent */
    public double mass() {
        return mass != null ? mass : Double.NaN;
    }

    /** @param value new {@code <mass>} */
    public void setMass(double value) {
        this.mass = value;
    }

    /** @return true if the file gives {@code <mass>} */
    public boolean hasMass() {
        return mass != null;
    }

    /** @return centre of mass in the body frame (m), {@code <mass_center>}; zero when absent */
    public Vec3 massCenter() {
        return massCenter != null ? massCenter : Vec3.ZERO;
    }

    /** @param value new {@code <mass_center>}, null to remove it */
    public void setMassCenter(Vec3 value) {
        this.massCenter = value;
    }

    /** @return true if the file gives {@code <mass_center>} */
    public boolean hasMassCenter() {
        return massCenter != null;
    }

    /**
     * @return inertia about the centre of mass in body axes, Ixx Iyy Izz Ixy Ixz Iyz (kg·m²),
     * {@code <inertia>}; zero when absent
     */
    public Inertia inertia() {
        return inertia != null ? inertia : Inertia.ZERO;
    }

    /** @param value new {@code <inertia>}, null to remove it */
    public void setInertia(Inertia value) {
        this.inertia = value;
    }

    /** @return true if the file gives {@code <inertia>} */
    public boolean hasInertia() {
        return inertia != null;
    }
}

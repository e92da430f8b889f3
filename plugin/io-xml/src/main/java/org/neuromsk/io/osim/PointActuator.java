package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Vec3;

/**
 * A force {@code control · optimal_force · direction} applied at a point of a body,
 * {@code <PointActuator>}.
 */
@XmlRootElement(name = "PointActuator")
public final class PointActuator extends Actuator {

    @XmlElement(name = "body")
    private String body;

    @XmlElement(name = "point")
    private Vec3 point;

    @XmlElement(name = "point_is_global")
    private Boolean pointIsGlobal;

    @XmlElement(name = "direction")
    private Vec3 direction;

    @XmlElement(name = "force_is_global")
    private Boolean forceIsGlobal;

    @XmlElement(name = "optimal_force")
    private Double optimalForce;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PointActuator() {
    }

    /** @param name the object's name */
    public PointActuator(String name) {
        super(name);
    }

    /** @return name of the body, {@code <body>}; empty when absent */
    public String body() {
        return body != null ? body : "";
    }

    /** @param value new {@code <body>}, null to remove it */
    public void setBody(String value) {
        this.body = value;
    }

    /** @return true if the file gives {@code <body>} */
    public boolean hasBody() {
        return body != null;
    }

    /**
     * @return point of application (m), in the body frame unless {@code point_is_global}, {@code <point>};
     * zero when absent
     */
    public Vec3 point() {
        return point != null ? point : Vec3.ZERO;
    }

    /** @param value new {@code <point>}, null to remove it */
    public void setPoint(Vec3 value) {
        this.point = value;
    }

    /** @return true if the file gives {@code <point>} */
    public boolean hasPoint() {
        return point != null;
    }

    /** @return whether {@code point} is expressed in ground, {@code <point_is_global>}; false when absent */
    public boolean pointIsGlobal() {
        return pointIsGlobal != null ? pointIsGlobal : false;
    }

    /** @param value new {@code <point_is_global>} */
    public void setPointIsGlobal(boolean value) {
        this.pointIsGlobal = value;
    }

    /** @return true if the file gives {@code <point_is_global>} */
    public boolean hasPointIsGlobal() {
        return pointIsGlobal != null;
    }

    /**
     * @return direction of the force, in the body frame unless {@code force_is_global}, {@code <direction>};
     * 1 0 0 when absent
     */
    public Vec3 direction() {
        return direction != null ? direction : new Vec3(1, 0, 0);
    }

    /** @param value new {@code <direction>}, null to remove it */
    public void setDirection(Vec3 value) {
        this.direction = value;
    }

    /** @return true if the file gives {@code <direction>} */
    public boolean hasDirection() {
        return direction != null;
    }

    /**
     * @return whether {@code direction} is expressed in ground, {@code <force_is_global>}; false when absent
     */
    public boolean forceIsGlobal() {
        return forceIsGlobal != null ? forceIsGlobal : false;
    }

    /** @param value new {@code <force_is_global>} */
    public void setForceIsGlobal(boolean value) {
        this.forceIsGlobal = value;
    }

    /** @return true if the file gives {@code <force_is_global>} */
    public boolean hasForceIsGlobal() {
        return forceIsGlobal != null;
    }

    /** @return force per unit control (N), {@code <optimal_force>}; 1.0 when absent */
    public double optimalForce() {
        return optimalForce != null ? optimalForce : 1.0;
    }

    /** @param value new {@code <optimal_force>} */
    public void setOptimalForce(double value) {
        this.optimalForce = value;
    }

    /** @return true if the file gives {@code <optimal_force>} */
    public boolean hasOptimalForce() {
        return optimalForce != null;
    }
}

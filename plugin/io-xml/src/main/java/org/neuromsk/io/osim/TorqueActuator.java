package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Vec3;

/**
 * A torque {@code control · optimal_force · axis} applied to body A and its opposite to body B,
 * {@code <TorqueActuator>}.
 */
@XmlRootElement(name = "TorqueActuator")
public final class TorqueActuator extends Actuator {

    @XmlElement(name = "bodyA")
    private String bodyA;

    @XmlElement(name = "bodyB")
    private String bodyB;

    @XmlElement(name = "torque_is_global")
    private Boolean torqueIsGlobal;

    @XmlElement(name = "axis")
    private Vec3 axis;

    @XmlElement(name = "optimal_force")
    private Double optimalForce;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public TorqueActuator() {
    }

    /** @param name the object's name */
    public TorqueActuator(String name) {
        super(name);
    }

    /** @return name of the body receiving +torque, {@code <bodyA>}; empty when absent */
    public String bodyA() {
        return bodyA != null ? bodyA : "";
    }

    /** @param value new {@code <bodyA>}, null to remove it */
    public void setBodyA(String value) {
        this.bodyA = value;
    }

    /** @return true if the file gives {@code <bodyA>} */
    public boolean hasBodyA() {
        return bodyA != null;
    }

    /** @return name of the body receiving −torque, {@code <bodyB>}; empty when absent */
    public String bodyB() {
        return bodyB != null ? bodyB : "";
    }

    /** @param value new {@code <bodyB>}, null to remove it */
    public void setBodyB(String value) {
        this.bodyB = value;
    }

    /** @return true if the file gives {@code <bodyB>} */
    public boolean hasBodyB() {
        return bodyB != null;
    }

    /**
     * @return whether {@code axis} is expressed in ground (else in body A), {@code <torque_is_global>}; true
     * when absent
     */
    public boolean torqueIsGlobal() {
        return torqueIsGlobal != null ? torqueIsGlobal : true;
    }

    /** @param value new {@code <torque_is_global>} */
    public void setTorqueIsGlobal(boolean value) {
        this.torqueIsGlobal = value;
    }

    /** @return true if the file gives {@code <torque_is_global>} */
    public boolean hasTorqueIsGlobal() {
        return torqueIsGlobal != null;
    }

    /** @return torque axis, {@code <axis>}; 0 0 1 when absent */
    public Vec3 axis() {
        return axis != null ? axis : new Vec3(0, 0, 1);
    }

    /** @param value new {@code <axis>}, null to remove it */
    public void setAxis(Vec3 value) {
        this.axis = value;
    }

    /** @return true if the file gives {@code <axis>} */
    public boolean hasAxis() {
        return axis != null;
    }

    /** @return torque per unit control (N·m), {@code <optimal_force>}; 1.0 when absent */
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

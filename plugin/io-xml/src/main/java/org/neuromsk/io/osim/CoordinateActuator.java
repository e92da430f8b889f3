package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A generalized force {@code control · optimal_force} on one coordinate, {@code <CoordinateActuator>}.
 */
@XmlRootElement(name = "CoordinateActuator")
public class CoordinateActuator extends Actuator {

    @XmlElement(name = "coordinate")
    private String coordinate;

    @XmlElement(name = "optimal_force")
    private Double optimalForce;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public CoordinateActuator() {
    }

    /** @param name the object's name */
    public CoordinateActuator(String name) {
        super(name);
    }

    /** @return name of the coordinate, {@code <coordinate>}; empty when absent */
    public String coordinate() {
        return coordinate != null ? coordinate : "";
    }

    /** @param value new {@code <coordinate>}, null to remove it */
    public void setCoordinate(String value) {
        this.coordinate = value;
    }

    /** @return true if the file gives {@code <coordinate>} */
    public boolean hasCoordinate() {
        return coordinate != null;
    }

    /**
     * @return force per unit control (N·m for rotational, N for translational coordinates),
     * {@code <optimal_force>}; 1.0 when absent
     */
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

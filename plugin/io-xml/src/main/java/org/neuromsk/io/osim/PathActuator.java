package org.neuromsk.io.osim;

import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A tension {@code control · optimal_force} along a path, {@code <PathActuator>}; base of the muscles.
 * The path is a {@link GeometryPath} (points and wraps) or, from OpenSim 4.5.1, a
 * {@link FunctionBasedPath}.
 */
@XmlRootElement(name = "PathActuator")
public class PathActuator extends Actuator {

    @XmlElements({
        @XmlElement(name = "GeometryPath", type = GeometryPath.class),
        @XmlElement(name = "FunctionBasedPath", type = FunctionBasedPath.class)})
    private AbstractGeometryPath path;

    @XmlElement(name = "optimal_force")
    private Double optimalForce;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PathActuator() {
    }

    /** @param name the object's name */
    public PathActuator(String name) {
        super(name);
    }

    /** @return the path: {@link GeometryPath} or {@link FunctionBasedPath}; null when absent */
    public AbstractGeometryPath path() {
        return path;
    }

    /** @param value new value, null to remove it */
    public void setPath(AbstractGeometryPath value) {
        this.path = value;
    }

    /** @return tension per unit control (N), {@code <optimal_force>}; 1.0 when absent */
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

    /** @return the path when it is a {@link GeometryPath} */
    public Optional<GeometryPath> geometryPath() {
        return path instanceof GeometryPath g ? Optional.of(g) : Optional.empty();
    }
}

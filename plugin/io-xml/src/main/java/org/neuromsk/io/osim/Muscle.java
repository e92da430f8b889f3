package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A muscle-tendon unit along a path. Lengths in m, forces in N, angles in rad; velocities in optimal
 * fiber lengths per second.
 */
public abstract class Muscle extends PathActuator {

    @XmlElement(name = "max_isometric_force")
    private Double maxIsometricForce;

    @XmlElement(name = "optimal_fiber_length")
    private Double optimalFiberLength;

    @XmlElement(name = "tendon_slack_length")
    private Double tendonSlackLength;

    @XmlElement(name = "pennation_angle_at_optimal")
    private Double pennationAngleAtOptimal;

    @XmlElement(name = "max_contraction_velocity")
    private Double maxContractionVelocity;

    @XmlElement(name = "ignore_tendon_compliance")
    private Boolean ignoreTendonCompliance;

    @XmlElement(name = "ignore_activation_dynamics")
    private Boolean ignoreActivationDynamics;

    /** For subclasses. */
    protected Muscle() {
    }

    /** @param name the object's name */
    protected Muscle(String name) {
        super(name);
    }

    /** @return maximum isometric force (N), {@code <max_isometric_force>}; 1000.0 when absent */
    public double maxIsometricForce() {
        return maxIsometricForce != null ? maxIsometricForce : 1000.0;
    }

    /** @param value new {@code <max_isometric_force>} */
    public void setMaxIsometricForce(double value) {
        this.maxIsometricForce = value;
    }

    /** @return true if the file gives {@code <max_isometric_force>} */
    public boolean hasMaxIsometricForce() {
        return maxIsometricForce != null;
    }

    /** @return optimal fiber length (m), {@code <optimal_fiber_length>}; 0.1 when absent */
    public double optimalFiberLength() {
        return optimalFiberLength != null ? optimalFiberLength : 0.1;
    }

    /** @param value new {@code <optimal_fiber_length>} */
    public void setOptimalFiberLength(double value) {
        this.optimalFiberLength = value;
    }

    /** @return true if the file gives {@code <optimal_fiber_length>} */
    public boolean hasOptimalFiberLength() {
        return optimalFiberLength != null;
    }

    /** @return tendon slack length (m), {@code <tendon_slack_length>}; 0.2 when absent */
    public double tendonSlackLength() {
        return tendonSlackLength != null ? tendonSlackLength : 0.2;
    }

    /** @param value new {@code <tendon_slack_length>} */
    public void setTendonSlackLength(double value) {
        this.tendonSlackLength = value;
    }

    /** @return true if the file gives {@code <tendon_slack_length>} */
    public boolean hasTendonSlackLength() {
        return tendonSlackLength != null;
    }

    /**
     * @return pennation angle at optimal fiber length (rad), {@code <pennation_angle_at_optimal>}; 0.0 when
     * absent
     */
    public double pennationAngleAtOptimal() {
        return pennationAngleAtOptimal != null ? pennationAngleAtOptimal : 0.0;
    }

    /** @param value new {@code <pennation_angle_at_optimal>} */
    public void setPennationAngleAtOptimal(double value) {
        this.pennationAngleAtOptimal = value;
    }

    /** @return true if the file gives {@code <pennation_angle_at_optimal>} */
    public boolean hasPennationAngleAtOptimal() {
        return pennationAngleAtOptimal != null;
    }

    /**
     * @return maximum contraction velocity (optimal fiber lengths/s), {@code <max_contraction_velocity>};
     * 10.0 when absent
     */
    public double maxContractionVelocity() {
        return maxContractionVelocity != null ? maxContractionVelocity : 10.0;
    }

    /** @param value new {@code <max_contraction_velocity>} */
    public void setMaxContractionVelocity(double value) {
        this.maxContractionVelocity = value;
    }

    /** @return true if the file gives {@code <max_contraction_velocity>} */
    public boolean hasMaxContractionVelocity() {
        return maxContractionVelocity != null;
    }

    /**
     * @return whether the tendon is treated as rigid, {@code <ignore_tendon_compliance>}; false when absent
     */
    public boolean ignoreTendonCompliance() {
        return ignoreTendonCompliance != null ? ignoreTendonCompliance : false;
    }

    /** @param value new {@code <ignore_tendon_compliance>} */
    public void setIgnoreTendonCompliance(boolean value) {
        this.ignoreTendonCompliance = value;
    }

    /** @return true if the file gives {@code <ignore_tendon_compliance>} */
    public boolean hasIgnoreTendonCompliance() {
        return ignoreTendonCompliance != null;
    }

    /**
     * @return whether activation equals excitation, {@code <ignore_activation_dynamics>}; false when absent
     */
    public boolean ignoreActivationDynamics() {
        return ignoreActivationDynamics != null ? ignoreActivationDynamics : false;
    }

    /** @param value new {@code <ignore_activation_dynamics>} */
    public void setIgnoreActivationDynamics(boolean value) {
        this.ignoreActivationDynamics = value;
    }

    /** @return true if the file gives {@code <ignore_activation_dynamics>} */
    public boolean hasIgnoreActivationDynamics() {
        return ignoreActivationDynamics != null;
    }
}

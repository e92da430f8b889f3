package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Millard et al.'s (2013) equilibrium muscle model, {@code <Millard2012EquilibriumMuscle>}, with its
 * four curves. A curve missing from the file takes OpenSim's default shape (see the curve getters).
 */
@XmlRootElement(name = "Millard2012EquilibriumMuscle")
public final class Millard2012EquilibriumMuscle extends Muscle {

    @XmlElement(name = "fiber_damping")
    private Double fiberDamping;

    @XmlElement(name = "default_activation")
    private Double defaultActivation;

    @XmlElement(name = "default_fiber_length")
    private Double defaultFiberLength;

    @XmlElement(name = "activation_time_constant")
    private Double activationTimeConstant;

    @XmlElement(name = "deactivation_time_constant")
    private Double deactivationTimeConstant;

    @XmlElement(name = "minimum_activation")
    private Double minimumActivation;

    @XmlElement(name = "maximum_pennation_angle")
    private Double maximumPennationAngle;

    @XmlElement(name = "ActiveForceLengthCurve")
    private ActiveForceLengthCurve activeForceLengthCurve;

    @XmlElement(name = "ForceVelocityCurve")
    private ForceVelocityCurve forceVelocityCurve;

    @XmlElement(name = "FiberForceLengthCurve")
    private FiberForceLengthCurve fiberForceLengthCurve;

    @XmlElement(name = "TendonForceLengthCurve")
    private TendonForceLengthCurve tendonForceLengthCurve;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Millard2012EquilibriumMuscle() {
    }

    /** @param name the object's name */
    public Millard2012EquilibriumMuscle(String name) {
        super(name);
    }

    /**
     * @return fiber damping (normalized: force/max isometric force per optimal fiber lengths/s),
     * {@code <fiber_damping>}; 0.1 when absent
     */
    public double fiberDamping() {
        return fiberDamping != null ? fiberDamping : 0.1;
    }

    /** @param value new {@code <fiber_damping>} */
    public void setFiberDamping(double value) {
        this.fiberDamping = value;
    }

    /** @return true if the file gives {@code <fiber_damping>} */
    public boolean hasFiberDamping() {
        return fiberDamping != null;
    }

    /** @return initial activation (dimensionless), {@code <default_activation>}; 0.05 when absent */
    public double defaultActivation() {
        return defaultActivation != null ? defaultActivation : 0.05;
    }

    /** @param value new {@code <default_activation>} */
    public void setDefaultActivation(double value) {
        this.defaultActivation = value;
    }

    /** @return true if the file gives {@code <default_activation>} */
    public boolean hasDefaultActivation() {
        return defaultActivation != null;
    }

    /**
     * @return initial fiber length (m), {@code <default_fiber_length>}; {@link #optimalFiberLength()} when
     * absent
     */
    public double defaultFiberLength() {
        return defaultFiberLength != null ? defaultFiberLength : optimalFiberLength();
    }

    /** @param value new {@code <default_fiber_length>} */
    public void setDefaultFiberLength(double value) {
        this.defaultFiberLength = value;
    }

    /** @return true if the file gives {@code <default_fiber_length>} */
    public boolean hasDefaultFiberLength() {
        return defaultFiberLength != null;
    }

    /** @return activation time constant (s), {@code <activation_time_constant>}; 0.010 when absent */
    public double activationTimeConstant() {
        return activationTimeConstant != null ? activationTimeConstant : 0.010;
    }

    /** @param value new {@code <activation_time_constant>} */
    public void setActivationTimeConstant(double value) {
        this.activationTimeConstant = value;
    }

    /** @return true if the file gives {@code <activation_time_constant>} */
    public boolean hasActivationTimeConstant() {
        return activationTimeConstant != null;
    }

    /** @return deactivation time constant (s), {@code <deactivation_time_constant>}; 0.040 when absent */
    public double deactivationTimeConstant() {
        return deactivationTimeConstant != null ? deactivationTimeConstant : 0.040;
    }

    /** @param value new {@code <deactivation_time_constant>} */
    public void setDeactivationTimeConstant(double value) {
        this.deactivationTimeConstant = value;
    }

    /** @return true if the file gives {@code <deactivation_time_constant>} */
    public boolean hasDeactivationTimeConstant() {
        return deactivationTimeConstant != null;
    }

    /** @return lower bound of activation (dimensionless), {@code <minimum_activation>}; 0.01 when absent */
    public double minimumActivation() {
        return minimumActivation != null ? minimumActivation : 0.01;
    }

    /** @param value new {@code <minimum_activation>} */
    public void setMinimumActivation(double value) {
        this.minimumActivation = value;
    }

    /** @return true if the file gives {@code <minimum_activation>} */
    public boolean hasMinimumActivation() {
        return minimumActivation != null;
    }

    /**
     * @return largest pennation angle allowed (rad), {@code <maximum_pennation_angle>}; acos(0.1) when absent
     */
    public double maximumPennationAngle() {
        return maximumPennationAngle != null ? maximumPennationAngle : Math.acos(0.1);
    }

    /** @param value new {@code <maximum_pennation_angle>} */
    public void setMaximumPennationAngle(double value) {
        this.maximumPennationAngle = value;
    }

    /** @return true if the file gives {@code <maximum_pennation_angle>} */
    public boolean hasMaximumPennationAngle() {
        return maximumPennationAngle != null;
    }

    /** @return active force-length curve, {@code <ActiveForceLengthCurve>}; a default curve when absent */
    public ActiveForceLengthCurve activeForceLengthCurve() {
        return activeForceLengthCurve != null ? activeForceLengthCurve : new ActiveForceLengthCurve();
    }

    /** @param value new {@code <ActiveForceLengthCurve>}, null to remove it */
    public void setActiveForceLengthCurve(ActiveForceLengthCurve value) {
        this.activeForceLengthCurve = value;
    }

    /** @return force-velocity curve, {@code <ForceVelocityCurve>}; a default curve when absent */
    public ForceVelocityCurve forceVelocityCurve() {
        return forceVelocityCurve != null ? forceVelocityCurve : new ForceVelocityCurve();
    }

    /** @param value new {@code <ForceVelocityCurve>}, null to remove it */
    public void setForceVelocityCurve(ForceVelocityCurve value) {
        this.forceVelocityCurve = value;
    }

    /**
     * @return passive fiber force-length curve, {@code <FiberForceLengthCurve>}; a default curve when absent
     */
    public FiberForceLengthCurve fiberForceLengthCurve() {
        return fiberForceLengthCurve != null ? fiberForceLengthCurve : new FiberForceLengthCurve();
    }

    /** @param value new {@code <FiberForceLengthCurve>}, null to remove it */
    public void setFiberForceLengthCurve(FiberForceLengthCurve value) {
        this.fiberForceLengthCurve = value;
    }

    /** @return tendon force-length curve, {@code <TendonForceLengthCurve>}; a default curve when absent */
    public TendonForceLengthCurve tendonForceLengthCurve() {
        return tendonForceLengthCurve != null ? tendonForceLengthCurve : new TendonForceLengthCurve();
    }

    /** @param value new {@code <TendonForceLengthCurve>}, null to remove it */
    public void setTendonForceLengthCurve(TendonForceLengthCurve value) {
        this.tendonForceLengthCurve = value;
    }
}

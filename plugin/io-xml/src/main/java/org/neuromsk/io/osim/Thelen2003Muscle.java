package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Thelen's (2003) muscle model, {@code <Thelen2003Muscle>}. Defaults are OpenSim's, which differ from
 * the values most model files give: always read the file.
 */
@XmlRootElement(name = "Thelen2003Muscle")
public final class Thelen2003Muscle extends ActivationFiberLengthMuscle {

    @XmlElement(name = "FmaxTendonStrain")
    private Double fmaxTendonStrain;

    @XmlElement(name = "FmaxMuscleStrain")
    private Double fmaxMuscleStrain;

    @XmlElement(name = "KshapeActive")
    private Double kshapeActive;

    @XmlElement(name = "KshapePassive")
    private Double kshapePassive;

    @XmlElement(name = "Af")
    private Double af;

    @XmlElement(name = "Flen")
    private Double flen;

    @XmlElement(name = "fv_linear_extrap_threshold")
    private Double fvLinearExtrapThreshold;

    @XmlElement(name = "maximum_pennation_angle")
    private Double maximumPennationAngle;

    @XmlElement(name = "activation_time_constant")
    private Double activationTimeConstant;

    @XmlElement(name = "deactivation_time_constant")
    private Double deactivationTimeConstant;

    @XmlElement(name = "minimum_activation")
    private Double minimumActivation;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Thelen2003Muscle() {
    }

    /** @param name the object's name */
    public Thelen2003Muscle(String name) {
        super(name);
    }

    /**
     * @return tendon strain at maximum isometric force (dimensionless), {@code <FmaxTendonStrain>}; 0.04 when
     * absent
     */
    public double fmaxTendonStrain() {
        return fmaxTendonStrain != null ? fmaxTendonStrain : 0.04;
    }

    /** @param value new {@code <FmaxTendonStrain>} */
    public void setFmaxTendonStrain(double value) {
        this.fmaxTendonStrain = value;
    }

    /** @return true if the file gives {@code <FmaxTendonStrain>} */
    public boolean hasFmaxTendonStrain() {
        return fmaxTendonStrain != null;
    }

    /**
     * @return passive fiber strain at maximum isometric force (dimensionless), {@code <FmaxMuscleStrain>};
     * 0.6 when absent
     */
    public double fmaxMuscleStrain() {
        return fmaxMuscleStrain != null ? fmaxMuscleStrain : 0.6;
    }

    /** @param value new {@code <FmaxMuscleStrain>} */
    public void setFmaxMuscleStrain(double value) {
        this.fmaxMuscleStrain = value;
    }

    /** @return true if the file gives {@code <FmaxMuscleStrain>} */
    public boolean hasFmaxMuscleStrain() {
        return fmaxMuscleStrain != null;
    }

    /**
     * @return shape factor of the Gaussian active force-length curve (dimensionless), {@code <KshapeActive>};
     * 0.45 when absent
     */
    public double kshapeActive() {
        return kshapeActive != null ? kshapeActive : 0.45;
    }

    /** @param value new {@code <KshapeActive>} */
    public void setKshapeActive(double value) {
        this.kshapeActive = value;
    }

    /** @return true if the file gives {@code <KshapeActive>} */
    public boolean hasKshapeActive() {
        return kshapeActive != null;
    }

    /**
     * @return exponential shape factor of the passive force-length curve (dimensionless),
     * {@code <KshapePassive>}; 5.0 when absent
     */
    public double kshapePassive() {
        return kshapePassive != null ? kshapePassive : 5.0;
    }

    /** @param value new {@code <KshapePassive>} */
    public void setKshapePassive(double value) {
        this.kshapePassive = value;
    }

    /** @return true if the file gives {@code <KshapePassive>} */
    public boolean hasKshapePassive() {
        return kshapePassive != null;
    }

    /** @return force-velocity shape factor (dimensionless), {@code <Af>}; 0.25 when absent */
    public double af() {
        return af != null ? af : 0.25;
    }

    /** @param value new {@code <Af>} */
    public void setAf(double value) {
        this.af = value;
    }

    /** @return true if the file gives {@code <Af>} */
    public boolean hasAf() {
        return af != null;
    }

    /** @return maximum normalized lengthening force (dimensionless), {@code <Flen>}; 1.4 when absent */
    public double flen() {
        return flen != null ? flen : 1.4;
    }

    /** @param value new {@code <Flen>} */
    public void setFlen(double value) {
        this.flen = value;
    }

    /** @return true if the file gives {@code <Flen>} */
    public boolean hasFlen() {
        return flen != null;
    }

    /**
     * @return normalized force above which the force-velocity curve is extrapolated linearly,
     * {@code <fv_linear_extrap_threshold>}; 0.95 when absent
     */
    public double fvLinearExtrapThreshold() {
        return fvLinearExtrapThreshold != null ? fvLinearExtrapThreshold : 0.95;
    }

    /** @param value new {@code <fv_linear_extrap_threshold>} */
    public void setFvLinearExtrapThreshold(double value) {
        this.fvLinearExtrapThreshold = value;
    }

    /** @return true if the file gives {@code <fv_linear_extrap_threshold>} */
    public boolean hasFvLinearExtrapThreshold() {
        return fvLinearExtrapThreshold != null;
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

    /** @return activation time constant (s), {@code <activation_time_constant>}; 0.015 when absent */
    public double activationTimeConstant() {
        return activationTimeConstant != null ? activationTimeConstant : 0.015;
    }

    /** @param value new {@code <activation_time_constant>} */
    public void setActivationTimeConstant(double value) {
        this.activationTimeConstant = value;
    }

    /** @return true if the file gives {@code <activation_time_constant>} */
    public boolean hasActivationTimeConstant() {
        return activationTimeConstant != null;
    }

    /** @return deactivation time constant (s), {@code <deactivation_time_constant>}; 0.050 when absent */
    public double deactivationTimeConstant() {
        return deactivationTimeConstant != null ? deactivationTimeConstant : 0.050;
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
}

package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * Millard's passive fiber force-length curve, {@code <FiberForceLengthCurve>}; strains are relative to
 * the optimal fiber length. The optional properties are derived by OpenSim when absent (NaN here).
 */
public final class FiberForceLengthCurve extends OsimObject {

    @XmlElement(name = "strain_at_zero_force")
    private Double strainAtZeroForce;

    @XmlElement(name = "strain_at_one_norm_force")
    private Double strainAtOneNormForce;

    @XmlElement(name = "stiffness_at_low_force")
    private Double stiffnessAtLowForce;

    @XmlElement(name = "stiffness_at_one_norm_force")
    private Double stiffnessAtOneNormForce;

    @XmlElement(name = "curviness")
    private Double curviness;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public FiberForceLengthCurve() {
    }

    /** @param name the object's name */
    public FiberForceLengthCurve(String name) {
        super(name);
    }

    /**
     * @return fiber strain where passive force starts (dimensionless), {@code <strain_at_zero_force>}; 0.0
     * when absent
     */
    public double strainAtZeroForce() {
        return strainAtZeroForce != null ? strainAtZeroForce : 0.0;
    }

    /** @param value new {@code <strain_at_zero_force>} */
    public void setStrainAtZeroForce(double value) {
        this.strainAtZeroForce = value;
    }

    /** @return true if the file gives {@code <strain_at_zero_force>} */
    public boolean hasStrainAtZeroForce() {
        return strainAtZeroForce != null;
    }

    /**
     * @return fiber strain at which passive force equals the maximum isometric force,
     * {@code <strain_at_one_norm_force>}; 0.7 when absent
     */
    public double strainAtOneNormForce() {
        return strainAtOneNormForce != null ? strainAtOneNormForce : 0.7;
    }

    /** @param value new {@code <strain_at_one_norm_force>} */
    public void setStrainAtOneNormForce(double value) {
        this.strainAtOneNormForce = value;
    }

    /** @return true if the file gives {@code <strain_at_one_norm_force>} */
    public boolean hasStrainAtOneNormForce() {
        return strainAtOneNormForce != null;
    }

    /**
     * @return normalized stiffness at low force (optional), {@code <stiffness_at_low_force>}; NaN when absent
     */
    public double stiffnessAtLowForce() {
        return stiffnessAtLowForce != null ? stiffnessAtLowForce : Double.NaN;
    }

    /** @param value new {@code <stiffness_at_low_force>} */
    public void setStiffnessAtLowForce(double value) {
        this.stiffnessAtLowForce = value;
    }

    /** @return true if the file gives {@code <stiffness_at_low_force>} */
    public boolean hasStiffnessAtLowForce() {
        return stiffnessAtLowForce != null;
    }

    /**
     * @return normalized stiffness at one normalized force (optional), {@code <stiffness_at_one_norm_force>};
     * NaN when absent
     */
    public double stiffnessAtOneNormForce() {
        return stiffnessAtOneNormForce != null ? stiffnessAtOneNormForce : Double.NaN;
    }

    /** @param value new {@code <stiffness_at_one_norm_force>} */
    public void setStiffnessAtOneNormForce(double value) {
        this.stiffnessAtOneNormForce = value;
    }

    /** @return true if the file gives {@code <stiffness_at_one_norm_force>} */
    public boolean hasStiffnessAtOneNormForce() {
        return stiffnessAtOneNormForce != null;
    }

    /** @return curviness, 0 to 1 (optional), {@code <curviness>}; NaN when absent */
    public double curviness() {
        return curviness != null ? curviness : Double.NaN;
    }

    /** @param value new {@code <curviness>} */
    public void setCurviness(double value) {
        this.curviness = value;
    }

    /** @return true if the file gives {@code <curviness>} */
    public boolean hasCurviness() {
        return curviness != null;
    }
}

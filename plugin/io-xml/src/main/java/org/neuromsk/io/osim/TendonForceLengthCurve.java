package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * Millard's tendon force-length curve, {@code <TendonForceLengthCurve>}; strain is relative to the
 * tendon slack length. The optional properties are derived by OpenSim when absent (NaN here).
 */
public final class TendonForceLengthCurve extends OsimObject {

    @XmlElement(name = "strain_at_one_norm_force")
    private Double strainAtOneNormForce;

    @XmlElement(name = "stiffness_at_one_norm_force")
    private Double stiffnessAtOneNormForce;

    @XmlElement(name = "norm_force_at_toe_end")
    private Double normForceAtToeEnd;

    @XmlElement(name = "curviness")
    private Double curviness;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public TendonForceLengthCurve() {
    }

    /** @param name the object's name */
    public TendonForceLengthCurve(String name) {
        super(name);
    }

    /**
     * @return tendon strain at the maximum isometric force (dimensionless),
     * {@code <strain_at_one_norm_force>}; 0.049 when absent
     */
    public double strainAtOneNormForce() {
        return strainAtOneNormForce != null ? strainAtOneNormForce : 0.049;
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

    /**
     * @return normalized force where the toe region ends (optional), {@code <norm_force_at_toe_end>}; NaN
     * when absent
     */
    public double normForceAtToeEnd() {
        return normForceAtToeEnd != null ? normForceAtToeEnd : Double.NaN;
    }

    /** @param value new {@code <norm_force_at_toe_end>} */
    public void setNormForceAtToeEnd(double value) {
        this.normForceAtToeEnd = value;
    }

    /** @return true if the file gives {@code <norm_force_at_toe_end>} */
    public boolean hasNormForceAtToeEnd() {
        return normForceAtToeEnd != null;
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

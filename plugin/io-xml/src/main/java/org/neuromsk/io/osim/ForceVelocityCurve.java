package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * Millard's force-velocity curve, {@code <ForceVelocityCurve>}; velocities are normalized by the
 * maximum contraction velocity, forces by the maximum isometric force.
 */
public final class ForceVelocityCurve extends OsimObject {

    @XmlElement(name = "concentric_slope_at_vmax")
    private Double concentricSlopeAtVmax;

    @XmlElement(name = "concentric_slope_near_vmax")
    private Double concentricSlopeNearVmax;

    @XmlElement(name = "isometric_slope")
    private Double isometricSlope;

    @XmlElement(name = "eccentric_slope_at_vmax")
    private Double eccentricSlopeAtVmax;

    @XmlElement(name = "eccentric_slope_near_vmax")
    private Double eccentricSlopeNearVmax;

    @XmlElement(name = "max_eccentric_velocity_force_multiplier")
    private Double maxEccentricVelocityForceMultiplier;

    @XmlElement(name = "concentric_curviness")
    private Double concentricCurviness;

    @XmlElement(name = "eccentric_curviness")
    private Double eccentricCurviness;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public ForceVelocityCurve() {
    }

    /** @param name the object's name */
    public ForceVelocityCurve(String name) {
        super(name);
    }

    /**
     * @return slope at the maximum shortening velocity, {@code <concentric_slope_at_vmax>}; 0.0 when absent
     */
    public double concentricSlopeAtVmax() {
        return concentricSlopeAtVmax != null ? concentricSlopeAtVmax : 0.0;
    }

    /** @param value new {@code <concentric_slope_at_vmax>} */
    public void setConcentricSlopeAtVmax(double value) {
        this.concentricSlopeAtVmax = value;
    }

    /** @return true if the file gives {@code <concentric_slope_at_vmax>} */
    public boolean hasConcentricSlopeAtVmax() {
        return concentricSlopeAtVmax != null;
    }

    /**
     * @return slope near the maximum shortening velocity, {@code <concentric_slope_near_vmax>}; 0.25 when
     * absent
     */
    public double concentricSlopeNearVmax() {
        return concentricSlopeNearVmax != null ? concentricSlopeNearVmax : 0.25;
    }

    /** @param value new {@code <concentric_slope_near_vmax>} */
    public void setConcentricSlopeNearVmax(double value) {
        this.concentricSlopeNearVmax = value;
    }

    /** @return true if the file gives {@code <concentric_slope_near_vmax>} */
    public boolean hasConcentricSlopeNearVmax() {
        return concentricSlopeNearVmax != null;
    }

    /** @return slope at zero velocity, {@code <isometric_slope>}; 5.0 when absent */
    public double isometricSlope() {
        return isometricSlope != null ? isometricSlope : 5.0;
    }

    /** @param value new {@code <isometric_slope>} */
    public void setIsometricSlope(double value) {
        this.isometricSlope = value;
    }

    /** @return true if the file gives {@code <isometric_slope>} */
    public boolean hasIsometricSlope() {
        return isometricSlope != null;
    }

    /**
     * @return slope at the maximum lengthening velocity, {@code <eccentric_slope_at_vmax>}; 0.0 when absent
     */
    public double eccentricSlopeAtVmax() {
        return eccentricSlopeAtVmax != null ? eccentricSlopeAtVmax : 0.0;
    }

    /** @param value new {@code <eccentric_slope_at_vmax>} */
    public void setEccentricSlopeAtVmax(double value) {
        this.eccentricSlopeAtVmax = value;
    }

    /** @return true if the file gives {@code <eccentric_slope_at_vmax>} */
    public boolean hasEccentricSlopeAtVmax() {
        return eccentricSlopeAtVmax != null;
    }

    /**
     * @return slope near the maximum lengthening velocity, {@code <eccentric_slope_near_vmax>}; 0.15 when
     * absent
     */
    public double eccentricSlopeNearVmax() {
        return eccentricSlopeNearVmax != null ? eccentricSlopeNearVmax : 0.15;
    }

    /** @param value new {@code <eccentric_slope_near_vmax>} */
    public void setEccentricSlopeNearVmax(double value) {
        this.eccentricSlopeNearVmax = value;
    }

    /** @return true if the file gives {@code <eccentric_slope_near_vmax>} */
    public boolean hasEccentricSlopeNearVmax() {
        return eccentricSlopeNearVmax != null;
    }

    /**
     * @return normalized force at the maximum lengthening velocity,
     * {@code <max_eccentric_velocity_force_multiplier>}; 1.4 when absent
     */
    public double maxEccentricVelocityForceMultiplier() {
        return maxEccentricVelocityForceMultiplier != null ? maxEccentricVelocityForceMultiplier : 1.4;
    }

    /** @param value new {@code <max_eccentric_velocity_force_multiplier>} */
    public void setMaxEccentricVelocityForceMultiplier(double value) {
        this.maxEccentricVelocityForceMultiplier = value;
    }

    /** @return true if the file gives {@code <max_eccentric_velocity_force_multiplier>} */
    public boolean hasMaxEccentricVelocityForceMultiplier() {
        return maxEccentricVelocityForceMultiplier != null;
    }

    /** @return curviness of the concentric branch, 0 to 1, {@code <concentric_curviness>}; 0.6 when absent */
    public double concentricCurviness() {
        return concentricCurviness != null ? concentricCurviness : 0.6;
    }

    /** @param value new {@code <concentric_curviness>} */
    public void setConcentricCurviness(double value) {
        this.concentricCurviness = value;
    }

    /** @return true if the file gives {@code <concentric_curviness>} */
    public boolean hasConcentricCurviness() {
        return concentricCurviness != null;
    }

    /** @return curviness of the eccentric branch, 0 to 1, {@code <eccentric_curviness>}; 0.9 when absent */
    public double eccentricCurviness() {
        return eccentricCurviness != null ? eccentricCurviness : 0.9;
    }

    /** @param value new {@code <eccentric_curviness>} */
    public void setEccentricCurviness(double value) {
        this.eccentricCurviness = value;
    }

    /** @return true if the file gives {@code <eccentric_curviness>} */
    public boolean hasEccentricCurviness() {
        return eccentricCurviness != null;
    }
}

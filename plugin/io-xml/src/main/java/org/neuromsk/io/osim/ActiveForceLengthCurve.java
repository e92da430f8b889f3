package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * Millard's active force-length curve, {@code <ActiveForceLengthCurve>}; lengths are normalized by the
 * optimal fiber length, forces by the maximum isometric force.
 */
public final class ActiveForceLengthCurve extends OsimObject {

    @XmlElement(name = "min_norm_active_fiber_length")
    private Double minNormActiveFiberLength;

    @XmlElement(name = "transition_norm_fiber_length")
    private Double transitionNormFiberLength;

    @XmlElement(name = "max_norm_active_fiber_length")
    private Double maxNormActiveFiberLength;

    @XmlElement(name = "shallow_ascending_slope")
    private Double shallowAscendingSlope;

    @XmlElement(name = "minimum_value")
    private Double minimumValue;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public ActiveForceLengthCurve() {
    }

    /** @param name the object's name */
    public ActiveForceLengthCurve(String name) {
        super(name);
    }

    /**
     * @return normalized fiber length where active force reaches its minimum,
     * {@code <min_norm_active_fiber_length>}; 0.4441 when absent
     */
    public double minNormActiveFiberLength() {
        return minNormActiveFiberLength != null ? minNormActiveFiberLength : 0.47 - 0.0259;
    }

    /** @param value new {@code <min_norm_active_fiber_length>} */
    public void setMinNormActiveFiberLength(double value) {
        this.minNormActiveFiberLength = value;
    }

    /** @return true if the file gives {@code <min_norm_active_fiber_length>} */
    public boolean hasMinNormActiveFiberLength() {
        return minNormActiveFiberLength != null;
    }

    /**
     * @return normalized fiber length where the shallow ascending limb ends,
     * {@code <transition_norm_fiber_length>}; 0.73 when absent
     */
    public double transitionNormFiberLength() {
        return transitionNormFiberLength != null ? transitionNormFiberLength : 0.73;
    }

    /** @param value new {@code <transition_norm_fiber_length>} */
    public void setTransitionNormFiberLength(double value) {
        this.transitionNormFiberLength = value;
    }

    /** @return true if the file gives {@code <transition_norm_fiber_length>} */
    public boolean hasTransitionNormFiberLength() {
        return transitionNormFiberLength != null;
    }

    /**
     * @return normalized fiber length beyond which active force is minimal,
     * {@code <max_norm_active_fiber_length>}; 1.8123 when absent
     */
    public double maxNormActiveFiberLength() {
        return maxNormActiveFiberLength != null ? maxNormActiveFiberLength : 1.8123;
    }

    /** @param value new {@code <max_norm_active_fiber_length>} */
    public void setMaxNormActiveFiberLength(double value) {
        this.maxNormActiveFiberLength = value;
    }

    /** @return true if the file gives {@code <max_norm_active_fiber_length>} */
    public boolean hasMaxNormActiveFiberLength() {
        return maxNormActiveFiberLength != null;
    }

    /**
     * @return slope of the shallow ascending limb (dimensionless), {@code <shallow_ascending_slope>}; 0.8616
     * when absent
     */
    public double shallowAscendingSlope() {
        return shallowAscendingSlope != null ? shallowAscendingSlope : 0.8616;
    }

    /** @param value new {@code <shallow_ascending_slope>} */
    public void setShallowAscendingSlope(double value) {
        this.shallowAscendingSlope = value;
    }

    /** @return true if the file gives {@code <shallow_ascending_slope>} */
    public boolean hasShallowAscendingSlope() {
        return shallowAscendingSlope != null;
    }

    /** @return minimum normalized active force, {@code <minimum_value>}; 0.1 when absent */
    public double minimumValue() {
        return minimumValue != null ? minimumValue : 0.1;
    }

    /** @param value new {@code <minimum_value>} */
    public void setMinimumValue(double value) {
        this.minimumValue = value;
    }

    /** @return true if the file gives {@code <minimum_value>} */
    public boolean hasMinimumValue() {
        return minimumValue != null;
    }
}

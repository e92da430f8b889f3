package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;

import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.Range;

/**
 * A generalized coordinate of a joint, {@code <Coordinate>}. Values are in rad for rotational and in m
 * for translational coordinates; speeds in rad/s or m/s.
 */
public final class Coordinate extends OsimObject {

    @XmlElement(name = "default_value")
    private Double defaultValue;

    @XmlElement(name = "default_speed_value")
    private Double defaultSpeedValue;

    @XmlElement(name = "range")
    private Range range;

    @XmlElement(name = "clamped")
    private Boolean clamped;

    @XmlElement(name = "locked")
    private Boolean locked;

    @XmlElement(name = "prescribed_function")
    private FunctionHolder prescribedFunction;

    @XmlElement(name = "prescribed")
    private Boolean prescribed;

    @XmlElement(name = "is_free_to_satisfy_constraints")
    private Boolean isFreeToSatisfyConstraints;

    @XmlElements({
        @XmlElement(name = "Constant", type = Constant.class),
        @XmlElement(name = "LinearFunction", type = LinearFunction.class),
        @XmlElement(name = "PolynomialFunction", type = PolynomialFunction.class),
        @XmlElement(name = "SimmSpline", type = SimmSpline.class),
        @XmlElement(name = "NaturalCubicSpline", type = NaturalCubicSpline.class),
        @XmlElement(name = "PiecewiseLinearFunction", type = PiecewiseLinearFunction.class),
        @XmlElement(name = "PiecewiseConstantFunction", type = PiecewiseConstantFunction.class),
        @XmlElement(name = "StepFunction", type = StepFunction.class),
        @XmlElement(name = "MultiplierFunction", type = MultiplierFunction.class),
        @XmlElement(name = "GCVSpline", type = GCVSpline.class),
        @XmlElement(name = "Sine", type = Sine.class),
        @XmlElement(name = "MultivariatePolynomialFunction", type = MultivariatePolynomialFunction.class)})
    private List<OsimFunction> inlineFunctions = new ArrayList<>();

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Coordinate() {
    }

    /** @param name the object's name */
    public Coordinate(String name) {
        super(name);
    }

    /** @return initial value (rad or m), {@code <default_value>}; 0.0 when absent */
    public double defaultValue() {
        return defaultValue != null ? defaultValue : 0.0;
    }

    /** @param value new {@code <default_value>} */
    public void setDefaultValue(double value) {
        this.defaultValue = value;
    }

    /** @return true if the file gives {@code <default_value>} */
    public boolean hasDefaultValue() {
        return defaultValue != null;
    }

    /** @return initial speed (rad/s or m/s), {@code <default_speed_value>}; 0.0 when absent */
    public double defaultSpeedValue() {
        return defaultSpeedValue != null ? defaultSpeedValue : 0.0;
    }

    /** @param value new {@code <default_speed_value>} */
    public void setDefaultSpeedValue(double value) {
        this.defaultSpeedValue = value;
    }

    /** @return true if the file gives {@code <default_speed_value>} */
    public boolean hasDefaultSpeedValue() {
        return defaultSpeedValue != null;
    }

    /** @return minimum and maximum value (rad or m), {@code <range>}; −10 to 10 when absent */
    public Range range() {
        return range != null ? range : new Range(-10, 10);
    }

    /** @param value new {@code <range>}, null to remove it */
    public void setRange(Range value) {
        this.range = value;
    }

    /** @return true if the file gives {@code <range>} */
    public boolean hasRange() {
        return range != null;
    }

    /** @return whether the value is limited to the range, {@code <clamped>}; false when absent */
    public boolean clamped() {
        return clamped != null ? clamped : false;
    }

    /** @param value new {@code <clamped>} */
    public void setClamped(boolean value) {
        this.clamped = value;
    }

    /** @return true if the file gives {@code <clamped>} */
    public boolean hasClamped() {
        return clamped != null;
    }

    /** @return whether the coordinate is held at its default value, {@code <locked>}; false when absent */
    public boolean locked() {
        return locked != null ? locked : false;
    }

    /** @param value new {@code <locked>} */
    public void setLocked(boolean value) {
        this.locked = value;
    }

    /** @return true if the file gives {@code <locked>} */
    public boolean hasLocked() {
        return locked != null;
    }

    /**
     * @return value as a function of time when prescribed, {@code <prescribed_function>}; null when absent or
     * empty
     */
    public OsimFunction prescribedFunction() {
        return prescribedFunction != null ? prescribedFunction.function() : null;
    }

    /** @param function new {@code <prescribed_function>} (written in the wrapped form), null to remove it */
    public void setPrescribedFunction(OsimFunction function) {
        this.prescribedFunction = function == null ? null : new FunctionHolder(function);
    }

    /**
     * @return whether the coordinate follows {@code prescribed_function}, {@code <prescribed>}; false when
     * absent
     */
    public boolean prescribed() {
        return prescribed != null ? prescribed : false;
    }

    /** @param value new {@code <prescribed>} */
    public void setPrescribed(boolean value) {
        this.prescribed = value;
    }

    /** @return true if the file gives {@code <prescribed>} */
    public boolean hasPrescribed() {
        return prescribed != null;
    }

    /**
     * @return whether assembly may change it to satisfy constraints,
     * {@code <is_free_to_satisfy_constraints>}; false when absent
     */
    public boolean isFreeToSatisfyConstraints() {
        return isFreeToSatisfyConstraints != null ? isFreeToSatisfyConstraints : false;
    }

    /** @param value new {@code <is_free_to_satisfy_constraints>} */
    public void setIsFreeToSatisfyConstraints(boolean value) {
        this.isFreeToSatisfyConstraints = value;
    }

    /** @return true if the file gives {@code <is_free_to_satisfy_constraints>} */
    public boolean hasIsFreeToSatisfyConstraints() {
        return isFreeToSatisfyConstraints != null;
    }

    @Override
    protected void afterRead() {
        super.afterRead();
        prescribedFunction = FunctionHolder.claim(inlineFunctions, "prescribed_function", prescribedFunction);
    }
}

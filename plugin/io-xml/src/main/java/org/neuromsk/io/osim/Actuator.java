package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A force driven by a control signal.
 */
public abstract class Actuator extends Force {

    @XmlElement(name = "min_control")
    private Double minControl;

    @XmlElement(name = "max_control")
    private Double maxControl;

    /** For subclasses. */
    protected Actuator() {
    }

    /** @param name the object's name */
    protected Actuator(String name) {
        super(name);
    }

    /**
     * @return lowest control value an optimizer may choose (dimensionless), {@code <min_control>}; −∞ when
     * absent
     */
    public double minControl() {
        return minControl != null ? minControl : Double.NEGATIVE_INFINITY;
    }

    /** @param value new {@code <min_control>} */
    public void setMinControl(double value) {
        this.minControl = value;
    }

    /** @return true if the file gives {@code <min_control>} */
    public boolean hasMinControl() {
        return minControl != null;
    }

    /**
     * @return highest control value an optimizer may choose (dimensionless), {@code <max_control>}; +∞ when
     * absent
     */
    public double maxControl() {
        return maxControl != null ? maxControl : Double.POSITIVE_INFINITY;
    }

    /** @param value new {@code <max_control>} */
    public void setMaxControl(double value) {
        this.maxControl = value;
    }

    /** @return true if the file gives {@code <max_control>} */
    public boolean hasMaxControl() {
        return maxControl != null;
    }
}

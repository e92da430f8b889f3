package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A muscle with activation and fiber length as states.
 */
public abstract class ActivationFiberLengthMuscle extends Muscle {

    @XmlElement(name = "default_activation")
    private Double defaultActivation;

    @XmlElement(name = "default_fiber_length")
    private Double defaultFiberLength;

    /** For subclasses. */
    protected ActivationFiberLengthMuscle() {
    }

    /** @param name the object's name */
    protected ActivationFiberLengthMuscle(String name) {
        super(name);
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
}

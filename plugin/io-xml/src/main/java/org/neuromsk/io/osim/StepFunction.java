package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A smooth step from {@code start_value} to {@code end_value} between two times,
 * {@code <StepFunction>}.
 */
public final class StepFunction extends OsimFunction {

    @XmlElement(name = "transition_start_time")
    private Double transitionStartTime;

    @XmlElement(name = "transition_end_time")
    private Double transitionEndTime;

    @XmlElement(name = "start_value")
    private Double startValue;

    @XmlElement(name = "end_value")
    private Double endValue;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public StepFunction() {
    }

    /** @param name the object's name */
    public StepFunction(String name) {
        super(name);
    }

    /**
     * @return start of the transition (unit of the independent variable, usually s),
     * {@code <transition_start_time>}; 0.99 when absent
     */
    public double transitionStartTime() {
        return transitionStartTime != null ? transitionStartTime : 0.99;
    }

    /** @param value new {@code <transition_start_time>} */
    public void setTransitionStartTime(double value) {
        this.transitionStartTime = value;
    }

    /** @return true if the file gives {@code <transition_start_time>} */
    public boolean hasTransitionStartTime() {
        return transitionStartTime != null;
    }

    /** @return end of the transition, {@code <transition_end_time>}; 1.01 when absent */
    public double transitionEndTime() {
        return transitionEndTime != null ? transitionEndTime : 1.01;
    }

    /** @param value new {@code <transition_end_time>} */
    public void setTransitionEndTime(double value) {
        this.transitionEndTime = value;
    }

    /** @return true if the file gives {@code <transition_end_time>} */
    public boolean hasTransitionEndTime() {
        return transitionEndTime != null;
    }

    /** @return value before the transition, {@code <start_value>}; 0.0 when absent */
    public double startValue() {
        return startValue != null ? startValue : 0.0;
    }

    /** @param value new {@code <start_value>} */
    public void setStartValue(double value) {
        this.startValue = value;
    }

    /** @return true if the file gives {@code <start_value>} */
    public boolean hasStartValue() {
        return startValue != null;
    }

    /** @return value after the transition, {@code <end_value>}; 1.0 when absent */
    public double endValue() {
        return endValue != null ? endValue : 1.0;
    }

    /** @param value new {@code <end_value>} */
    public void setEndValue(double value) {
        this.endValue = value;
    }

    /** @return true if the file gives {@code <end_value>} */
    public boolean hasEndValue() {
        return endValue != null;
    }
}

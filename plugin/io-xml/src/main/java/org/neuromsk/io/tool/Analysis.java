package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * An analysis run by a tool at integration steps.
 */
public abstract class Analysis extends OsimObject {

    @XmlElement(name = "on")
    private Boolean on;

    @XmlElement(name = "start_time")
    private Double startTime;

    @XmlElement(name = "end_time")
    private Double endTime;

    @XmlElement(name = "step_interval")
    private Integer stepInterval;

    @XmlElement(name = "in_degrees")
    private Boolean inDegrees;

    /** For subclasses. */
    protected Analysis() {
    }

    /** @param name the object's name */
    protected Analysis(String name) {
        super(name);
    }

    /** @return whether it runs, {@code <on>}; true when absent */
    public boolean on() {
        return on != null ? on : true;
    }

    /** @param value new {@code <on>} */
    public void setOn(boolean value) {
        this.on = value;
    }

    /** @return true if the file gives {@code <on>} */
    public boolean hasOn() {
        return on != null;
    }

    /** @return start time (s), {@code <start_time>}; −∞ when absent */
    public double startTime() {
        return startTime != null ? startTime : Double.NEGATIVE_INFINITY;
    }

    /** @param value new {@code <start_time>} */
    public void setStartTime(double value) {
        this.startTime = value;
    }

    /** @return true if the file gives {@code <start_time>} */
    public boolean hasStartTime() {
        return startTime != null;
    }

    /** @return end time (s), {@code <end_time>}; +∞ when absent */
    public double endTime() {
        return endTime != null ? endTime : Double.POSITIVE_INFINITY;
    }

    /** @param value new {@code <end_time>} */
    public void setEndTime(double value) {
        this.endTime = value;
    }

    /** @return true if the file gives {@code <end_time>} */
    public boolean hasEndTime() {
        return endTime != null;
    }

    /** @return record every n-th integration step, {@code <step_interval>}; 1 when absent */
    public int stepInterval() {
        return stepInterval != null ? stepInterval : 1;
    }

    /** @param value new {@code <step_interval>} */
    public void setStepInterval(int value) {
        this.stepInterval = value;
    }

    /** @return true if the file gives {@code <step_interval>} */
    public boolean hasStepInterval() {
        return stepInterval != null;
    }

    /** @return whether angles are written in degrees, {@code <in_degrees>}; true when absent */
    public boolean inDegrees() {
        return inDegrees != null ? inDegrees : true;
    }

    /** @param value new {@code <in_degrees>} */
    public void setInDegrees(boolean value) {
        this.inDegrees = value;
    }

    /** @return true if the file gives {@code <in_degrees>} */
    public boolean hasInDegrees() {
        return inDegrees != null;
    }
}

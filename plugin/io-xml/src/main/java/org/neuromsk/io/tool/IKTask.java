package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * A weighted inverse kinematics task, named after its marker or coordinate.
 */
public abstract class IKTask extends OsimObject {

    @XmlElement(name = "apply")
    private Boolean apply;

    @XmlElement(name = "weight")
    private Double weight;

    /** For subclasses. */
    protected IKTask() {
    }

    /** @param name the object's name */
    protected IKTask(String name) {
        super(name);
    }

    /** @return whether the task is used, {@code <apply>}; true when absent */
    public boolean apply() {
        return apply != null ? apply : true;
    }

    /** @param value new {@code <apply>} */
    public void setApply(boolean value) {
        this.apply = value;
    }

    /** @return true if the file gives {@code <apply>} */
    public boolean hasApply() {
        return apply != null;
    }

    /** @return weight in the objective (dimensionless), {@code <weight>}; 1.0 when absent */
    public double weight() {
        return weight != null ? weight : 1.0;
    }

    /** @param value new {@code <weight>} */
    public void setWeight(double value) {
        this.weight = value;
    }

    /** @return true if the file gives {@code <weight>} */
    public boolean hasWeight() {
        return weight != null;
    }
}

package org.neuromsk.io.control;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * One node of a {@link ControlLinear}, {@code <ControlLinearNode>}.
 */
public final class ControlLinearNode extends OsimObject {

    @XmlElement(name = "t")
    private Double t;

    @XmlElement(name = "value")
    private Double value;

    /** A node with no time or value (for the XML binding). */
    public ControlLinearNode() {
    }

    /**
     * @param t time (s)
     * @param value value at that time
     */
    public ControlLinearNode(double t, double value) {
        this.t = t;
        this.value = value;
    }

    /** @return time (s), {@code <t>}; NaN when absent */
    public double t() {
        return t != null ? t : Double.NaN;
    }

    /** @param value new {@code <t>} */
    public void setT(double value) {
        this.t = value;
    }

    /** @return true if the file gives {@code <t>} */
    public boolean hasT() {
        return t != null;
    }

    /** @return value at that time, {@code <value>}; NaN when absent */
    public double value() {
        return value != null ? value : Double.NaN;
    }

    /** @param value new {@code <value>} */
    public void setValue(double value) {
        this.value = value;
    }

    /** @return true if the file gives {@code <value>} */
    public boolean hasValue() {
        return value != null;
    }
}

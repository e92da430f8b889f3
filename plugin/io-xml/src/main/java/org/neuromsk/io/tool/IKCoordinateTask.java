package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Track a coordinate, {@code <IKCoordinateTask>}.
 */
@XmlRootElement(name = "IKCoordinateTask")
public final class IKCoordinateTask extends IKTask {

    @XmlElement(name = "value_type")
    private String valueType;

    @XmlElement(name = "value")
    private Double value;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public IKCoordinateTask() {
    }

    /** @param name the object's name */
    public IKCoordinateTask(String name) {
        super(name);
    }

    /**
     * @return source of the value: {@code default_value}, {@code manual_value} or {@code from_file},
     * {@code <value_type>}; {@code "default_value"} when absent
     */
    public String valueType() {
        return valueType != null ? valueType : "default_value";
    }

    /** @param value new {@code <value_type>}, null to remove it */
    public void setValueType(String value) {
        this.valueType = value;
    }

    /** @return true if the file gives {@code <value_type>} */
    public boolean hasValueType() {
        return valueType != null;
    }

    /** @return value for {@code manual_value} (rad or m), {@code <value>}; 0.0 when absent */
    public double value() {
        return value != null ? value : 0.0;
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

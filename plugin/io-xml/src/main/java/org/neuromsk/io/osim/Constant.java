package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A function with the same value everywhere, {@code <Constant>}.
 */
public final class Constant extends OsimFunction {

    @XmlElement(name = "value")
    private Double value;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Constant() {
    }

    /** @param name the object's name */
    public Constant(String name) {
        super(name);
    }

    /** @return the value (unit of the property the function defines), {@code <value>}; 0.0 when absent */
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

package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.NumberList;

/**
 * Steps between the knots (x, y), {@code <PiecewiseConstantFunction>}.
 */
public final class PiecewiseConstantFunction extends OsimFunction {

    @XmlElement(name = "x")
    private NumberList x;

    @XmlElement(name = "y")
    private NumberList y;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PiecewiseConstantFunction() {
    }

    /** @param name the object's name */
    public PiecewiseConstantFunction(String name) {
        super(name);
    }

    /** @return knot abscissae, increasing, {@code <x>}; empty when absent */
    public NumberList x() {
        return x != null ? x : NumberList.EMPTY;
    }

    /** @param values new {@code <x>} (copied) */
    public void setX(double... values) {
        this.x = NumberList.of(values);
    }

    /** @return knot values, {@code <y>}; empty when absent */
    public NumberList y() {
        return y != null ? y : NumberList.EMPTY;
    }

    /** @param values new {@code <y>} (copied) */
    public void setY(double... values) {
        this.y = NumberList.of(values);
    }
}

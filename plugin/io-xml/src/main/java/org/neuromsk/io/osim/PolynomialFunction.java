package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.NumberList;

/**
 * A polynomial of one variable, {@code <PolynomialFunction>}: the coefficients are listed from the
 * highest power down to the constant term (SimTK's convention).
 */
public final class PolynomialFunction extends OsimFunction {

    @XmlElement(name = "coefficients")
    private NumberList coefficients;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PolynomialFunction() {
    }

    /** @param name the object's name */
    public PolynomialFunction(String name) {
        super(name);
    }

    /**
     * @return coefficients from the highest power down to the constant term, {@code <coefficients>}; empty
     * when absent
     */
    public NumberList coefficients() {
        return coefficients != null ? coefficients : NumberList.EMPTY;
    }

    /** @param values new {@code <coefficients>} (copied) */
    public void setCoefficients(double... values) {
        this.coefficients = NumberList.of(values);
    }
}

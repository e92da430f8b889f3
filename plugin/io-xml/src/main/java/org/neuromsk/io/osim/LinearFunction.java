package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.NumberList;

/**
 * A straight line {@code f(x) = c0·x + c1}, {@code <LinearFunction>}.
 */
public final class LinearFunction extends OsimFunction {

    @XmlElement(name = "coefficients")
    private NumberList coefficients;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public LinearFunction() {
    }

    /** @param name the object's name */
    public LinearFunction(String name) {
        super(name);
    }

    /** @return slope c0 and intercept c1, {@code <coefficients>}; empty when absent */
    public NumberList coefficients() {
        return coefficients != null ? coefficients : NumberList.EMPTY;
    }

    /** @param values new {@code <coefficients>} (copied) */
    public void setCoefficients(double... values) {
        this.coefficients = NumberList.of(values);
    }

    /** @return the slope c0; 1 when the coefficients are absent (OpenSim's default) */
    public double slope() {
        return coefficients().size() > 0 ? coefficients().get(0) : 1.0;
    }

    /** @return the intercept c1; 0 when absent */
    public double intercept() {
        return coefficients().size() > 1 ? coefficients().get(1) : 0.0;
    }
}

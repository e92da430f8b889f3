package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.NumberList;

/**
 * A polynomial of several variables, {@code <MultivariatePolynomialFunction>}; FunctionBasedPath uses
 * it for muscle-tendon length as a function of coordinates.
 */
public final class MultivariatePolynomialFunction extends OsimFunction {

    @XmlElement(name = "coefficients")
    private NumberList coefficients;

    @XmlElement(name = "dimension")
    private Integer dimension;

    @XmlElement(name = "order")
    private Integer order;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public MultivariatePolynomialFunction() {
    }

    /** @param name the object's name */
    public MultivariatePolynomialFunction(String name) {
        super(name);
    }

    /**
     * @return coefficients, in OpenSim's order of ascending powers starting from the last variable,
     * {@code <coefficients>}; empty when absent
     */
    public NumberList coefficients() {
        return coefficients != null ? coefficients : NumberList.EMPTY;
    }

    /** @param values new {@code <coefficients>} (copied) */
    public void setCoefficients(double... values) {
        this.coefficients = NumberList.of(values);
    }

    /** @return number of independent variables, {@code <dimension>}; null when absent */
    public Integer dimension() {
        return dimension;
    }

    /** @param value new {@code <dimension>}, null to remove it */
    public void setDimension(Integer value) {
        this.dimension = value;
    }

    /** @return largest sum of exponents in one term, {@code <order>}; null when absent */
    public Integer order() {
        return order;
    }

    /** @param value new {@code <order>}, null to remove it */
    public void setOrder(Integer value) {
        this.order = value;
    }
}

package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.NumberList;

/**
 * A generalized cross-validated smoothing spline of degree {@code 2·half_order − 1} (Woltring's GCVSPL),
 * {@code <GCVSpline>}. OpenSim stores the data points and the fitted coefficients.
 */
public final class GCVSpline extends OsimFunction {

    @XmlElement(name = "half_order")
    private Integer halfOrder;

    @XmlElement(name = "error_variance")
    private Double errorVariance;

    @XmlElement(name = "x")
    private NumberList x;

    @XmlElement(name = "y")
    private NumberList y;

    @XmlElement(name = "weights")
    private NumberList weights;

    @XmlElement(name = "coefficients")
    private NumberList coefficients;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public GCVSpline() {
    }

    /** @param name the object's name */
    public GCVSpline(String name) {
        super(name);
    }

    /** @return half the spline order: 1 linear, 2 cubic, 3 quintic, {@code <half_order>}; null when absent */
    public Integer halfOrder() {
        return halfOrder;
    }

    /** @param value new {@code <half_order>}, null to remove it */
    public void setHalfOrder(Integer value) {
        this.halfOrder = value;
    }

    /** @return error variance used when fitting, {@code <error_variance>}; 0.0 when absent */
    public double errorVariance() {
        return errorVariance != null ? errorVariance : 0.0;
    }

    /** @param value new {@code <error_variance>} */
    public void setErrorVariance(double value) {
        this.errorVariance = value;
    }

    /** @return true if the file gives {@code <error_variance>} */
    public boolean hasErrorVariance() {
        return errorVariance != null;
    }

    /** @return data abscissae, increasing, {@code <x>}; empty when absent */
    public NumberList x() {
        return x != null ? x : NumberList.EMPTY;
    }

    /** @param values new {@code <x>} (copied) */
    public void setX(double... values) {
        this.x = NumberList.of(values);
    }

    /** @return data values, {@code <y>}; empty when absent */
    public NumberList y() {
        return y != null ? y : NumberList.EMPTY;
    }

    /** @param values new {@code <y>} (copied) */
    public void setY(double... values) {
        this.y = NumberList.of(values);
    }

    /** @return weights of the data points, {@code <weights>}; empty when absent */
    public NumberList weights() {
        return weights != null ? weights : NumberList.EMPTY;
    }

    /** @param values new {@code <weights>} (copied) */
    public void setWeights(double... values) {
        this.weights = NumberList.of(values);
    }

    /** @return fitted spline coefficients, {@code <coefficients>}; empty when absent */
    public NumberList coefficients() {
        return coefficients != null ? coefficients : NumberList.EMPTY;
    }

    /** @param values new {@code <coefficients>} (copied) */
    public void setCoefficients(double... values) {
        this.coefficients = NumberList.of(values);
    }
}

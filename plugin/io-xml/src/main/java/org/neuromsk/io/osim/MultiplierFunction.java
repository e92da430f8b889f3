package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;

/**
 * Another function multiplied by a constant, {@code <MultiplierFunction>}; scaled models use it for
 * knee translations. The inner function is written wrapped: {@code <function><SimmSpline>…}.
 */
public final class MultiplierFunction extends OsimFunction {

    @XmlElement(name = "function")
    private FunctionHolder function;

    @XmlElement(name = "scale")
    private Double scale;

    @XmlElements({
        @XmlElement(name = "Constant", type = Constant.class),
        @XmlElement(name = "LinearFunction", type = LinearFunction.class),
        @XmlElement(name = "PolynomialFunction", type = PolynomialFunction.class),
        @XmlElement(name = "SimmSpline", type = SimmSpline.class),
        @XmlElement(name = "NaturalCubicSpline", type = NaturalCubicSpline.class),
        @XmlElement(name = "PiecewiseLinearFunction", type = PiecewiseLinearFunction.class),
        @XmlElement(name = "PiecewiseConstantFunction", type = PiecewiseConstantFunction.class),
        @XmlElement(name = "StepFunction", type = StepFunction.class),
        @XmlElement(name = "MultiplierFunction", type = MultiplierFunction.class),
        @XmlElement(name = "GCVSpline", type = GCVSpline.class),
        @XmlElement(name = "Sine", type = Sine.class),
        @XmlElement(name = "MultivariatePolynomialFunction", type = MultivariatePolynomialFunction.class)})
    private List<OsimFunction> inlineFunctions = new ArrayList<>();

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public MultiplierFunction() {
    }

    /** @param name the object's name */
    public MultiplierFunction(String name) {
        super(name);
    }

    /** @return the function being scaled, {@code <function>}; null when absent or empty */
    public OsimFunction function() {
        return function != null ? function.function() : null;
    }

    /** @param function new {@code <function>} (written in the wrapped form), null to remove it */
    public void setFunction(OsimFunction function) {
        this.function = function == null ? null : new FunctionHolder(function);
    }

    /** @return the factor (dimensionless), {@code <scale>}; 1.0 when absent */
    public double scale() {
        return scale != null ? scale : 1.0;
    }

    /** @param value new {@code <scale>} */
    public void setScale(double value) {
        this.scale = value;
    }

    /** @return true if the file gives {@code <scale>} */
    public boolean hasScale() {
        return scale != null;
    }

    @Override
    protected void afterRead() {
        super.afterRead();
        function = FunctionHolder.claim(inlineFunctions, "function", function);
    }
}

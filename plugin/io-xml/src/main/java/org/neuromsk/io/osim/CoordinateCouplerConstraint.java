package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.NameList;

/**
 * Makes one coordinate a function of others:
 * {@code dependent = scale_factor · f(independent…)}, {@code <CoordinateCouplerConstraint>}.
 */
@XmlRootElement(name = "CoordinateCouplerConstraint")
public final class CoordinateCouplerConstraint extends Constraint {

    @XmlElement(name = "coupled_coordinates_function")
    private FunctionHolder coupledCoordinatesFunction;

    @XmlElement(name = "independent_coordinate_names")
    private NameList independentCoordinateNames;

    @XmlElement(name = "dependent_coordinate_name")
    private String dependentCoordinateName;

    @XmlElement(name = "scale_factor")
    private Double scaleFactor;

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
    public CoordinateCouplerConstraint() {
    }

    /** @param name the object's name */
    public CoordinateCouplerConstraint(String name) {
        super(name);
    }

    /**
     * @return the function of the independent coordinates, {@code <coupled_coordinates_function>}; null when
     * absent or empty
     */
    public OsimFunction coupledCoordinatesFunction() {
        return coupledCoordinatesFunction != null ? coupledCoordinatesFunction.function() : null;
    }

    /**
     * @param function new {@code <coupled_coordinates_function>} (written in the wrapped form), null to
     * remove it
     */
    public void setCoupledCoordinatesFunction(OsimFunction function) {
        this.coupledCoordinatesFunction = function == null ? null : new FunctionHolder(function);
    }

    /**
     * @return names of the independent coordinates, {@code <independent_coordinate_names>}; empty when absent
     */
    public List<String> independentCoordinateNames() {
        return independentCoordinateNames != null ? independentCoordinateNames.values() : List.of();
    }

    /** @param values new {@code <independent_coordinate_names>} */
    public void setIndependentCoordinateNames(List<String> values) {
        this.independentCoordinateNames = new NameList(values);
    }

    /** @return name of the dependent coordinate, {@code <dependent_coordinate_name>}; empty when absent */
    public String dependentCoordinateName() {
        return dependentCoordinateName != null ? dependentCoordinateName : "";
    }

    /** @param value new {@code <dependent_coordinate_name>}, null to remove it */
    public void setDependentCoordinateName(String value) {
        this.dependentCoordinateName = value;
    }

    /** @return true if the file gives {@code <dependent_coordinate_name>} */
    public boolean hasDependentCoordinateName() {
        return dependentCoordinateName != null;
    }

    /** @return factor applied to the function (dimensionless), {@code <scale_factor>}; 1.0 when absent */
    public double scaleFactor() {
        return scaleFactor != null ? scaleFactor : 1.0;
    }

    /** @param value new {@code <scale_factor>} */
    public void setScaleFactor(double value) {
        this.scaleFactor = value;
    }

    /** @return true if the file gives {@code <scale_factor>} */
    public boolean hasScaleFactor() {
        return scaleFactor != null;
    }

    @Override
    protected void afterRead() {
        super.afterRead();
        coupledCoordinatesFunction = FunctionHolder.claim(inlineFunctions, "coupled_coordinates_function", coupledCoordinatesFunction);
    }
}

package org.neuromsk.io.osim;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;

import org.neuromsk.io.xml.NameList;
import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.Vec3;

/**
 * One axis of a {@link SpatialTransform}: the rotation angle (rad) or translation (m) along
 * {@code axis} is {@code function(coordinates)}. OpenSim 4 writes the function inline
 * ({@code <LinearFunction name="function">}), OpenSim 3 wrapped ({@code <function><LinearFunction>});
 * both are read, the inline form is written.
 */
public final class TransformAxis extends OsimObject {

    @XmlElement(name = "coordinates")
    private NameList coordinates;

    @XmlElement(name = "axis")
    private Vec3 axis;

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
    private OsimFunction function;

    @XmlElement(name = "function")
    private FunctionHolder wrappedFunction;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public TransformAxis() {
    }

    /** @param name the object's name */
    public TransformAxis(String name) {
        super(name);
    }

    /**
     * @return names of the coordinates the function depends on (may be empty), {@code <coordinates>}; empty
     * when absent
     */
    public List<String> coordinates() {
        return coordinates != null ? coordinates.values() : List.of();
    }

    /** @param values new {@code <coordinates>} */
    public void setCoordinates(List<String> values) {
        this.coordinates = new NameList(values);
    }

    /**
     * @return direction of the axis in the parent offset frame; need not be unit length, {@code <axis>}; 1 0
     * 0 when absent
     */
    public Vec3 axis() {
        return axis != null ? axis : new Vec3(1, 0, 0);
    }

    /** @param value new {@code <axis>}, null to remove it */
    public void setAxis(Vec3 value) {
        this.axis = value;
    }

    /** @return true if the file gives {@code <axis>} */
    public boolean hasAxis() {
        return axis != null;
    }

    /**
     * @return the function of the coordinates giving the rotation (rad) or translation (m); null when absent
     */
    public OsimFunction function() {
        return function;
    }

    /**
     * @param value new value, null to remove it; named {@code function} if it has no name, as the inline form
     * requires
     */
    public void setFunction(OsimFunction value) {
        if (value != null && value.name() == null) {
            value.setName("function");
        }
        this.function = value;
    }

    @Override
    protected void afterRead() {
        super.afterRead();
        if (function == null && wrappedFunction != null && wrappedFunction.function() != null
                && wrappedFunction.unknownElements().isEmpty()) {
            function = wrappedFunction.function();
            if (function.name() == null) {
                function.setName("function");
            }
            wrappedFunction = null;
        }
    }
}

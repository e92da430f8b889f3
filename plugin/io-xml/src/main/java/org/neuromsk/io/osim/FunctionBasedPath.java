package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.NameList;

/**
 * A path whose length is a function of coordinates (OpenSim 4.5.1+), {@code <FunctionBasedPath>}; the
 * length is in m, moment arms in m (or dimensionless for translations), speeds in m/s. Files such as
 * {@code subject_walk_scaled_FunctionBasedPathSet.xml} name each path after its force
 * ({@code name="/forceset/addbrev_r"}).
 */
@XmlRootElement(name = "FunctionBasedPath")
public final class FunctionBasedPath extends AbstractGeometryPath {

    @XmlElement(name = "coordinate_paths")
    private NameList coordinatePaths;

    @XmlElement(name = "length_function")
    private FunctionHolder lengthFunction;

    @XmlElement(name = "moment_arm_functions")
    private FunctionHolder momentArmFunctions;

    @XmlElement(name = "lengthening_speed_function")
    private FunctionHolder lengtheningSpeedFunction;

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
    public FunctionBasedPath() {
    }

    /** @param name the object's name */
    public FunctionBasedPath(String name) {
        super(name);
    }

    /**
     * @return paths of the coordinates the functions take, in argument order, {@code <coordinate_paths>};
     * empty when absent
     */
    public List<String> coordinatePaths() {
        return coordinatePaths != null ? coordinatePaths.values() : List.of();
    }

    /** @param values new {@code <coordinate_paths>} */
    public void setCoordinatePaths(List<String> values) {
        this.coordinatePaths = new NameList(values);
    }

    /**
     * @return path length as a function of the coordinates (m), {@code <length_function>}; null when absent
     * or empty
     */
    public OsimFunction lengthFunction() {
        return lengthFunction != null ? lengthFunction.function() : null;
    }

    /** @param function new {@code <length_function>} (written in the wrapped form), null to remove it */
    public void setLengthFunction(OsimFunction function) {
        this.lengthFunction = function == null ? null : new FunctionHolder(function);
    }

    /**
     * @return moment arm with respect to each coordinate (m), {@code <moment_arm_functions>}; empty when
     * absent
     */
    public List<OsimFunction> momentArmFunctions() {
        return momentArmFunctions != null ? momentArmFunctions.functions() : List.of();
    }

    /**
     * @return lengthening speed as a function of coordinates and speeds (m/s),
     * {@code <lengthening_speed_function>}; null when absent or empty
     */
    public OsimFunction lengtheningSpeedFunction() {
        return lengtheningSpeedFunction != null ? lengtheningSpeedFunction.function() : null;
    }

    /**
     * @param function new {@code <lengthening_speed_function>} (written in the wrapped form), null to remove
     * it
     */
    public void setLengtheningSpeedFunction(OsimFunction function) {
        this.lengtheningSpeedFunction = function == null ? null : new FunctionHolder(function);
    }

    @Override
    protected void afterRead() {
        super.afterRead();
        lengthFunction = FunctionHolder.claim(inlineFunctions, "length_function", lengthFunction);
        momentArmFunctions = FunctionHolder.claim(inlineFunctions, "moment_arm_functions", momentArmFunctions);
        lengtheningSpeedFunction = FunctionHolder.claim(inlineFunctions, "lengthening_speed_function", lengtheningSpeedFunction);
    }
}

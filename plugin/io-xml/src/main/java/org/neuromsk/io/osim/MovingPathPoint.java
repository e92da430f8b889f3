package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A path point whose location components are functions of coordinates, {@code <MovingPathPoint>}.
 * The functions are written wrapped ({@code <x_location><SimmSpline>…}); the inline form is read too.
 */
@XmlRootElement(name = "MovingPathPoint")
public final class MovingPathPoint extends AbstractPathPoint {

    @XmlElement(name = "socket_x_coordinate")
    private String socketXCoordinate;

    @XmlElement(name = "socket_y_coordinate")
    private String socketYCoordinate;

    @XmlElement(name = "socket_z_coordinate")
    private String socketZCoordinate;

    @XmlElement(name = "x_location")
    private FunctionHolder xLocation;

    @XmlElement(name = "y_location")
    private FunctionHolder yLocation;

    @XmlElement(name = "z_location")
    private FunctionHolder zLocation;

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
    public MovingPathPoint() {
    }

    /** @param name the object's name */
    public MovingPathPoint(String name) {
        super(name);
    }

    /**
     * @return path of the coordinate {@code x_location} depends on, {@code <socket_x_coordinate>}; empty when
     * absent
     */
    public String socketXCoordinate() {
        return socketXCoordinate != null ? socketXCoordinate : "";
    }

    /** @param value new {@code <socket_x_coordinate>}, null to remove it */
    public void setSocketXCoordinate(String value) {
        this.socketXCoordinate = value;
    }

    /** @return true if the file gives {@code <socket_x_coordinate>} */
    public boolean hasSocketXCoordinate() {
        return socketXCoordinate != null;
    }

    /**
     * @return path of the coordinate {@code y_location} depends on, {@code <socket_y_coordinate>}; empty when
     * absent
     */
    public String socketYCoordinate() {
        return socketYCoordinate != null ? socketYCoordinate : "";
    }

    /** @param value new {@code <socket_y_coordinate>}, null to remove it */
    public void setSocketYCoordinate(String value) {
        this.socketYCoordinate = value;
    }

    /** @return true if the file gives {@code <socket_y_coordinate>} */
    public boolean hasSocketYCoordinate() {
        return socketYCoordinate != null;
    }

    /**
     * @return path of the coordinate {@code z_location} depends on, {@code <socket_z_coordinate>}; empty when
     * absent
     */
    public String socketZCoordinate() {
        return socketZCoordinate != null ? socketZCoordinate : "";
    }

    /** @param value new {@code <socket_z_coordinate>}, null to remove it */
    public void setSocketZCoordinate(String value) {
        this.socketZCoordinate = value;
    }

    /** @return true if the file gives {@code <socket_z_coordinate>} */
    public boolean hasSocketZCoordinate() {
        return socketZCoordinate != null;
    }

    /**
     * @return x of the point in the parent frame as a function of its coordinate (m), {@code <x_location>};
     * null when absent or empty
     */
    public OsimFunction xLocation() {
        return xLocation != null ? xLocation.function() : null;
    }

    /** @param function new {@code <x_location>} (written in the wrapped form), null to remove it */
    public void setXLocation(OsimFunction function) {
        this.xLocation = function == null ? null : new FunctionHolder(function);
    }

    /**
     * @return y of the point in the parent frame as a function of its coordinate (m), {@code <y_location>};
     * null when absent or empty
     */
    public OsimFunction yLocation() {
        return yLocation != null ? yLocation.function() : null;
    }

    /** @param function new {@code <y_location>} (written in the wrapped form), null to remove it */
    public void setYLocation(OsimFunction function) {
        this.yLocation = function == null ? null : new FunctionHolder(function);
    }

    /**
     * @return z of the point in the parent frame as a function of its coordinate (m), {@code <z_location>};
     * null when absent or empty
     */
    public OsimFunction zLocation() {
        return zLocation != null ? zLocation.function() : null;
    }

    /** @param function new {@code <z_location>} (written in the wrapped form), null to remove it */
    public void setZLocation(OsimFunction function) {
        this.zLocation = function == null ? null : new FunctionHolder(function);
    }

    @Override
    protected void afterRead() {
        super.afterRead();
        xLocation = FunctionHolder.claim(inlineFunctions, "x_location", xLocation);
        yLocation = FunctionHolder.claim(inlineFunctions, "y_location", yLocation);
        zLocation = FunctionHolder.claim(inlineFunctions, "z_location", zLocation);
    }
}

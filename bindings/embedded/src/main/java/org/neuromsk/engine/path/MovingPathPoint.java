package org.neuromsk.engine.path;

import java.util.Objects;

import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * OpenSim's MovingPathPoint: each component of the location is a function of a coordinate, evaluated
 * at the coordinate clamped into its range; a component without a coordinate is the function at 0.
 * The derivative used for forces and moment arms is taken at the unclamped value, as OpenSim does.
 *
 * @param name the point's name
 * @param frame its frame
 * @param functions x, y and z location functions (m)
 * @param coordinates for x, y, z: coordinate index in tree order, or -1
 * @param rangeMin for x, y, z: lower end of that coordinate's range
 * @param rangeMax for x, y, z: upper end of that coordinate's range
 */
public record MovingPathPoint(String name, PhysicalFrame frame, Function[] functions, int[] coordinates,
        double[] rangeMin, double[] rangeMax) implements PathPoint {

    /** Checks the arrays. */
    public MovingPathPoint {
        Objects.requireNonNull(frame, "frame");
        if (functions.length != 3 || coordinates.length != 3 || rangeMin.length != 3 || rangeMax.length != 3) {
            throw new IllegalArgumentException("a MovingPathPoint needs three functions, coordinates and ranges");
        }
        functions = functions.clone();
        coordinates = coordinates.clone();
        rangeMin = rangeMin.clone();
        rangeMax = rangeMax.clone();
    }

    @Override
    public boolean isActive(double[] q) {
        return true;
    }

    @Override
    public Vec3 location(double[] q) {
        return new Vec3(component(0, q), component(1, q), component(2, q));
    }

    /**
     * @param q coordinate values in tree order
     * @return derivative of the location with respect to its coordinate, per component, in the frame (m/rad or m/m)
     */
    public Vec3 locationDerivative(double[] q) {
        return new Vec3(derivative(0, q), derivative(1, q), derivative(2, q));
    }

    /** @return the coordinate that receives the generalized force of this point (OpenSim's x coordinate), or -1 */
    public int forceCoordinate() {
        return coordinates[0];
    }

    private double component(int k, double[] q) {
        int c = coordinates[k];
        if (c < 0) {
            return functions[k].value(0);
        }
        return functions[k].value(Math.max(rangeMin[k], Math.min(rangeMax[k], q[c])));
    }

    private double derivative(int k, double[] q) {
        int c = coordinates[k];
        return c < 0 ? 0 : functions[k].firstDerivative(q[c]);
    }
}

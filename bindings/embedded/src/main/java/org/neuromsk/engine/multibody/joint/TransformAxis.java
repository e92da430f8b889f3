package org.neuromsk.engine.multibody.joint;

import java.util.Objects;
import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * One of the six axes of a {@link SpatialTransform} (OpenSim's {@code TransformAxis}): a direction
 * and a function of at most one coordinate giving the rotation angle (rad) about it or the
 * translation (m) along it.
 *
 * @param axis the direction, in F for translations and in the partially rotated frame for
 *     rotations; need not be unit length (normalised before use)
 * @param coordinate the name of the coordinate the function takes, or null for a constant axis
 * @param function f(q); for a constant axis it is evaluated once at 0
 * @param unitSlopeLinear whether the function is OpenSim's {@code LinearFunction} with slope
 *     exactly ±1; this makes the coordinate Rotational or Translational rather than Coupled
 */
public record TransformAxis(Vec3 axis, String coordinate, Function function, boolean unitSlopeLinear) {

    /**
     * Checks the arguments.
     */
    public TransformAxis {
        Objects.requireNonNull(axis, "axis");
        Objects.requireNonNull(function, "function");
        if (!Double.isFinite(axis.x()) || !Double.isFinite(axis.y()) || !Double.isFinite(axis.z())) {
            throw new NeuroMskException("transform axis has a non-finite direction " + axis);
        }
        if (coordinate == null && unitSlopeLinear) {
            throw new NeuroMskException("a transform axis without a coordinate cannot be a unit-slope linear map");
        }
        if (coordinate != null && coordinate.isBlank()) {
            throw new NeuroMskException("transform axis has a blank coordinate name");
        }
    }

    /**
     * @param axis direction
     * @param coordinate coordinate name
     * @param function f(q)
     * @param unitSlopeLinear whether f is OpenSim's LinearFunction with slope ±1
     * @return an axis driven by a coordinate through a function
     */
    public static TransformAxis of(Vec3 axis, String coordinate, Function function, boolean unitSlopeLinear) {
        Objects.requireNonNull(coordinate, "coordinate");
        return new TransformAxis(axis, coordinate, function, unitSlopeLinear);
    }

    /**
     * @param axis direction
     * @param coordinate coordinate name
     * @param slope df/dq
     * @param intercept f(0) (rad or m)
     * @return an axis driven by {@code slope·q + intercept}, unit-slope when slope is exactly ±1
     */
    public static TransformAxis linear(Vec3 axis, String coordinate, double slope, double intercept) {
        return of(axis, coordinate, new Affine(slope, intercept), slope == 1.0 || slope == -1.0);
    }

    /**
     * An axis displaced by the coordinate itself (a LinearFunction {@code 1 0}).
     *
     * @param axis direction
     * @param coordinate coordinate name
     * @return an axis with {@code f(q) = q}
     */
    public static TransformAxis identity(Vec3 axis, String coordinate) {
        return linear(axis, coordinate, 1.0, 0.0);
    }

    /**
     * @param axis direction
     * @param value the fixed angle (rad) or translation (m)
     * @return an axis with a constant displacement
     */
    public static TransformAxis constant(Vec3 axis, double value) {
        return new TransformAxis(axis, null, new Affine(0.0, value), false);
    }

    /**
     * @param axis direction (still used for the independence check)
     * @return an axis with constant displacement 0
     */
    public static TransformAxis unused(Vec3 axis) {
        return constant(axis, 0.0);
    }

    /** @return whether a coordinate drives this axis */
    public boolean isDriven() {
        return coordinate != null;
    }

    /**
     * @param newAxis replacement direction
     * @return a copy with another direction
     */
    public TransformAxis withAxis(Vec3 newAxis) {
        return new TransformAxis(newAxis, coordinate, function, unitSlopeLinear);
    }

    /** {@code f(x) = slope·x + intercept}. */
    private record Affine(double slope, double intercept) implements Function {
        @Override
        public double value(double x) {
            return slope * x + intercept;
        }

        @Override
        public double firstDerivative(double x) {
            return slope;
        }

        @Override
        public double secondDerivative(double x) {
            return 0;
        }
    }
}

package org.neuromsk.engine.function;

/**
 * A smooth scalar function of one variable with its first two derivatives, as OpenSim's
 * {@code Function} is used by joints, path points and constraints. Implementations are immutable.
 *
 * <p>Units follow the use: a TransformAxis function maps a coordinate (rad or m) to a rotation (rad)
 * or translation (m).
 */
public interface Function {

    /**
     * @param x the argument
     * @return f(x)
     */
    double value(double x);

    /**
     * @param x the argument
     * @return df/dx at x
     */
    double firstDerivative(double x);

    /**
     * @param x the argument
     * @return d²f/dx² at x
     */
    double secondDerivative(double x);
}

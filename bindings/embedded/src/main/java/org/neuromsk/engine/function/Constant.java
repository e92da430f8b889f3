package org.neuromsk.engine.function;

/**
 * A constant function, OpenSim's {@code Constant}: {@code f(x) = value}, all derivatives 0.
 *
 * @param value the constant value
 */
public record Constant(double value) implements Function {

    @Override
    public double value(double x) {
        return value;
    }

    @Override
    public double firstDerivative(double x) {
        return 0.0;
    }

    @Override
    public double secondDerivative(double x) {
        return 0.0;
    }
}

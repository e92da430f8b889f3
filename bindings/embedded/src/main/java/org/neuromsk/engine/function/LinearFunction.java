package org.neuromsk.engine.function;

/**
 * A straight line, OpenSim's {@code LinearFunction} ({@code <coefficients>slope intercept</coefficients>}):
 * {@code f(x) = slope·x + intercept}.
 *
 * @param slope the slope (value unit per argument unit)
 * @param intercept the value at x = 0
 */
public record LinearFunction(double slope, double intercept) implements Function {

    @Override
    public double value(double x) {
        return x * slope + intercept;
    }

    @Override
    public double firstDerivative(double x) {
        return slope;
    }

    @Override
    public double secondDerivative(double x) {
        return 0.0;
    }
}

package org.neuromsk.engine.function;

import java.util.Objects;

/**
 * OpenSim's {@code MultiplierFunction}: an inner function scaled by a constant,
 * {@code f(x) = inner(x)·scale}; every derivative is scaled the same way.
 *
 * @param inner the wrapped function
 * @param scale the multiplier (dimensionless)
 */
public record MultiplierFunction(Function inner, double scale) implements Function {

    /** Checks that the inner function is present. */
    public MultiplierFunction {
        Objects.requireNonNull(inner, "inner");
    }

    @Override
    public double value(double x) {
        return inner.value(x) * scale;
    }

    @Override
    public double firstDerivative(double x) {
        return inner.firstDerivative(x) * scale;
    }

    @Override
    public double secondDerivative(double x) {
        return inner.secondDerivative(x) * scale;
    }
}

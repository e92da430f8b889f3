package org.neuromsk.engine.multibody;

import org.neuromsk.engine.function.Function;

/** Tiny test-local functions (the engine's function package is tested elsewhere). */
public final class TestFunctions {

    private TestFunctions() {
    }

    /**
     * @return {@code f(x) = c0 + c1·x + c2·x²}
     */
    public static Function quadratic(double c0, double c1, double c2) {
        return new Function() {
            @Override
            public double value(double x) {
                return c0 + c1 * x + c2 * x * x;
            }

            @Override
            public double firstDerivative(double x) {
                return c1 + 2 * c2 * x;
            }

            @Override
            public double secondDerivative(double x) {
                return 2 * c2;
            }
        };
    }

    /** @return {@code f(x) = amplitude·sin(x)} */
    public static Function sine(double amplitude) {
        return new Function() {
            @Override
            public double value(double x) {
                return amplitude * Math.sin(x);
            }

            @Override
            public double firstDerivative(double x) {
                return amplitude * Math.cos(x);
            }

            @Override
            public double secondDerivative(double x) {
                return -amplitude * Math.sin(x);
            }
        };
    }
}

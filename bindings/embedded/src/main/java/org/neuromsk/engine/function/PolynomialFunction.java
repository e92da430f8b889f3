package org.neuromsk.engine.function;

import java.util.Arrays;

/**
 * OpenSim's {@code PolynomialFunction}: coefficients listed highest power first, so n coefficients
 * give a polynomial of degree n − 1. Values and derivatives use Horner's scheme in the same order
 * as Simbody's {@code Function::Polynomial}, so results agree to the last bit.
 */
public final class PolynomialFunction implements Function {

    private final double[] coefficients;

    /**
     * @param coefficients coefficients, highest power first (copied); an empty array is the zero function
     */
    public PolynomialFunction(double... coefficients) {
        this.coefficients = coefficients.clone();
    }

    /** @return a copy of the coefficients, highest power first */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the degree (number of coefficients − 1; −1 for the zero function without coefficients) */
    public int degree() {
        return coefficients.length - 1;
    }

    @Override
    public double value(double x) {
        return derivative(0, x);
    }

    @Override
    public double firstDerivative(double x) {
        return derivative(1, x);
    }

    @Override
    public double secondDerivative(double x) {
        return derivative(2, x);
    }

    /**
     * @param order derivative order, ≥ 0 (0 is the value)
     * @param x the argument
     * @return the derivative of the given order at x (0 when the order exceeds the degree)
     */
    public double derivative(int order, double x) {
        if (order < 0) {
            throw new IllegalArgumentException("derivative order must be >= 0, got " + order);
        }
        int degree = coefficients.length - 1;
        double sum = 0.0;
        for (int i = 0; i <= degree - order; i++) {
            double c = coefficients[i];
            for (int j = 0; j < order; j++) {
                c *= degree - i - j;
            }
            sum = sum * x + c;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolynomialFunction p && Arrays.equals(coefficients, p.coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "PolynomialFunction" + Arrays.toString(coefficients);
    }
}

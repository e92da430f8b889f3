package org.neuromsk.engine.path;

import java.util.Objects;

import org.neuromsk.engine.function.Function;

/**
 * OpenSim's CoordinateCouplerConstraint with one independent coordinate:
 * {@code q_dependent = scale · f(q_independent)}.
 *
 * @param dependent index of the dependent coordinate in tree order
 * @param independent index of the independent coordinate
 * @param function the coupling function
 * @param scale the scale factor
 */
public record CoordinateCoupler(int dependent, int independent, Function function, double scale) {

    /** Checks the function. */
    public CoordinateCoupler {
        Objects.requireNonNull(function, "function");
    }

    /**
     * @param q coordinate values
     * @return d q_dependent / d q_independent at q
     */
    public double slope(double[] q) {
        return scale * function.firstDerivative(q[independent]);
    }
}

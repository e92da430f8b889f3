package org.neuromsk.io.osim;

import org.neuromsk.io.xml.OsimObject;

/**
 * A function as OpenSim writes it: {@link Constant}, {@link LinearFunction},
 * {@link PolynomialFunction}, {@link SimmSpline}, {@link NaturalCubicSpline},
 * {@link PiecewiseLinearFunction}, {@link PiecewiseConstantFunction}, {@link StepFunction},
 * {@link MultiplierFunction}, {@link GCVSpline}, {@link Sine} or
 * {@link MultivariatePolynomialFunction}. These classes hold the parameters; evaluation is the
 * engine's job.
 *
 * <p>A function-valued property appears in one of two encodings, both read: wrapped,
 * {@code <x_location><SimmSpline>…</SimmSpline></x_location>} (see {@link FunctionHolder}), or inline,
 * {@code <SimmSpline name="x_location">…</SimmSpline>}. Each property is written in the encoding
 * OpenSim 4 uses for it: inline for {@link TransformAxis#function()}, wrapped elsewhere.
 */
public abstract class OsimFunction extends OsimObject {

    /** For subclasses. */
    protected OsimFunction() {
    }

    /** @param name the function's name attribute */
    protected OsimFunction(String name) {
        super(name);
    }
}

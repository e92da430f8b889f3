/**
 * Scalar functions of one variable with first and second derivatives, reproducing the numbers of
 * OpenSim 4.5.2's {@code Function} classes: {@link org.neuromsk.engine.function.Constant},
 * {@link org.neuromsk.engine.function.LinearFunction},
 * {@link org.neuromsk.engine.function.PolynomialFunction},
 * {@link org.neuromsk.engine.function.MultiplierFunction},
 * {@link org.neuromsk.engine.function.StepFunction},
 * {@link org.neuromsk.engine.function.PiecewiseLinearFunction},
 * {@link org.neuromsk.engine.function.SimmSpline} (Forsythe–Malcolm–Moler cubic),
 * {@link org.neuromsk.engine.function.GCVSpline} (natural interpolating spline of odd degree) and a
 * true {@link org.neuromsk.engine.function.NaturalCubicSpline}.
 *
 * <p>Units: the functions are unit-agnostic; the argument and value carry whatever units the caller
 * uses (a coordinate in rad or m, a time in s). A derivative of order k has the value's unit divided
 * by the argument's unit to the power k. All implementations are immutable and thread-safe; bad
 * construction data raises {@link org.neuromsk.error.NeuroMskException}.
 */
package org.neuromsk.engine.function;

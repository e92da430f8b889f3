package org.neuromsk.engine.function;

import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim's {@code StepFunction} (Simbody {@code Function::Step}): a smooth quintic transition from
 * {@code startValue} to {@code endValue} as x goes from {@code startTime} to {@code endTime}, with
 * first and second derivatives zero at both ends. With u = (x − startTime)/(endTime − startTime),
 * {@code f = startValue + (endValue − startValue)·(10u³ − 15u⁴ + 6u⁵)}. The two times may be in
 * either order but must differ. Outside the transition the function is flat.
 *
 * @param startTime argument where the transition starts (OpenSim {@code transition_start_time})
 * @param endTime argument where the transition ends (OpenSim {@code transition_end_time})
 * @param startValue value before the transition
 * @param endValue value after the transition
 */
public record StepFunction(double startTime, double endTime, double startValue, double endValue)
        implements Function {

    /** Rejects a zero-length transition, as Simbody does. */
    public StepFunction {
        if (!(startTime != endTime) || !Double.isFinite(startTime) || !Double.isFinite(endTime)) {
            throw new NeuroMskException("StepFunction: transition start and end must be finite and differ, got "
                    + startTime + " and " + endTime);
        }
    }

    private double inverseRange() {
        return 1 / (endTime - startTime);
    }

    private double sign() {
        return Math.signum(inverseRange());
    }

    private boolean beforeTransition(double x) {
        return (x - startTime) * sign() <= 0;
    }

    private boolean afterTransition(double x) {
        return (x - endTime) * sign() >= 0;
    }

    /** Fraction of the transition completed at x, clamped to [0, 1]. */
    private double progress(double x) {
        double u = (x - startTime) * inverseRange();
        return Math.min(1.0, Math.max(0.0, u));
    }

    @Override
    public double value(double x) {
        if (beforeTransition(x)) {
            return startValue;
        }
        if (afterTransition(x)) {
            return endValue;
        }
        double u = progress(x);
        double f = u * u * u * (10 + u * (6 * u - 15));
        return startValue + f * (endValue - startValue);
    }

    @Override
    public double firstDerivative(double x) {
        if (beforeTransition(x) || afterTransition(x)) {
            return 0.0;
        }
        double u = progress(x);
        double uum1 = u * (u - 1);
        double dStep = 30 * uum1 * uum1;
        return inverseRange() * dStep * (endValue - startValue);
    }

    @Override
    public double secondDerivative(double x) {
        if (beforeTransition(x) || afterTransition(x)) {
            return 0.0;
        }
        double u = progress(x);
        double d2Step = 60 * u * (1 + u * (2 * u - 3));
        double ooxr = inverseRange();
        return (ooxr * ooxr) * d2Step * (endValue - startValue);
    }
}

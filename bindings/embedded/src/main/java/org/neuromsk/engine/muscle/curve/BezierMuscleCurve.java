package org.neuromsk.engine.muscle.curve;

/**
 * A Millard2012 muscle curve: the properties it was built from and the quintic-Bézier
 * {@link SmoothSegmentedFunction} OpenSim builds from them, which evaluates it. Subclasses check the
 * properties and build the function; arguments and values are normalised as {@link MuscleCurve}
 * says. Immutable.
 *
 * @param <P> the type of the curve's properties
 */
abstract sealed class BezierMuscleCurve<P> implements MuscleCurve permits ActiveForceLengthCurve,
        FiberForceLengthCurve, TendonForceLengthCurve, ForceVelocityCurve, ForceVelocityInverseCurve {

    private final P parameters;
    private final SmoothSegmentedFunction curve;

    /**
     * @param parameters the properties
     * @param curve the function built from them
     */
    BezierMuscleCurve(P parameters, SmoothSegmentedFunction curve) {
        this.parameters = parameters;
        this.curve = curve;
    }

    /** @return the properties the curve was built from */
    public final P parameters() {
        return parameters;
    }

    /** @return the underlying Bézier function */
    public final SmoothSegmentedFunction function() {
        return curve;
    }

    @Override
    public final double value(double x) {
        return curve.value(x);
    }

    @Override
    public final double firstDerivative(double x) {
        return curve.firstDerivative(x);
    }

    @Override
    public final double secondDerivative(double x) {
        return curve.secondDerivative(x);
    }
}

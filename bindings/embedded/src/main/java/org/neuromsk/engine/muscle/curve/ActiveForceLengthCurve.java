package org.neuromsk.engine.muscle.curve;

import java.util.List;

/**
 * Millard2012 active force–length multiplier f_AL(l̃), l̃ = l_ce/l_opt, built like OpenSim's
 * {@code SmoothSegmentedFunctionFactory::createFiberActiveForceLengthCurve} with the plateau at
 * l̃ = 1 and curviness 1: five Bézier corners through
 * (x0, ylow, 0) → (x01, y01, s01) → (x1s, y1s, s) → (1, 1, 0) → (x23, ½, s23) → (x3, ylow, 0),
 * flat at {@code minimumValue} outside [x0, x3]. Immutable.
 */
public final class ActiveForceLengthCurve extends BezierMuscleCurve<ActiveForceLengthCurve.Parameters> {

    /**
     * The curve's properties as named in an .osim file (all dimensionless).
     *
     * @param minNormActiveFiberLength x0, where the ascending limb starts (default 0.4441)
     * @param transitionNormFiberLength x1, where the steep ascending limb ends (default 0.73)
     * @param maxNormActiveFiberLength x3, where the descending limb ends (default 1.8123)
     * @param shallowAscendingSlope slope s of the shallow ascending limb (default 0.8616)
     * @param minimumValue ylow, the value outside [x0, x3] (default 0.1)
     */
    public record Parameters(double minNormActiveFiberLength, double transitionNormFiberLength,
            double maxNormActiveFiberLength, double shallowAscendingSlope, double minimumValue) {

        /** @return OpenSim's defaults 0.47−0.0259, 0.73, 1.8123, 0.8616, 0.1 */
        public static Parameters defaults() {
            return new Parameters(0.47 - 0.0259, 0.73, 1.8123, 0.8616, 0.1);
        }

        /**
         * @param value the new minimum value
         * @return a copy with that minimum value
         */
        public Parameters withMinimumValue(double value) {
            return new Parameters(minNormActiveFiberLength, transitionNormFiberLength, maxNormActiveFiberLength,
                    shallowAscendingSlope, value);
        }
    }

    /**
     * @param name curve name for messages (OpenSim uses "&lt;muscle&gt;_ActiveForceLengthCurve")
     * @param p the properties
     * @throws org.neuromsk.error.NeuroMskException for properties OpenSim rejects
     */
    public ActiveForceLengthCurve(String name, Parameters p) {
        super(p, build(name, p));
    }

    /** @return the function OpenSim builds from {@code p}, after OpenSim's checks on {@code p} */
    private static SmoothSegmentedFunction build(String name, Parameters p) {
        double x0 = p.minNormActiveFiberLength();
        double x1 = p.transitionNormFiberLength();
        double x2 = 1.0;
        double x3 = p.maxNormActiveFiberLength();
        double ylow = p.minimumValue();
        double slope = p.shallowAscendingSlope();
        double rootEps = Precision.SQRT_EPS;
        CurveRules.require(x0 >= 0 && x1 > x0 + rootEps && x2 > x1 + rootEps && x3 > x2 + rootEps, name,
                "active force-length lengths must satisfy 0 <= min < transition < 1 < max");
        CurveRules.require(ylow >= 0, name, "active force-length minimum_value must be >= 0");
        double slopeBound = (1 - ylow) / (x2 - x1);
        CurveRules.require(slope >= 0 && slope < slopeBound, name,
                "shallow_ascending_slope must lie in [0, " + slopeBound + ")");
        double c = CurveRules.scale(1.0);

        // Points of the reference curve; the inner points are placed as if the floor were 0 and
        // only the two end corners drop to ylow.
        double xDelta = 0.05 * x2;
        double xs = x2 - xDelta;
        double y1 = 1 - slope * (xs - x1);
        double x01 = x0 + 0.5 * (x1 - x0);
        double y01 = 0.5 * y1;
        double dydx01 = 1.25 * y1 / (x1 - x0);
        double x1s = x1 + 0.5 * (xs - x1);
        double y1s = y1 + 0.5 * (1 - y1);
        double x23 = (x2 + xDelta) + 0.5 * (x3 - (x2 + xDelta));
        double y23 = 0.5;
        double dydx23 = -1 / ((x3 - xDelta) - (x2 + xDelta));

        List<QuinticBezierSegment> segments = List.of(
                QuinticBezierSegment.corner(x0, ylow, 0, x01, y01, dydx01, c),
                QuinticBezierSegment.corner(x01, y01, dydx01, x1s, y1s, slope, c),
                QuinticBezierSegment.corner(x1s, y1s, slope, x2, 1, 0, c),
                QuinticBezierSegment.corner(x2, 1, 0, x23, y23, dydx23, c),
                QuinticBezierSegment.corner(x23, y23, dydx23, x3, ylow, 0, c));
        return new SmoothSegmentedFunction(name, segments, x0, x3, ylow, ylow, 0, 0);
    }

    /** @return the shortest normalised fibre length that produces active force (x0) */
    public double minActiveNormFiberLength() {
        return parameters().minNormActiveFiberLength();
    }
}

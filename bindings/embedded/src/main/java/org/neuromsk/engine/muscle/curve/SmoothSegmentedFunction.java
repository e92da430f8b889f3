package org.neuromsk.engine.muscle.curve;

import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * A C²-smooth curve made of a chain of quintic Bézier segments on [x0, x1], continued linearly
 * outside with the end values and slopes, as OpenSim's SmoothSegmentedFunction. Inside the domain
 * the segment whose x-range holds x is found, x(u) = x is solved for u by Newton's method, and
 * y(u), y'(u)/x'(u) and (y''x' − y'x'')/x'³ give the value and its derivatives. Outside, the second
 * derivative is zero. Immutable.
 */
public final class SmoothSegmentedFunction implements MuscleCurve {

    private final String name;
    private final QuinticBezierSegment[] segments;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final double dydx0;
    private final double dydx1;

    /**
     * @param name used in error messages
     * @param segments the Bézier segments in increasing x, each starting where the previous ends
     * @param x0 left end of the Bézier domain
     * @param x1 right end of the Bézier domain
     * @param y0 value at and left of x0
     * @param y1 value at and right of x1
     * @param dydx0 slope of the linear continuation left of x0
     * @param dydx1 slope of the linear continuation right of x1
     */
    public SmoothSegmentedFunction(String name, List<QuinticBezierSegment> segments, double x0, double x1,
            double y0, double y1, double dydx0, double dydx1) {
        if (segments.isEmpty()) {
            throw new NeuroMskException(name + ": a smooth segmented function needs at least one segment");
        }
        this.name = name;
        this.segments = segments.toArray(new QuinticBezierSegment[0]);
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        this.dydx0 = dydx0;
        this.dydx1 = dydx1;
    }

    /**
     * The inverse relation x(y): control points, domain, end values swapped and end slopes inverted,
     * exactly as OpenSim builds the force–velocity inverse curve. Valid for monotone curves with
     * non-zero end slopes.
     *
     * @param inverseName name of the new curve
     * @return the inverse curve
     */
    public SmoothSegmentedFunction inverse(String inverseName) {
        QuinticBezierSegment[] swapped = new QuinticBezierSegment[segments.length];
        for (int i = 0; i < segments.length; i++) {
            swapped[i] = segments[i].swapped();
        }
        return new SmoothSegmentedFunction(inverseName, List.of(swapped), y0, y1, x0, x1, 1 / dydx0, 1 / dydx1);
    }

    /** @return the curve's name */
    public String name() {
        return name;
    }

    /** @return the Bézier segments (immutable objects) */
    public List<QuinticBezierSegment> segments() {
        return List.of(segments);
    }

    /** @return left end of the Bézier domain */
    public double domainStart() {
        return x0;
    }

    /** @return right end of the Bézier domain */
    public double domainEnd() {
        return x1;
    }

    @Override
    public double value(double x) {
        if (x < x0) {
            return y0 + dydx0 * (x - x0);
        }
        if (x > x1) {
            return y1 + dydx1 * (x - x1);
        }
        QuinticBezierSegment s = segmentAt(x);
        return s.y(s.parameterAt(x), 0);
    }

    @Override
    public double firstDerivative(double x) {
        if (x < x0) {
            return dydx0;
        }
        if (x > x1) {
            return dydx1;
        }
        QuinticBezierSegment s = segmentAt(x);
        return s.dydx(s.parameterAt(x));
    }

    @Override
    public double secondDerivative(double x) {
        if (x < x0 || x > x1) {
            return 0;
        }
        QuinticBezierSegment s = segmentAt(x);
        return s.d2ydx2(s.parameterAt(x));
    }

    /**
     * Value and slope from one solve for u.
     *
     * @param x the argument
     * @return {y, dy/dx}
     */
    public double[] valueAndFirstDerivative(double x) {
        if (x < x0) {
            return new double[] {y0 + dydx0 * (x - x0), dydx0};
        }
        if (x > x1) {
            return new double[] {y1 + dydx1 * (x - x1), dydx1};
        }
        QuinticBezierSegment s = segmentAt(x);
        double u = s.parameterAt(x);
        return new double[] {s.y(u, 0), s.dydx(u)};
    }

    private QuinticBezierSegment segmentAt(double x) {
        for (QuinticBezierSegment s : segments) {
            if (x >= s.xStart() && x < s.xEnd()) {
                return s;
            }
        }
        QuinticBezierSegment last = segments[segments.length - 1];
        if (x == last.xEnd()) {
            return last;
        }
        throw new NeuroMskException(name + ": argument " + x + " is not inside any Bézier segment");
    }
}

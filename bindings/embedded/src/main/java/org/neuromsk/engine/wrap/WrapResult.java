package org.neuromsk.engine.wrap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Result of wrapping one straight segment P1→P2 over a wrap object. All vectors are in the frame
 * in which the segment was given (normally the wrap frame, see {@link WrapFrame}); lengths in (m).
 *
 * <p>For {@link WrapCode#NO_WRAP} and {@link WrapCode#INSIDE_RADIUS} the tangent points are NaN,
 * the arc length is 0 and there are no arc points.
 */
public final class WrapResult {

    private final WrapCode code;
    private final double[] r1;
    private final double[] r2;
    private final double arcLength;
    private final List<double[]> arcPoints;
    private final WrapState state;

    /**
     * @param code outcome
     * @param r1 tangent point where the path leaves the line from P1 (m)
     * @param r2 tangent point where the path joins the line to P2 (m)
     * @param arcLength length of the path on the surface from r1 to r2 (m)
     * @param arcPoints points along the surface path as OpenSim generates them (m)
     * @param state what the PathWrap keeps if this result is chosen
     */
    public WrapResult(WrapCode code, double[] r1, double[] r2, double arcLength,
            List<double[]> arcPoints, WrapState state) {
        this.code = code;
        this.r1 = V3.requireVector(r1, "r1");
        this.r2 = V3.requireVector(r2, "r2");
        this.arcLength = arcLength;
        List<double[]> points = new ArrayList<>(arcPoints.size());
        for (double[] p : arcPoints) {
            points.add(V3.requireVector(p, "arc point"));
        }
        this.arcPoints = Collections.unmodifiableList(points);
        this.state = state;
    }

    static WrapResult notWrapped(WrapCode code, WrapState state) {
        return new WrapResult(code, V3.nan(), V3.nan(), 0.0, List.of(), state);
    }

    /** @return the outcome */
    public WrapCode code() {
        return code;
    }

    /** @return true when the segment wraps ({@link WrapCode#isWrap()}) */
    public boolean isWrap() {
        return code.isWrap();
    }

    /** @return a copy of the first tangent point, nearest P1 (m) */
    public double[] r1() {
        return V3.copy(r1);
    }

    /** @return a copy of the second tangent point, nearest P2 (m) */
    public double[] r2() {
        return V3.copy(r2);
    }

    /** @return the surface path length from r1 to r2 (m); 0 when not wrapped */
    public double arcLength() {
        return arcLength;
    }

    /**
     * Surface points as OpenSim produces them, for drawing only (lengths use {@link #arcLength()}).
     * Their number and spacing follow OpenSim and do not always include both tangent points.
     *
     * @return copies of the points (m)
     */
    public List<double[]> arcPoints() {
        List<double[]> copies = new ArrayList<>(arcPoints.size());
        for (double[] p : arcPoints) {
            copies.add(V3.copy(p));
        }
        return copies;
    }

    /**
     * Whether a path that picks this result actually inserts the wrap. OpenSim inserts a wrap only
     * when its list of surface points is non-empty; in a degenerate ellipsoid case (straight line
     * exactly tangent, giving NaN) it returns {@link WrapCode#MANDATORY_WRAP} with no points: the
     * path then stops searching further segments for this wrap object, as for any mandatory wrap,
     * keeps the segment straight, and still adopts this result's {@link #state()}.
     *
     * @return true when the result wraps and has arc points
     */
    public boolean insertsWrap() {
        return isWrap() && !arcPoints.isEmpty();
    }

    /** @return the state a PathWrap keeps when this result is the one it uses */
    public WrapState state() {
        return state;
    }

    /**
     * Length of the wrapped segment |P1 − r1| + arc + |r2 − P2| (m); for a result that does not
     * wrap, the straight length |P1 − P2|.
     *
     * @param p1 first end point, same frame as the result (m)
     * @param p2 second end point (m)
     */
    public double pathLength(double[] p1, double[] p2) {
        if (!isWrap()) {
            return V3.distance(p1, p2);
        }
        return V3.distance(p1, r1) + arcLength + V3.distance(r2, p2);
    }

    /**
     * The length increase OpenSim uses to rank optional wraps:
     * {@link #pathLength} − |P1 − P2| (m).
     */
    public double lengthIncrease(double[] p1, double[] p2) {
        return pathLength(p1, p2) - V3.distance(p1, p2);
    }

    @Override
    public String toString() {
        return "WrapResult[" + code + ", r1=" + java.util.Arrays.toString(r1) + ", r2="
                + java.util.Arrays.toString(r2) + ", arcLength=" + arcLength + "]";
    }
}

package org.neuromsk.engine.wrap;

/**
 * What a PathWrap carries from one wrap evaluation to the next (OpenSim's "previous wrap").
 *
 * <p>OpenSim 4.5.2 stores the whole previous result, but only one item can reach a later result:
 * the ellipsoid's plane point {@code c1}, which survives in the rare case that the closest-point
 * Newton iteration fails to converge (its output is then left unchanged). The previous tangent
 * points are read too, but always multiplied by a scale factor that the copy operation does not
 * carry over (it stays NaN), so they never matter; cylinders therefore behave as stateless and a
 * sphere's degenerate branch (see {@link WrapSphere}) yields NaN.
 *
 * <p>Contract for a path: start each PathWrap at {@link #INITIAL}; after it has picked the segment
 * it wraps, replace its state by that result's {@link WrapResult#state()}; when it wraps no
 * segment, keep the state (OpenSim's reset leaves {@code c1} untouched). Evaluate frames in time
 * order to reproduce OpenSim.
 *
 * @param c1 the ellipsoid plane point in the ellipsoid's scaled frame (wrap frame times
 *     3/(a+b+c)); NaN before any ellipsoid wrap
 */
public record WrapState(double[] c1) {

    /** State before the first evaluation (OpenSim leaves c1 unset; NaN here). */
    public static final WrapState INITIAL = new WrapState(V3.nan());

    /** Copies the vector. */
    public WrapState {
        c1 = V3.requireVector(c1, "c1");
    }

    /** @return a copy of c1 */
    @Override
    public double[] c1() {
        return V3.copy(c1);
    }
}

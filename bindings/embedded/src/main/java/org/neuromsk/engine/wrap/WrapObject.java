package org.neuromsk.engine.wrap;

/**
 * A wrap surface in its own frame (see the package description), able to wrap one straight path
 * segment P1→P2 the way OpenSim 4.5.2 does.
 */
public sealed interface WrapObject permits WrapCylinder, WrapEllipsoid, WrapSphere {

    /** @return the side restriction */
    Quadrant quadrant();

    /**
     * Wraps the segment P1→P2.
     *
     * @param p1 first end point in the wrap frame (m)
     * @param p2 second end point in the wrap frame (m)
     * @param previous the PathWrap's state from its previous evaluation ({@link WrapState})
     * @param adjustTangents OpenSim's multi-wrap mode: true when the path has two or more
     *     PathWraps (OpenSim's {@code singleWrap} is false), which makes a cylinder sample its arc
     *     every 2 mm and slide its tangent points until the lines meet the helix tangentially;
     *     false for a path with one PathWrap (no visualizer). Spheres and ellipsoids ignore it.
     * @return the outcome, tangent points and arc length in the wrap frame
     */
    WrapResult wrap(double[] p1, double[] p2, WrapState previous, boolean adjustTangents);

    /** Wrap from the initial state for a path with a single PathWrap. */
    default WrapResult wrap(double[] p1, double[] p2) {
        return wrap(p1, p2, WrapState.INITIAL, false);
    }
}

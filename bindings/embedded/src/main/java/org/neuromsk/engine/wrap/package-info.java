/**
 * Muscle-path wrapping surfaces reproducing OpenSim 4.5.2: {@link
 * org.neuromsk.engine.wrap.WrapCylinder}, {@link org.neuromsk.engine.wrap.WrapEllipsoid} and
 * {@link org.neuromsk.engine.wrap.WrapSphere} (no torus), as pure geometry for a path
 * implementation to call once per straight segment.
 *
 * <p><b>Frames and units.</b> Every wrap object works in its own wrap frame: origin at the
 * object's centre; a cylinder's axis is z; an ellipsoid's semi-axes lie along x, y, z. Lengths are
 * in metres, angles in radians. {@link org.neuromsk.engine.wrap.WrapFrame} maps points between the
 * carrying body's frame and the wrap frame (OpenSim's {@code xyz_body_rotation}, body-fixed X-Y-Z,
 * and {@code translation}). Vectors are {@code double[3]}; inputs are copied and outputs are
 * fresh copies.
 *
 * <p><b>Codes.</b> {@link org.neuromsk.engine.wrap.WrapCode}: {@code NO_WRAP}, {@code
 * INSIDE_RADIUS} (an end point is inside), {@code WRAPPED} (optional: the path keeps the segment
 * with the smallest length increase) and {@code MANDATORY_WRAP} (the straight line crosses the
 * object; the first such segment wins). A wrapped segment P1→P2 becomes P1→r1, the surface arc
 * of length {@code arcLength}, and r2→P2. Ellipsoids and spheres wrap only when the straight
 * line crosses them between the end points; cylinders with a {@link
 * org.neuromsk.engine.wrap.Quadrant} may also wrap a segment whose line misses them.
 *
 * <p><b>Calling contract (OpenSim's GeometryPath).</b> Map both segment ends into the wrap frame,
 * call {@code wrap} with the PathWrap's {@link org.neuromsk.engine.wrap.WrapState} and {@code
 * adjustTangents} true exactly when the path has two or more PathWraps (it changes cylinder
 * results). Over the PathWrap's segments, the first {@code MANDATORY_WRAP} ends the search;
 * otherwise keep the {@code WRAPPED} result with the strictly smallest {@code lengthIncrease}
 * (NaN never wins). The chosen result's {@code state()} becomes the PathWrap's state; its tangent
 * points are inserted only if {@code insertsWrap()}; the arc contributes {@code arcLength}.
 * Evaluate frames in time order to reproduce OpenSim.
 *
 * <p><b>Moment arms.</b> OpenSim holds the tangent points fixed on the wrap body and applies the
 * tension along the straight pieces. For a shortest-path wrap the derivative of the length with
 * respect to an end point is the unit vector from its tangent point to it, so this equals −dL/dq;
 * OpenSim's single-wrap helical cylinder path is not a shortest path (off by up to a few degrees
 * of tangency), so only the force method reproduces its moment arms there.
 *
 * <p><b>Parity.</b> The algorithms follow OpenSim's sources, including tolerances, iteration
 * limits and documented quirks (see the class comments); they are not generic optimal-path
 * solvers.
 */
package org.neuromsk.engine.wrap;

/**
 * Muscle paths: OpenSim's GeometryPath with fixed, conditional and moving path points and wrapping.
 *
 * <p>A {@link org.neuromsk.engine.path.GeometryPath} turns a pose into the current path: the active
 * points in order, with the tangent points of any wrap object inserted, and its length (m). The moment
 * arm about a coordinate (m, or dimensionless for translations) is found as OpenSim's MomentArmSolver
 * does: a unit tension applied along the path gives generalized forces f = Jᵀ F (plus the work of moving
 * path points), and the moment arm is C·f, with C the coupling of the coordinate to the others through
 * coordinate-coupler constraints. Positive moment arm: tension drives the coordinate positive (the
 * path shortens as the coordinate increases). Lengthening speed (m/s) is −f·u.
 */
package org.neuromsk.engine.path;

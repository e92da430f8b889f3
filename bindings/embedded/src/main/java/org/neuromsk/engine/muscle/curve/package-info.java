/**
 * Dimensionless muscle characteristic curves with first and second derivatives, as OpenSim 4.5.2
 * evaluates them.
 *
 * <p>Thelen 2003 closed forms: {@link org.neuromsk.engine.muscle.curve.ThelenActiveForceLengthCurve},
 * {@link org.neuromsk.engine.muscle.curve.ThelenPassiveForceLengthCurve},
 * {@link org.neuromsk.engine.muscle.curve.ThelenTendonForceLengthCurve} and the force–velocity
 * relation solved for velocity, {@link org.neuromsk.engine.muscle.curve.ThelenForceVelocityInverse}.
 *
 * <p>Millard 2012 curves are {@link org.neuromsk.engine.muscle.curve.SmoothSegmentedFunction}s:
 * chains of C-shaped quintic Bézier corners ({@link org.neuromsk.engine.muscle.curve.QuinticBezierSegment})
 * built like OpenSim's SmoothSegmentedFunctionFactory from the properties a model file may set
 * ({@link org.neuromsk.engine.muscle.curve.ActiveForceLengthCurve},
 * {@link org.neuromsk.engine.muscle.curve.ForceVelocityCurve},
 * {@link org.neuromsk.engine.muscle.curve.ForceVelocityInverseCurve},
 * {@link org.neuromsk.engine.muscle.curve.FiberForceLengthCurve},
 * {@link org.neuromsk.engine.muscle.curve.TendonForceLengthCurve}). Evaluating one solves x(u) = x
 * for the Bézier parameter u by Newton's method; the curve integrals (potential energy) are not
 * provided.
 *
 * <p>Units: arguments are normalised fibre length l_ce/l_opt, tendon length l_T/l_Ts or fibre
 * velocity l̇_ce/(v_max·l_opt); values are force multipliers (force/F_iso). All types are immutable.
 *
 * <p>References: see Thelen DG (2003) J Biomech Eng 125(1):70–77; see Millard M, Uchida T, Seth A,
 * Delp SL (2013) J Biomech Eng 135(2):021005.
 */
package org.neuromsk.engine.muscle.curve;

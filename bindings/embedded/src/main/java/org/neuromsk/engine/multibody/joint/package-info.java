/**
 * Joint mobilizers: how a child frame M moves relative to a parent frame F, with their
 * coordinates. Each joint computes {@code X_FM(q)}, the Jacobian {@code H_FM} (columns
 * {@code [angular; linear]} in F, linear part for M's origin) and the velocity-product term
 * {@code Ḣ·u}, analytically (function first and second derivatives for CustomJoint; no finite
 * differences).
 *
 * <p>Types follow OpenSim/Simbody: {@link org.neuromsk.engine.multibody.joint.WeldJoint},
 * {@link org.neuromsk.engine.multibody.joint.PinJoint} (about z),
 * {@link org.neuromsk.engine.multibody.joint.SliderJoint} (along x),
 * {@link org.neuromsk.engine.multibody.joint.UniversalJoint} (x then y),
 * {@link org.neuromsk.engine.multibody.joint.GimbalJoint} (body-fixed X-Y-Z),
 * {@link org.neuromsk.engine.multibody.joint.BallJoint} and
 * {@link org.neuromsk.engine.multibody.joint.FreeJoint} (body-fixed X-Y-Z angles as q, but angular
 * velocity in F as u, as in Simbody's Euler-angle mode),
 * {@link org.neuromsk.engine.multibody.joint.PlanarJoint} (rz, tx, ty) and
 * {@link org.neuromsk.engine.multibody.joint.CustomJoint} (Simbody FunctionBased).
 *
 * <p>Units: rad and m for coordinates, rad/s and m/s for speeds.
 */
package org.neuromsk.engine.multibody.joint;

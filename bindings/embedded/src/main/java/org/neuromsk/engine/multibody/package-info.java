/**
 * Multibody core of the embedded engine, reproducing OpenSim 4.5.2 (Simbody) kinematics and
 * inverse dynamics.
 *
 * <p>Construction: {@link org.neuromsk.engine.multibody.Body} (mass, mass centre, inertia about the
 * mass centre), {@link org.neuromsk.engine.multibody.OffsetFrame} (chains allowed) and
 * {@link org.neuromsk.engine.multibody.Ground#INSTANCE} are frames; joints from
 * {@link org.neuromsk.engine.multibody.joint} connect a parent frame F to a child frame M through
 * {@link org.neuromsk.engine.multibody.MultibodyModel.Builder#addJoint}. Joints are added in tree
 * order (parents first); that order, then each joint's coordinate order, is the order of q, u, u̇
 * and τ (OpenSim's multibody tree order for the target models).
 *
 * <p>Evaluation: {@link org.neuromsk.engine.multibody.Kinematics} realizes
 * {@code X_GB = X_GP·X_PF·X_FM(q)·X_MB}, spatial velocities and accelerations;
 * {@link org.neuromsk.engine.multibody.InverseDynamics} computes {@code τ = M·u̇ + c − f_app} by
 * recursive Newton–Euler, ignoring constraints (as OpenSim's ID tool does), with gravity and
 * {@link org.neuromsk.engine.multibody.AppliedForces}; {@link org.neuromsk.engine.multibody.CompositeRigidBody}
 * computes the mass matrix M(q) (kg·m², kg·m or kg per entry) from a realized pose.
 *
 * <p>Units: SI throughout — m, kg, s, rad, N, N·m; kg·m² for inertia. Vectors returned by queries
 * are expressed in Ground unless a method says otherwise. The algorithms are our own
 * implementation (not a library's) because exact parity with Simbody's formulation is required.
 */
package org.neuromsk.engine.multibody;

/**
 * Muscle-tendon lengths and moment arms of the embedded engine against OpenSim 4.5.2's own
 * ({@code Muscle.getLength}, {@code Muscle.computeMomentArm}) on arm26 (wrap cylinders and
 * ellipsoids), gait10dof18musc (conditional and moving path points) and the Rajagopal walk
 * (80 muscles, wrap cylinders, coupled knee coordinates).
 *
 * <p>Tolerances (from the issue): per muscle, length RMS error ≤ 0.1 mm; per muscle × coordinate,
 * moment-arm RMS error ≤ 0.2 mm; for muscles whose path wraps over an ellipsoid, ≤ 0.5 mm and ≤ 1 mm.
 */
package org.neuromsk.validation.ma;

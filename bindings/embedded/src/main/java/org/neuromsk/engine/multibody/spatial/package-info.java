/**
 * Small immutable spatial-algebra value types used by the multibody engine: {@link
 * org.neuromsk.engine.multibody.spatial.Vec3}, {@link org.neuromsk.engine.multibody.spatial.Rotation},
 * {@link org.neuromsk.engine.multibody.spatial.Transform} and {@link
 * org.neuromsk.engine.multibody.spatial.SpatialVec}, plus {@link
 * org.neuromsk.engine.multibody.spatial.ArrayKernels}, allocation-free kernels on flat
 * {@code double[]} storage for the per-frame inner loops.
 *
 * <p>Why not Commons Math: its {@code Rotation} is quaternion based and distinguishes
 * "vector operator" from "frame transform" conventions, which makes Simbody's notation
 * ({@code X_AB} = frame B measured and expressed in A, {@code R_AB · v_B = v_A}) easy to get wrong.
 * These types follow Simbody's notation literally. Commons Math is still used for general linear
 * algebra (decompositions) where it fits.
 *
 * <p>Conventions: right-handed frames; a rotation matrix {@code R_AB} re-expresses a vector given
 * in B in A; {@link org.neuromsk.engine.multibody.spatial.Rotation#aboutAxis} is the right-handed
 * rotation {@code cosθ·I + sinθ·[a]× + (1 − cosθ)·a·aᵀ}; body-fixed X-Y-Z angles mean
 * {@code R = Rx(θ1)·Ry(θ2)·Rz(θ3)}. Angles are in radians, lengths in metres. Matrices are stored
 * row-major.
 */
package org.neuromsk.engine.multibody.spatial;

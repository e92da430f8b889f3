/**
 * Differentiable musculoskeletal physics on tensors for the neural musculoskeletal model: the Thelen 2003
 * curves of the embedded engine rewritten as array operations (so that gradients reach the muscle
 * parameters and the excitations), first-order activation dynamics, electromechanical delay, a Hill
 * muscle with a compliant tendon in quasi-static fibre–tendon equilibrium, and the sigmoid
 * reparametrisation that keeps personalised parameters inside their bounds.
 *
 * <p>Units: lengths (m), speeds (m/s), forces (N), moments (N·m), times (s); normalised quantities
 * (fibre length / l_opt, fibre speed / (v_max·l_opt), force / F_iso) are dimensionless. Tensors
 * hold frames along axis 1 and muscles along the last axis ({@code [batch, time, muscle]}).
 */
package org.neuromsk.estimator.nmm.physics;

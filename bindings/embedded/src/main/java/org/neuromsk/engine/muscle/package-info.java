/**
 * Hill-type muscle–tendon models reproducing OpenSim 4.5.2: {@link org.neuromsk.engine.muscle.Thelen2003Muscle}
 * and {@link org.neuromsk.engine.muscle.Millard2012EquilibriumMuscle} (damped, undamped and rigid
 * tendon), both built on {@link org.neuromsk.engine.muscle.HillMuscle} (shared properties, the
 * fixed-width {@link org.neuromsk.engine.muscle.PennationModel}, first-order
 * {@link org.neuromsk.engine.muscle.ActivationDynamics} and OpenSim's Newton iteration for the
 * fibre–tendon equilibrium, {@link org.neuromsk.engine.muscle.Muscle#equilibrium}).
 *
 * <p>Everything is plain Java on doubles; every curve has an analytic derivative so the same
 * formulas can be written as differentiable tensor code. Algorithms, tolerances and iteration
 * limits follow OpenSim's sources so that results agree to round-off where OpenSim's own Newton
 * solves converge.
 *
 * <p>Units: lengths (m), velocities (m/s), angles (rad), angular velocities (rad/s), forces (N),
 * time constants (s); maximum contraction velocity in optimal fibre lengths per second;
 * activation, excitation, multipliers and normalised quantities are dimensionless (fibre lengths
 * by l_opt, tendon lengths by l_Ts, fibre velocities by v_max·l_opt, forces by F_iso).
 *
 * <p>References: see Thelen DG (2003) Adjustment of muscle mechanics model parameters to simulate
 * dynamic contractions in older adults. J Biomech Eng 125(1):70–77; see Millard M, Uchida T, Seth A,
 * Delp SL (2013) Flexing computational muscle: modeling and simulation of musculotendon dynamics.
 * J Biomech Eng 135(2):021005.
 */
package org.neuromsk.engine.muscle;

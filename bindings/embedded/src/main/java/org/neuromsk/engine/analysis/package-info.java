/**
 * OpenSim 4.5.2's analyses that go beyond geometry, on the embedded engine: static optimisation as
 * AnalyzeTool runs it ({@link org.neuromsk.engine.analysis.StaticOptimizationSetup},
 * {@link org.neuromsk.engine.analysis.StaticOptimization}), with the AnalyzeTool's states
 * ({@link org.neuromsk.engine.analysis.AnalyzeStates}), the model's scalar actuators and their bounds
 * ({@link org.neuromsk.engine.analysis.ActuatorLoader}), the muscle strength factor
 * ({@link org.neuromsk.engine.analysis.ActiveForceFactor}) and the bounded effort minimisation
 * ({@link org.neuromsk.engine.analysis.EffortMinimizer}); and muscle forces with fibre–tendon
 * equilibrium for given activations ({@link org.neuromsk.engine.analysis.MuscleForceAnalysis}).
 *
 * <p>Units: time (s); coordinates (rad or m), speeds (rad/s or m/s), accelerations (rad/s² or m/s²);
 * forces (N), torques and generalized forces of rotational coordinates (N·m), lengths (m), velocities
 * (m/s); controls, activations and exponents are dimensionless. Arrays over coordinates are in the
 * multibody tree order of {@link org.neuromsk.engine.multibody.MultibodyModel}.
 */
package org.neuromsk.engine.analysis;

/**
 * Forward simulation as OpenSim 4.5.2's ForwardTool runs it: the model's states (coordinate values
 * and speeds, muscle activations and fibre lengths) integrated under controls read from a ControlSet
 * XML or a controls table.
 *
 * <p>{@link org.neuromsk.engine.simulation.ForwardModel} is the simulation's view of a model (state
 * layout and names, actuators); {@link org.neuromsk.engine.simulation.LinearControl} evaluates one
 * control as OpenSim's ControlLinear does, {@link org.neuromsk.engine.simulation.ControlSignals}
 * reads and writes controls files and {@link org.neuromsk.engine.simulation.ActuatorControls} sums
 * them into the actuators; {@link org.neuromsk.engine.simulation.InitialState} takes defaults or a
 * row of a states table; {@link org.neuromsk.engine.simulation.ForwardSimulation} equilibrates the
 * muscles and integrates with an error-controlled Commons Math integrator;
 * {@link org.neuromsk.engine.simulation.ForwardRun} does all of it for one ForwardTool setup.
 * Coordinate couplers are embedded (dependent coordinates computed from their independent ones,
 * dynamics projected onto the independent speeds); locked coordinates are held.
 *
 * <p>Units: time (s); coordinate values rad or m, speeds rad/s or m/s; fibre lengths (m); forces
 * (N), torques (N·m); controls, excitations and activations are dimensionless and not clamped
 * (activation is clamped only where forces use it, as in OpenSim).
 */
package org.neuromsk.engine.simulation;

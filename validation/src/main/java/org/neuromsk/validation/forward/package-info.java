/**
 * Forward simulation against OpenSim 4.5.2's ForwardTool: {@link org.neuromsk.validation.forward.ForwardCase}
 * runs a ForwardTool setup from a scratch copy of its inputs, {@link org.neuromsk.validation.forward.StateComparison}
 * compares our states with OpenSim's at OpenSim's (irregular) output times by interpolating ours
 * linearly, and {@link org.neuromsk.validation.forward.ForwardValidation} applies the issue's
 * tolerances and writes a report.
 *
 * <p>Units in reports: coordinate values in degrees (rotational) or m, speeds in deg/s or m/s,
 * fibre lengths in mm, activations and controls dimensionless.
 */
package org.neuromsk.validation.forward;

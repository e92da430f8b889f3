/**
 * The closed-loop check: the embedded forward simulation driven by the estimated controls (with
 * optional reserve actuators and an optional PD tracking correction), and its comparison with the
 * input motion. Angles in degrees in reports (rad inside), torques (N·m), forces (N), times (s).
 */
package org.neuromsk.pipeline.forward;

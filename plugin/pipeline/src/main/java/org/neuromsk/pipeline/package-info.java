/**
 * The NeuroMSK pipeline (issue 10): a pipeline file validated as a whole, then inverse dynamics and
 * muscle geometry through the chosen backend, an estimator of excitations with an optional ensemble
 * for 90 % intervals, controls written as Storage and ControlSet XML, the forward simulation driven by
 * them, its comparison with the input motion, a report and a manifest in one output folder; and the
 * demo on a virtual subject. Angles in degrees in written tables and reports, radians inside; torques
 * (N·m), forces (N), times (s), excitations and activations dimensionless (0–1).
 */
package org.neuromsk.pipeline;

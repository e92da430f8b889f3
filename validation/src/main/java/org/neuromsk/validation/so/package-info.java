/**
 * Static optimisation of the embedded engine against OpenSim 4.5.2's AnalyzeTool/StaticOptimization
 * on arm26 ({@code opensim-4.5.2/arm26/so/expected}).
 *
 * <p>Tolerances (from the issue): per muscle, activation RMS error ≤ 0.02 and force RMS error ≤ 1 % of
 * the peak force (here the trial's peak muscle force; the error relative to each muscle's own peak is
 * reported as well). A parity check evaluates OpenSim's activations in the engine's per-frame problems.
 * Units: activations dimensionless, forces (N), generalized forces (N·m), times (s).
 */
package org.neuromsk.validation.so;

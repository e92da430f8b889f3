/**
 * OpenSim's tools reproduced on the embedded engine.
 *
 * <p>{@link org.neuromsk.engine.tool.InverseDynamicsTool} follows OpenSim's InverseDynamicsTool step by
 * step: optional low-pass filtering of the coordinates (padding, resampling, third-order Butterworth
 * run forwards and backwards), degrees to radians for rotational coordinates, a natural quintic
 * spline per coordinate for values, speeds and accelerations, OpenSim's row selection, then the
 * generalized forces at each selected time with gravity and external loads. Outputs are in N·m for
 * rotational coordinates ({@code _moment}) and N otherwise ({@code _force}).
 */
package org.neuromsk.engine.tool;

/**
 * Coordinate pre-processing of OpenSim 4.5.2's InverseDynamicsTool on plain arrays: odd-reflection
 * padding, uniform resampling with a quintic natural spline, OpenSim's exact 3rd-order Butterworth
 * forward–backward low-pass ({@link org.neuromsk.engine.signal.CoordinateLowpass},
 * {@link org.neuromsk.engine.signal.ButterworthLowpass}), quintic splines for q, q̇, q̈
 * ({@link org.neuromsk.engine.signal.CoordinateSplines}) and the tool's choice of output rows
 * ({@link org.neuromsk.engine.signal.TimeSelection}).
 *
 * <p>Units: time in seconds (s), frequencies in hertz (Hz), sampling intervals in seconds (s). Data
 * columns keep the caller's units (rad or m for coordinates; OpenSim converts degrees to radians after
 * filtering and before fitting the splines, which gives the same result as converting first because
 * both steps are linear). Tables are column-major: {@code columns[c][row]}.
 */
package org.neuromsk.engine.signal;

/**
 * Strict JSON reading shared by the modules that read hand-written JSON files (settings, experiment
 * files, IMU placements).
 *
 * <p>{@link org.neuromsk.io.json.StrictJsonReader} drives Gson's strict reader (RFC 8259 only: no
 * comments, NaN, single quotes or trailing commas) into a Gson tree, refuses an object key given twice
 * and records the 1-based line each value starts on, by Gson path ({@code $.imus[0].translation[2]}).
 * Problems arrive as {@link org.neuromsk.io.json.StrictJsonException}s carrying the line, so that each
 * caller words its own message; {@link org.neuromsk.io.json.GsonPosition} reads the position out of
 * Gson's message text. Lines and columns are 1-based; 0 means unknown. JSON carries no units.
 */
package org.neuromsk.io.json;

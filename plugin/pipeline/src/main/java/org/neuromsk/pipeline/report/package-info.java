/**
 * The run report: one self-contained HTML page with PNG plots (XChart) embedded as base64, and the
 * plain-text summary printed on the terminal. Angles in degrees, torques (N·m), excitations (-).
 */
package org.neuromsk.pipeline.report;

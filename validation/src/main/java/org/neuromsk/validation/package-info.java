/**
 * Validation suites: NeuroMSK against OpenSim 4.5.2 reference outputs and real recordings.
 *
 * <p>Each suite reads its cases from the shared data folder ({@link org.neuromsk.io.SharedData}),
 * never writes there, and produces a table of per-column errors with the tolerance it checks.
 */
package org.neuromsk.validation;

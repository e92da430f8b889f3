/**
 * Reading and writing the files of an OpenSim user's workflow.
 *
 * <p>One sub-package per format family, each with its container, reader and writer:
 * {@code storage} (.sto/.mot tables), {@code trc} (marker trajectories), {@code anc} (analog
 * recordings). The XML documents (.osim, ExternalLoads, ControlSet, tool setups) live in the
 * {@code neuromsk-io-xml} module, which builds on this one.
 *
 * <p>Conventions: readers never guess silently; a malformed file raises
 * {@link org.neuromsk.io.FileFormatException} naming file and line. Writers go through
 * {@link org.neuromsk.io.AtomicFiles} so that a failure leaves no half-written output. Values are kept
 * in the units of the file; conversions (degrees to radians) are explicit calls.
 */
package org.neuromsk.io;

/**
 * Reading and writing the files of an OpenSim user's workflow.
 *
 * <p>One sub-package per format family, each with its container, reader and writer:
 * {@code storage} (.sto/.mot tables), {@code trc} (marker trajectories), {@code anc} (analog
 * recordings). The XML documents (.osim, ExternalLoads, ControlSet, tool setups) live in the
 * {@code neuromsk-io-xml} module, which builds on this one. {@code report} renders Markdown reports as
 * HTML pages.
 *
 * <p>Conventions: readers never guess silently; a malformed file raises
 * {@link org.neuromsk.io.FileFormatException} naming file and line. Writers go through
 * {@link org.neuromsk.io.AtomicFiles} so that a failure leaves no half-written output. Values are kept
 * in the units of the file; conversions (degrees to radians) are explicit calls.
 *
 * <p>Shared by every table reader, here and in other modules: {@link org.neuromsk.io.TextFile} (lines
 * and cells), {@link org.neuromsk.io.DataCell} (a finite number cell and its message),
 * {@link org.neuromsk.io.TimeOrder} (strictly increasing times) and {@link org.neuromsk.io.Columns}
 * (rows to columns, copies).
 */
package org.neuromsk.io;

/**
 * OpenSim tool setup files run on any backend.
 *
 * <p>A setup file names its inputs relative to its own folder, as OpenSim resolves them; its results
 * go to its {@code results_directory} unless the caller redirects them (the shared reference data
 * must never be written to). {@link org.neuromsk.backend.tool.InverseDynamicsSetup} turns an
 * InverseDynamicsTool setup into an {@link org.neuromsk.backend.InverseDynamicsRequest}.
 */
package org.neuromsk.backend.tool;

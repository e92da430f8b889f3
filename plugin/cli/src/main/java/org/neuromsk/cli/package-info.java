/**
 * The {@code neuromsk} command line.
 *
 * <p>{@link org.neuromsk.cli.NeuroMsk} is the entry point; each sub-command is one class named after
 * it ({@code InspectCommand} for {@code neuromsk inspect}). Errors a user can fix
 * ({@link org.neuromsk.error.NeuroMskException}) are printed as one line, {@code neuromsk: <message>},
 * with exit code 1; usage errors exit with 2. Commands write results through temporary files, so a
 * failed run leaves no partial output.
 */
package org.neuromsk.cli;

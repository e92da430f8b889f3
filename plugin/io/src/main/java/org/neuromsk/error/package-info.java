/**
 * Errors that NeuroMSK reports to its users.
 *
 * <p>{@link org.neuromsk.error.NeuroMskException} is the one unchecked base type. Its message is a
 * single line that names what was wrong and where (file, line, element), written so that the command
 * line can print it as it is and exit non-zero.
 */
package org.neuromsk.error;

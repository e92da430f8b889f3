package org.neuromsk.error;

/**
 * Base of every error NeuroMSK reports to a user: bad input, an unavailable backend, a failed
 * computation. The message is one line, complete in itself (what and where), so that it can be
 * printed without a stack trace.
 */
public class NeuroMskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message one-line description of what is wrong and where
     */
    public NeuroMskException(String message) {
        super(message);
    }

    /**
     * @param message one-line description of what is wrong and where
     * @param cause the underlying error, kept for debugging
     */
    public NeuroMskException(String message, Throwable cause) {
        super(message, cause);
    }
}

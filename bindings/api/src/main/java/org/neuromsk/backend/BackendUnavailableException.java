package org.neuromsk.backend;

import org.neuromsk.error.NeuroMskException;

/** A backend that was asked for cannot be used here; the message names what is missing. */
public class BackendUnavailableException extends NeuroMskException {

    private static final long serialVersionUID = 1L;

    /** @param message one line naming the backend and the missing piece */
    public BackendUnavailableException(String message) {
        super(message);
    }

    /** @param message one line naming the backend and the missing piece @param cause underlying error */
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

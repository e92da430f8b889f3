package org.neuromsk.backend;

/**
 * Service-provider interface through which backends are discovered ({@code META-INF/services}).
 * Asking a provider its name, rank or availability must be cheap and must not load native code;
 * the backend itself is built by {@link #create()}.
 */
public interface BackendProvider {

    /** @return the backend's short name */
    String name();

    /** @return preference when choosing automatically; lower wins */
    int rank();

    /** @return whether the backend can be created here, and why not */
    Availability availability();

    /**
     * @return the backend
     * @throws BackendUnavailableException if it cannot be created (message names the missing piece)
     */
    MskBackend create();
}

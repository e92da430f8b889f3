package org.neuromsk.opensim;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.backend.Availability;
import org.neuromsk.backend.BackendProvider;
import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.backend.MskBackend;

/**
 * Registers the user's installed OpenSim as the backend {@value #NAME}. {@link #availability()} only
 * looks at files ({@link OpenSimDiscovery}); {@link #create()} loads the native library
 * ({@link OpenSimRuntime}).
 */
public final class OpenSimBackendProvider implements BackendProvider {

    /** The backend's name on the command line. */
    public static final String NAME = "opensim";

    /** Better (lower) than the embedded engine's 100: {@code auto} prefers OpenSim when it is found. */
    public static final int RANK = 50;

    private final OpenSimSearch search;

    /** The provider {@code META-INF/services} creates: OPENSIM_HOME, then the class and library paths. */
    public OpenSimBackendProvider() {
        this(OpenSimSearch.fromEnvironment(Optional.empty()));
    }

    /** @param search where to look for OpenSim */
    public OpenSimBackendProvider(OpenSimSearch search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    /**
     * @param home an OpenSim install folder ({@code --opensim-home})
     * @return a provider that uses that install only
     */
    public static OpenSimBackendProvider withHome(Path home) {
        return new OpenSimBackendProvider(OpenSimSearch.fromEnvironment(Optional.of(home)));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int rank() {
        return RANK;
    }

    /** @return whether OpenSim's jar and native library were found (nothing is loaded) */
    @Override
    public Availability availability() {
        try {
            return Availability.yes(OpenSimDiscovery.locate(search).describe());
        } catch (BackendUnavailableException e) {
            return Availability.no(e.getMessage());
        }
    }

    /**
     * @return the backend, with OpenSim loaded
     * @throws BackendUnavailableException if OpenSim is missing, misconfigured or older than 4.5
     */
    @Override
    public MskBackend create() {
        return new OpenSimBackend(OpenSimRuntime.load(OpenSimDiscovery.locate(search)));
    }
}

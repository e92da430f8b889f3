package org.neuromsk.engine;

import org.neuromsk.backend.Availability;
import org.neuromsk.backend.BackendProvider;
import org.neuromsk.backend.MskBackend;

/** Registers the embedded engine; it is always available. */
public final class EmbeddedBackendProvider implements BackendProvider {

    /** The backend's name on the command line. */
    public static final String NAME = "embedded";

    /** Rank of the embedded engine: chosen automatically only when no better-ranked backend is available. */
    public static final int RANK = 100;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int rank() {
        return RANK;
    }

    @Override
    public Availability availability() {
        return Availability.yes("built in (pure Java)");
    }

    @Override
    public MskBackend create() {
        return new EmbeddedBackend();
    }
}

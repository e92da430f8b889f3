package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuromsk.backend.Availability;
import org.neuromsk.backend.BackendProvider;
import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.opensim.OpenSimBackendProvider;

import picocli.CommandLine.Option;

/** The {@code --backend} and {@code --opensim-home} options shared by every command that computes. */
final class BackendOption {

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "embedded",
            description = "backend to compute with: embedded|opensim|auto (default embedded; auto = OpenSim when "
                    + "found, else embedded)")
    private String backend;

    @Option(names = "--opensim-home", paramLabel = "DIR",
            description = "OpenSim install folder for the opensim backend (default: OPENSIM_HOME, else the class "
                    + "and library path)")
    private Path opensimHome;

    private PrintWriter err;

    /**
     * The registered backends; with an OpenSim home given, the opensim backend looks there only.
     *
     * @param opensimHome an OpenSim install folder, or null
     * @return the registry
     */
    static BackendRegistry registry(Path opensimHome) {
        BackendRegistry found = BackendRegistry.discover();
        if (opensimHome == null) {
            return found;
        }
        List<BackendProvider> providers = new ArrayList<>();
        for (BackendProvider p : found.providers()) {
            if (!OpenSimBackendProvider.NAME.equals(p.name())) {
                providers.add(p);
            }
        }
        providers.add(OpenSimBackendProvider.withHome(opensimHome));
        return new BackendRegistry(providers);
    }

    /**
     * @return a sink that prints backend warnings as {@code neuromsk: warning: ...} on the command's
     *     standard error
     */
    java.util.function.Consumer<String> warnings() {
        return message -> {
            err.println("neuromsk: warning: " + message);
            err.flush();
        };
    }

    /**
     * Chooses the backend and says which on standard error. With {@code auto}, a backend that looks
     * available but fails to start (e.g. a broken OpenSim install) is skipped with a note.
     *
     * @param err where to report the choice
     * @return the backend
     * @throws BackendUnavailableException if the chosen backend cannot be used (one line saying why)
     */
    MskBackend create(PrintWriter err) {
        this.err = err;
        BackendRegistry registry = registry(opensimHome);
        MskBackend b = BackendRegistry.AUTO.equals(backend) ? auto(registry, err) : registry.choose(backend).create();
        err.println("neuromsk: backend " + b.name() + " (" + b.version() + ")");
        err.flush();
        return b;
    }

    private static MskBackend auto(BackendRegistry registry, PrintWriter err) {
        List<String> reasons = new ArrayList<>();
        for (BackendProvider p : registry.providers()) {
            Availability a = p.availability();
            if (!a.available()) {
                reasons.add(p.name() + ": " + a.detail());
                continue;
            }
            try {
                return p.create();
            } catch (BackendUnavailableException e) {
                err.println("neuromsk: note: skipping backend " + p.name() + ": " + e.getMessage());
                reasons.add(p.name() + ": " + e.getMessage());
            }
        }
        throw new BackendUnavailableException("no backend is available: " + String.join("; ", reasons));
    }
}

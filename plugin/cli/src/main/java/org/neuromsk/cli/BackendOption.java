package org.neuromsk.cli;

import java.io.PrintWriter;

import org.neuromsk.backend.BackendProvider;
import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskBackend;

import picocli.CommandLine.Option;

/** The {@code --backend} option shared by every command that computes. */
final class BackendOption {

    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "embedded",
            description = "backend to compute with: embedded (default), or auto (the best available)")
    private String backend;

    private PrintWriter err;

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
     * Chooses the backend and says which on standard error.
     *
     * @param err where to report the choice
     * @return the backend
     */
    MskBackend create(PrintWriter err) {
        this.err = err;
        BackendProvider provider = BackendRegistry.discover().choose(backend);
        MskBackend b = provider.create();
        err.println("neuromsk: backend " + b.name() + " (" + b.version() + ")");
        err.flush();
        return b;
    }
}

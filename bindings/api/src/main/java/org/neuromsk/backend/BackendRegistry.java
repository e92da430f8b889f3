package org.neuromsk.backend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The backends found on the class path. An instance, not a global: tests and tools make their own.
 */
public final class BackendRegistry {

    /** The choice that takes the best available backend. */
    public static final String AUTO = "auto";

    private final List<BackendProvider> providers;

    /** @param providers the providers to choose from */
    public BackendRegistry(List<BackendProvider> providers) {
        List<BackendProvider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt(BackendProvider::rank).thenComparing(BackendProvider::name));
        this.providers = List.copyOf(sorted);
    }

    /** @return a registry of every provider registered through {@code META-INF/services} */
    public static BackendRegistry discover() {
        List<BackendProvider> found = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class).forEach(found::add);
        return new BackendRegistry(found);
    }

    /** @return the providers, best rank first */
    public List<BackendProvider> providers() {
        return providers;
    }

    /**
     * @param name a backend name
     * @return its provider, if registered
     */
    public Optional<BackendProvider> provider(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Chooses a provider: by name, or with {@value #AUTO} the best-ranked available one.
     *
     * @param choice a backend name or {@value #AUTO}
     * @return the chosen provider, available
     * @throws BackendUnavailableException if the name is unknown (the message lists the known
     *     names) or the backend is not available here (the message says why)
     */
    public BackendProvider choose(String choice) {
        if (AUTO.equals(choice)) {
            return providers.stream().filter(p -> p.availability().available()).findFirst()
                    .orElseThrow(() -> new BackendUnavailableException("no backend is available: " + reasons()));
        }
        BackendProvider p = provider(choice).orElseThrow(() -> new BackendUnavailableException(
                "unknown backend '" + choice + "'; known: " + names() + ", " + AUTO));
        Availability a = p.availability();
        if (!a.available()) {
            throw new BackendUnavailableException("backend '" + choice + "' is not available: " + a.detail());
        }
        return p;
    }

    private String names() {
        return providers.stream().map(BackendProvider::name).collect(Collectors.joining(", "));
    }

    private String reasons() {
        return providers.stream().map(p -> p.name() + ": " + p.availability().detail())
                .collect(Collectors.joining("; "));
    }
}

package org.neuromsk.pipeline.estimator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import org.neuromsk.error.NeuroMskException;

/**
 * The estimators the pipeline knows, and which of them this build can run. Static optimisation is
 * always available; the learned estimators become available when their modules are on the class path
 * with an {@link EstimatorProvider} service entry (or are registered with {@link #register}).
 */
public final class Estimators {

    /** Static optimisation ({@link StaticOptimizationEstimator}). */
    public static final String STATIC_OPTIMIZATION = "static-optimization";
    /** Every estimator name a pipeline file may give. */
    private static final List<String> KNOWN = List.of(STATIC_OPTIMIZATION, "nmm", "gait-torque-mlp", "wavenet-imu");

    private static final Map<String, Supplier<Estimator>> AVAILABLE = new LinkedHashMap<>();
    private static final List<String> UNLOADABLE = new ArrayList<>();

    static {
        AVAILABLE.put(STATIC_OPTIMIZATION, StaticOptimizationEstimator::new);
        java.util.Iterator<EstimatorProvider> providers = ServiceLoader.load(EstimatorProvider.class).iterator();
        while (true) {
            EstimatorProvider provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (java.util.ServiceConfigurationError e) {
                // a provider whose module cannot load (e.g. a missing native library) is left out, not fatal
                UNLOADABLE.add(e.getMessage());
                continue;
            }
            for (String name : provider.names()) {
                register(name, () -> provider.create(name));
            }
        }
    }

    private Estimators() {
    }

    /** @return every estimator name a pipeline file may give */
    public static List<String> known() {
        return KNOWN;
    }

    /** @return messages of estimator providers on the class path that could not be loaded */
    public static synchronized List<String> unloadable() {
        return List.copyOf(UNLOADABLE);
    }

    /** @return the names this build can run */
    public static synchronized List<String> available() {
        return new ArrayList<>(AVAILABLE.keySet());
    }

    /**
     * Makes an adapter available under one of the known names.
     *
     * @param name a known estimator name
     * @param factory builds the adapter
     */
    public static synchronized void register(String name, Supplier<Estimator> factory) {
        if (!KNOWN.contains(name)) {
            throw new NeuroMskException("unknown estimator '" + name + "' (known: " + String.join(", ", KNOWN) + ")");
        }
        AVAILABLE.put(name, factory);
    }

    /**
     * @param name an available estimator name
     * @return a new estimator
     */
    public static synchronized Estimator create(String name) {
        Supplier<Estimator> f = AVAILABLE.get(name);
        if (f == null) {
            throw new NeuroMskException("estimator '" + name + "' is not available (available: "
                    + String.join(", ", AVAILABLE.keySet()) + ")");
        }
        return f.get();
    }
}

package org.neuromsk.pipeline.estimator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neuromsk.error.NeuroMskException;

/**
 * The estimators the pipeline knows, and which of them this build can run. Static optimisation is
 * always available; the learned estimators become available when their adapters are registered.
 */
public final class Estimators {

    /** Static optimisation ({@link StaticOptimizationEstimator}). */
    public static final String STATIC_OPTIMIZATION = "static-optimization";
    /** Every estimator name a pipeline file may give. */
    private static final List<String> KNOWN = List.of(STATIC_OPTIMIZATION, "nmm", "gait-torque-mlp", "wavenet-imu");

    private static final Map<String, Supplier<Estimator>> AVAILABLE = new LinkedHashMap<>();

    static {
        AVAILABLE.put(STATIC_OPTIMIZATION, StaticOptimizationEstimator::new);
    }

    private Estimators() {
    }

    /** @return every estimator name a pipeline file may give */
    public static List<String> known() {
        return KNOWN;
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

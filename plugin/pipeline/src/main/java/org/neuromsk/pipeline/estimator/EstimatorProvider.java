package org.neuromsk.pipeline.estimator;

import java.util.List;

/**
 * Service interface through which modules outside the pipeline make their estimators available:
 * implementations are listed in {@code META-INF/services/org.neuromsk.pipeline.estimator.EstimatorProvider}
 * of their jar and found by {@link Estimators} with {@link java.util.ServiceLoader}.
 */
public interface EstimatorProvider {

    /** @return the estimator names this provider serves (each one of {@link Estimators#known()}) */
    List<String> names();

    /**
     * @param name one of {@link #names()}
     * @return a new estimator of that name
     */
    Estimator create(String name);
}

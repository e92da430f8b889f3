package org.neuromsk.pipeline.estimator;

import java.util.List;

/** The pipeline's own estimator adapters besides static optimisation (ServiceLoader entry). */
public final class BuiltInEstimators implements EstimatorProvider {

    @Override
    public List<String> names() {
        return List.of(GaitTorqueMlpEstimator.NAME);
    }

    @Override
    public Estimator create(String name) {
        if (!GaitTorqueMlpEstimator.NAME.equals(name)) {
            throw new org.neuromsk.error.NeuroMskException("the pipeline provides no estimator '" + name + "'");
        }
        return new GaitTorqueMlpEstimator();
    }
}

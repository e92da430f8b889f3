package org.neuromsk.estimator.nmm.pipeline;

import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorProvider;

/** Makes the NMM available to the pipeline as {@value NmmEstimator#NAME} (ServiceLoader entry). */
public final class NmmEstimatorProvider implements EstimatorProvider {

    @Override
    public List<String> names() {
        return List.of(NmmEstimator.NAME);
    }

    @Override
    public Estimator create(String name) {
        if (!NmmEstimator.NAME.equals(name)) {
            throw new NeuroMskException("the NMM module provides no estimator '" + name + "'");
        }
        return new NmmEstimator();
    }
}

package org.neuromsk.pipeline.estimator;

import java.util.function.Consumer;

/**
 * Something that estimates the excitations of every muscle of a model from a motion (and, depending
 * on the estimator, EMG or other signals). Implementations are adapters around the estimators of
 * the NeuroMSK modules; the pipeline calls them once per ensemble member with perturbed inputs.
 */
public interface Estimator {

    /** @return the estimator's name as the pipeline file gives it */
    String name();

    /**
     * @param input the model, motion and optional signals
     * @param log receives one-line notes
     * @return excitations of every muscle of the model and anything else the estimator produced
     * @throws org.neuromsk.error.NeuroMskException if the inputs cannot be used
     */
    Estimate estimate(EstimatorInput input, Consumer<String> log);
}

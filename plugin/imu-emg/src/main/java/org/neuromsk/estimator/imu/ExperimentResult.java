package org.neuromsk.estimator.imu;

import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * The outcome of training on one trial and testing on another.
 *
 * @param trainTrial name of the training trial
 * @param testTrial name of the test trial
 * @param test the test trial (times and true envelopes)
 * @param models one evaluation per trained network, in training order
 */
public record ExperimentResult(String trainTrial, String testTrial, ImuEmgTrial test, List<ModelEvaluation> models) {

    /** Copies the list. */
    public ExperimentResult {
        models = List.copyOf(models);
    }

    /**
     * @param name a candidate name
     * @return its evaluation
     */
    public ModelEvaluation model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new NeuroMskException("no model named " + name + " in the experiment"));
    }
}

package org.neuromsk.pipeline.estimator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * Problems with the estimator's options that can be found before any computation (unknown keys,
     * values out of range, missing files). {@link org.neuromsk.pipeline.PipelineFile} reports them with
     * the rest of the pipeline file's problems. The default finds none.
     *
     * @param options the pipeline file's {@code estimator.options}
     * @param base the folder relative option paths are resolved against (the motion file's folder)
     * @return one line per problem, each naming its option; empty when the options can be used
     */
    default List<String> optionProblems(Map<String, Object> options, Path base) {
        return List.of();
    }

    /**
     * Problems of the options against the model, also found before any computation: names in the options
     * that the model lacks (e.g. a coordinate). Called only when {@link #optionProblems} found none. The
     * default finds none.
     *
     * @param options the pipeline file's {@code estimator.options}
     * @param coordinates the model's coordinate names
     * @param muscles the model's muscle names
     * @param modelName the model file's name, for the messages
     * @return one line per problem, each naming its option; empty when the model has every name
     */
    default List<String> modelProblems(Map<String, Object> options, Set<String> coordinates, Set<String> muscles,
            String modelName) {
        return List.of();
    }

    /**
     * @param input the model, motion and optional signals
     * @param log receives one-line notes
     * @return excitations of every muscle of the model and anything else the estimator produced
     * @throws org.neuromsk.error.NeuroMskException if the inputs cannot be used
     */
    Estimate estimate(EstimatorInput input, Consumer<String> log);

    /**
     * One member of an uncertainty ensemble, on an input the ensemble has already perturbed. The
     * default estimates again; learned estimators override it to retrain with the member's seed on
     * resampled data, so that the spread also carries their training variability.
     *
     * @param input the member's input
     * @param memberSeed the member's seed
     * @param log receives one-line notes
     * @return the member's estimate
     */
    default Estimate ensembleMember(EstimatorInput input, long memberSeed, Consumer<String> log) {
        return estimate(input, log);
    }

    /**
     * @return whether ensemble members may run at the same time (false for estimators that train with a
     *     process-wide gradient recorder, such as DJL's)
     */
    default boolean concurrentMembers() {
        return true;
    }

    /**
     * @return the calibration of this estimator's ensemble intervals, measured on virtual subjects, if it
     *     has one (else the intervals are the members' percentiles)
     */
    default java.util.Optional<org.neuromsk.pipeline.uncertainty.IntervalCalibration> intervalCalibration() {
        return java.util.Optional.empty();
    }
}

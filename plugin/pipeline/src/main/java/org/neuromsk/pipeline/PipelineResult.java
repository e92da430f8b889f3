package org.neuromsk.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.forward.ForwardOutcome;
import org.neuromsk.pipeline.forward.KinematicsComparison;
import org.neuromsk.pipeline.uncertainty.Intervals;

/**
 * Everything a pipeline run produced, for the report and the manifest.
 *
 * @param spec the pipeline
 * @param modelName the model's name
 * @param backend backend name and version
 * @param estimatorName the estimator that ran
 * @param inverseDynamics generalized forces from the backend (N·m or N)
 * @param muscleTorques per coordinate, Σ moment arm × estimated muscle force (N·m), if forces are known
 * @param estimate the central estimate
 * @param intervals 90 % intervals, when an ensemble ran
 * @param truth true excitations, when known
 * @param coverage fraction of true samples inside the intervals, per muscle and "all"
 * @param accuracy per muscle, RMS error and correlation of the estimate against the truth
 * @param parameters per muscle, the model's parameters and personalised ones when estimated
 * @param forward the forward simulation, when it ran
 * @param kinematics simulated vs input coordinates
 * @param reserveUse per reserve coordinate, RMS and peak of the reserve generalized force (N·m or N),
 *     with the tracking correction's part separately
 * @param personalisedModel the personalised model written, if any
 * @param extraSections named extra tables for the report (e.g. an estimator's own comparison), rows of cells
 * @param notes one-line remarks
 * @param timings seconds per stage
 * @param files every file written (relative to the output folder)
 */
public record PipelineResult(PipelineSpec spec, String modelName, String backend, String estimatorName,
        Storage inverseDynamics, Optional<Storage> muscleTorques, Estimate estimate, Optional<Intervals> intervals,
        Optional<Storage> truth, Map<String, Double> coverage, Map<String, double[]> accuracy,
        Map<String, ParameterRow> parameters, Optional<ForwardOutcome> forward,
        List<KinematicsComparison.CoordinateError> kinematics, Map<String, ReserveUse> reserveUse,
        Optional<Path> personalisedModel, Map<String, List<List<String>>> extraSections, List<String> notes,
        Map<String, Double> timings, List<String> files) {

    /**
     * @param nominal the model's parameters
     * @param personalised the estimator's, if it personalises
     * @param truth true values, when known (virtual subjects)
     */
    public record ParameterRow(MuscleParameters nominal, Optional<MuscleParameters> personalised,
            Optional<MuscleParameters> truth) {
    }

    /**
     * @param rms RMS of the total reserve generalized force (N·m or N)
     * @param peak its largest magnitude (N·m or N)
     * @param correctionRms RMS of the tracking correction's part (N·m or N), 0 when off
     */
    public record ReserveUse(double rms, double peak, double correctionRms) {
    }
}

package org.neuromsk.pipeline.estimator;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.io.storage.Storage;

/**
 * What an estimator is given.
 *
 * @param model the OpenSim model file
 * @param motion the coordinates (possibly perturbed for an ensemble member), as read (deg or rad)
 * @param motionFile the motion's file, for messages
 * @param externalLoads ExternalLoads XML, if any
 * @param emg EMG envelopes (-), one column per measured muscle, if any
 * @param strengthScale per muscle, a factor on its maximum isometric force (absent: 1)
 * @param activationExponent static optimisation's exponent p
 * @param reserveOptimalForce optimal force of the reserve actuators the estimator may add (N·m or N)
 * @param options estimator-specific options from the pipeline file
 */
public record EstimatorInput(Path model, Storage motion, Path motionFile, Optional<Path> externalLoads,
        Optional<Storage> emg, Map<String, Double> strengthScale, double activationExponent,
        double reserveOptimalForce, Map<String, Object> options) {

    /** Freezes the maps. */
    public EstimatorInput {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(motion, "motion");
        Objects.requireNonNull(externalLoads, "externalLoads");
        Objects.requireNonNull(emg, "emg");
        strengthScale = Map.copyOf(strengthScale);
        options = Map.copyOf(options);
    }

    /**
     * @param newMotion a perturbed motion
     * @param newScale perturbed strengths
     * @return this input with those
     */
    public EstimatorInput perturbed(Storage newMotion, Map<String, Double> newScale) {
        return new EstimatorInput(model, newMotion, motionFile, externalLoads, emg, newScale, activationExponent,
                reserveOptimalForce, options);
    }
}

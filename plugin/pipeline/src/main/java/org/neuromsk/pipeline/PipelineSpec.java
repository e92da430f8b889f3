package org.neuromsk.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.pipeline.forward.TrackingGains;

/**
 * A validated pipeline: what to estimate from which data and how to check it by forward simulation.
 * Paths are absolute.
 *
 * @param model the OpenSim model
 * @param motion the coordinates (inverse kinematics), degrees or radians as the file says
 * @param externalLoads ExternalLoads XML, if any
 * @param emg EMG envelopes (-), one column per muscle, if any
 * @param truthExcitations true excitations (-), one column per muscle, if known (virtual subjects):
 *     used to measure the estimates and the calibration of their intervals
 * @param muscles the muscles to report (all the model's when the file names none)
 * @param estimator estimator settings
 * @param backend backend name ({@code embedded}, {@code opensim}, {@code auto})
 * @param forward forward-simulation settings
 * @param output the output folder
 */
public record PipelineSpec(Path model, Path motion, Optional<Path> externalLoads, Optional<Path> emg,
        Optional<Path> truthExcitations, List<String> muscles, EstimatorSettings estimator, String backend,
        ForwardSettings forward, Path output) {

    /** Freezes the lists. */
    public PipelineSpec {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(motion, "motion");
        muscles = List.copyOf(muscles);
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(output, "output");
    }

    /**
     * @param type estimator name ({@code static-optimization}, {@code nmm}, {@code gait-torque-mlp},
     *     {@code wavenet-imu})
     * @param activationExponent static optimisation's exponent p of Σ a^p (&gt; 1)
     * @param ensemble members of the uncertainty ensemble (1: no intervals)
     * @param kinematicNoiseDeg standard deviation of the smooth perturbation added to rotational
     *     coordinates for each ensemble member (deg)
     * @param strengthNoise relative standard deviation of each muscle's strength per member (-)
     * @param seed seed of the ensemble's random perturbations
     * @param options estimator-specific options, passed to adapters unchanged
     */
    public record EstimatorSettings(String type, double activationExponent, int ensemble, double kinematicNoiseDeg,
            double strengthNoise, long seed, Map<String, Object> options) {

        /** Freezes the options. */
        public EstimatorSettings {
            options = Map.copyOf(options);
        }

        /** @return static optimisation, p = 2, an ensemble of 10 */
        public static EstimatorSettings defaults() {
            return new EstimatorSettings("static-optimization", 2, 10, 1.0, 0.15, 1, Map.of());
        }
    }

    /**
     * @param enabled whether to simulate at all
     * @param reserveActuators whether an ideal CoordinateActuator is added on every free coordinate
     * @param reserveOptimalForce the reserves' optimal force (N·m per unit control)
     * @param residualReserves whether reserves the estimator leaves open get the residual of the inverse
     *     dynamics and the estimated muscles' forces (else zero)
     * @param trackingCorrection whether a correction toward the input coordinates drives the reserves
     * @param gains the correction's gains
     * @param correctionInterval how often the correction torque is updated from the simulated state (s)
     * @param accuracy integrator accuracy (ForwardTool's default 1e-5)
     */
    public record ForwardSettings(boolean enabled, boolean reserveActuators, double reserveOptimalForce,
            boolean residualReserves, boolean trackingCorrection, TrackingGains gains, double correctionInterval, double accuracy) {

        /**
         * @return simulate, reserves of 1 N·m on (residuals where the estimator leaves them open), no correction ({@link TrackingGains#defaults()} every 2 ms when on),
         *     accuracy 1e-5
         */
        public static ForwardSettings defaults() {
            return new ForwardSettings(true, true, 1.0, true, false, TrackingGains.defaults(),
                    TrackingGains.DEFAULT_INTERVAL, 1e-5);
        }
    }
}

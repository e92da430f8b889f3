package org.neuromsk.virtual;

import java.util.Objects;

import org.neuromsk.io.storage.Storage;

/**
 * A trial as the forward simulation produced it, at its sample times (every node of the excitations).
 * Arrays of muscles are {@code [muscle][sample]} in {@link ElbowMuscles#ALL} order.
 *
 * @param design the target the excitations were chosen for
 * @param loadMass the hand-held load (kg)
 * @param time sample times (s), uniform
 * @param angle elbow angle (rad)
 * @param speed elbow speed (rad/s)
 * @param excitation the excitation nodes (-); the excitation is linear between them
 * @param activation activations (-)
 * @param fiberLength fibre lengths (m)
 * @param tendonForce tendon forces (N)
 * @param momentArm moment arms (m)
 * @param muscleTorque Σ moment arm × tendon force (N·m)
 * @param states every state at the sample times, OpenSim 4 names (rad, rad/s, -, m)
 * @param evaluations state-derivative evaluations the integration took
 */
public record SimulatedTrial(TrialDesign design, double loadMass, double[] time, double[] angle, double[] speed,
        double[][] excitation, double[][] activation, double[][] fiberLength, double[][] tendonForce,
        double[][] momentArm, double[] muscleTorque, Storage states, long evaluations) {

    /** Checks the fields. */
    public SimulatedTrial {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(states, "states");
    }

    /** @return the number of samples */
    public int sampleCount() {
        return time.length;
    }
}

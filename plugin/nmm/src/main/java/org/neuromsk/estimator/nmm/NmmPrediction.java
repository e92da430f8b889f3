package org.neuromsk.estimator.nmm;

/**
 * What a fitted NMM gives for one trial, {@code [muscle][frame]} in the subject's muscle order.
 *
 * @param trial the trial's name
 * @param time frame times (s)
 * @param excitation estimated excitation driving each muscle (the network's output shifted by the
 *     electromechanical delay), comparable with a true excitation
 * @param envelopes reconstructed envelopes, aligned with the EMG: measured muscles in their envelope
 *     units (excitation/scale), hidden muscles as excitations
 * @param activation activations
 * @param tendonForce tendon forces (N)
 * @param moment predicted joint moment Σ r·F_T (N·m)
 */
public record NmmPrediction(String trial, double[] time, double[][] excitation, double[][] envelopes,
        double[][] activation, double[][] tendonForce, double[] moment) {
}

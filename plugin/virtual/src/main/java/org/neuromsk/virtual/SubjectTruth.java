package org.neuromsk.virtual;

import java.util.List;
import java.util.Objects;

import org.neuromsk.error.NeuroMskException;

/**
 * Everything that defines a virtual subject, the values an estimator should recover.
 *
 * @param id the subject's name, e.g. {@code subject01}
 * @param seed the generator seed it was drawn from
 * @param index its number under that seed (1-based)
 * @param muscles per muscle, in {@link ElbowMuscles#ALL} order
 * @param activationTimeConstant τ_act of every muscle (s)
 * @param deactivationTimeConstant τ_deact of every muscle (s)
 * @param emgDelay time by which the EMG leads the excitation (s): the envelope at t reflects u(t + delay)
 * @param coContractionLevel baseline activation of a muscle with co-contraction weight 1 at no load (-)
 * @param coContractionLoadGain relative rise of the baseline per kg of load (1/kg)
 * @param coContractionPeriod period of the slow modulation of the baseline (s)
 * @param coContractionMode whether the muscles share one modulation phase ({@link MuscleTruth#coContractionPhase})
 */
public record SubjectTruth(String id, long seed, int index, List<MuscleTruth> muscles, double activationTimeConstant,
        double deactivationTimeConstant, double emgDelay, double coContractionLevel, double coContractionLoadGain,
        double coContractionPeriod, CoContractionMode coContractionMode) {

    /** Amplitude of the slow modulation of the baseline activation, relative to it. */
    public static final double CO_CONTRACTION_MODULATION = 0.3;

    /** Checks the muscle list. */
    public SubjectTruth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(coContractionMode, "coContractionMode");
        muscles = List.copyOf(muscles);
        List<String> names = muscles.stream().map(MuscleTruth::name).toList();
        if (!names.equals(ElbowMuscles.ALL)) {
            throw new NeuroMskException("subject " + id + ": muscles must be " + ElbowMuscles.ALL + ", got " + names);
        }
    }

    /**
     * @param name a muscle name
     * @return its truth
     * @throws NeuroMskException for an unknown name
     */
    public MuscleTruth muscle(String name) {
        return muscles.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new NeuroMskException("subject " + id + " has no muscle '" + name + "'"));
    }

    /**
     * The co-contraction baseline: the activation a muscle keeps whatever the torque demand, slowly
     * modulated in time: b_m(t) = level · w_m · (1 + gain · load) · (1 + 0.3 · sin(2πt / period + φ_m)).
     * In {@link CoContractionMode#SHARED} mode φ_m is one phase for all muscles, so the modulation is a
     * common co-activation command scaled per muscle by w_m (De Luca &amp; Mambrito 1987 found agonist and
     * antagonist motor units driven by one common command during co-activation); a deep muscle's
     * modulation then shows in the surface muscles' EMG. In {@link CoContractionMode#PER_MUSCLE} mode
     * each muscle has its own phase, which no input of an estimator carries.
     *
     * @param muscle index in {@link ElbowMuscles#ALL}
     * @param time t (s)
     * @param loadMass the hand-held load (kg)
     * @return baseline activation (-)
     */
    public double baselineActivation(int muscle, double time, double loadMass) {
        MuscleTruth m = muscles.get(muscle);
        double modulation = 1 + CO_CONTRACTION_MODULATION
                * Math.sin(2 * Math.PI * time / coContractionPeriod + m.coContractionPhase());
        return coContractionLevel * m.coContractionWeight() * (1 + coContractionLoadGain * loadMass) * modulation;
    }
}

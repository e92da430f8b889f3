package org.neuromsk.virtual;

import java.util.Objects;

import org.neuromsk.error.NeuroMskException;

/**
 * The intervals subject parameters are drawn from. Scales multiply the elbow model's nominal values.
 *
 * @param maxIsometricForceScale F_iso scale (-)
 * @param optimalFiberLengthScale l_opt scale (-)
 * @param tendonSlackLengthScale l_Ts scale (-)
 * @param activationTimeConstant τ_act (s)
 * @param deactivationTimeConstant τ_deact (s)
 * @param emgScale excitation per unit normalised envelope (-)
 * @param emgGain raw EMG amplitude per unit excitation (mV), drawn log-uniformly
 * @param emgDelay lead of the EMG over the excitation (s)
 * @param coContractionLevel baseline activation (-)
 * @param coContractionLoadGain relative rise of the baseline per kg of load (1/kg)
 * @param coContractionPeriod period of the baseline's slow modulation (s)
 * @param muscleWeight drive and co-contraction weights of single muscles (-)
 */
public record PerturbationRanges(Range maxIsometricForceScale, Range optimalFiberLengthScale,
        Range tendonSlackLengthScale, Range activationTimeConstant, Range deactivationTimeConstant, Range emgScale,
        Range emgGain, Range emgDelay, Range coContractionLevel, Range coContractionLoadGain,
        Range coContractionPeriod, Range muscleWeight) {

    /** @throws NeuroMskException for ranges that would give invalid muscles */
    public PerturbationRanges {
        Objects.requireNonNull(maxIsometricForceScale, "maxIsometricForceScale");
        Objects.requireNonNull(optimalFiberLengthScale, "optimalFiberLengthScale");
        Objects.requireNonNull(tendonSlackLengthScale, "tendonSlackLengthScale");
        Objects.requireNonNull(muscleWeight, "muscleWeight");
        positive("max isometric force scale", maxIsometricForceScale);
        positive("optimal fibre length scale", optimalFiberLengthScale);
        positive("tendon slack length scale", tendonSlackLengthScale);
        positive("activation time constant", activationTimeConstant);
        positive("deactivation time constant", deactivationTimeConstant);
        positive("EMG scale", emgScale);
        positive("EMG gain", emgGain);
        positive("co-contraction period", coContractionPeriod);
        positive("muscle weight", muscleWeight);
        if (emgDelay.min() < 0 || coContractionLevel.min() < 0 || coContractionLoadGain.min() < 0) {
            throw new NeuroMskException("EMG delay, co-contraction level and load gain must not be negative");
        }
        if (coContractionLevel.max() > 0.3) {
            throw new NeuroMskException("co-contraction level above 0.3 leaves too little room for the drive: "
                    + coContractionLevel);
        }
    }

    /**
     * The defaults: F_iso ±25 %, l_opt and l_Ts ±7 %, τ_act 10–20 ms and τ_deact 40–60 ms (around
     * Thelen 2003's 15 and 50 ms), EMG scale 0.6–1.2, gain 0.1–1 mV, EMG lead 10–40 ms, co-contraction
     * 4–12 % activation rising 0–10 %/kg, modulated over 1.5–3 s, muscle weights 0.6–1.4.
     *
     * @return the default ranges
     */
    public static PerturbationRanges defaults() {
        return new PerturbationRanges(new Range(0.75, 1.25), new Range(0.93, 1.07), new Range(0.93, 1.07),
                new Range(0.010, 0.020), new Range(0.040, 0.060), new Range(0.6, 1.2), new Range(0.1, 1.0),
                new Range(0.010, 0.040), new Range(0.04, 0.12), new Range(0.0, 0.10), new Range(1.5, 3.0),
                new Range(0.6, 1.4));
    }

    private static void positive(String what, Range r) {
        Objects.requireNonNull(r, what);
        if (!(r.min() > 0)) {
            throw new NeuroMskException(what + " range must be positive, got " + r);
        }
    }
}

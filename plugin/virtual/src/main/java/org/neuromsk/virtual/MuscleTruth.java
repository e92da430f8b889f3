package org.neuromsk.virtual;

import java.util.Objects;

/**
 * One muscle of a virtual subject: its true parameters, the elbow model's nominal values they were
 * drawn around, how it shares the drive, and how its EMG relates to its excitation.
 *
 * @param name muscle name
 * @param nominalMaxIsometricForce F_iso of the elbow model (N)
 * @param maxIsometricForce the subject's F_iso (N)
 * @param nominalOptimalFiberLength l_opt of the elbow model (m)
 * @param optimalFiberLength the subject's l_opt (m)
 * @param nominalTendonSlackLength l_Ts of the elbow model (m)
 * @param tendonSlackLength the subject's l_Ts (m)
 * @param driveWeight share of its group's drive (flexors or extensors), relative to 1
 * @param coContractionWeight its baseline activation relative to the subject's co-contraction level
 * @param coContractionPhase phase of the slow modulation of its baseline activation (rad); the same for
 *     every muscle of a subject generated in {@link CoContractionMode#SHARED} mode
 * @param emgScale excitation per unit of the normalised envelope: u(t) = emgScale · envelope(t − delay) (-)
 * @param emgGain amplitude of its raw EMG per unit excitation (mV)
 */
public record MuscleTruth(String name, double nominalMaxIsometricForce, double maxIsometricForce,
        double nominalOptimalFiberLength, double optimalFiberLength, double nominalTendonSlackLength,
        double tendonSlackLength, double driveWeight, double coContractionWeight, double coContractionPhase,
        double emgScale, double emgGain) {

    /** Checks the name. */
    public MuscleTruth {
        Objects.requireNonNull(name, "name");
    }

    /**
     * @param phase another modulation phase (rad)
     * @return this muscle with that phase
     */
    MuscleTruth withCoContractionPhase(double phase) {
        return new MuscleTruth(name, nominalMaxIsometricForce, maxIsometricForce, nominalOptimalFiberLength,
                optimalFiberLength, nominalTendonSlackLength, tendonSlackLength, driveWeight, coContractionWeight,
                phase, emgScale, emgGain);
    }

    /** @return F_iso / nominal F_iso */
    public double maxIsometricForceScale() {
        return maxIsometricForce / nominalMaxIsometricForce;
    }

    /** @return l_opt / nominal l_opt */
    public double optimalFiberLengthScale() {
        return optimalFiberLength / nominalOptimalFiberLength;
    }

    /** @return l_Ts / nominal l_Ts */
    public double tendonSlackLengthScale() {
        return tendonSlackLength / nominalTendonSlackLength;
    }
}

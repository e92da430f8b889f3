package org.neuromsk.virtual;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measures of one generated trial.
 *
 * @param subject subject id
 * @param loadMass load (kg)
 * @param trial trial name
 * @param folder folder of its files, relative to the output folder
 * @param duration duration (s)
 * @param samples number of samples
 * @param evaluations state-derivative evaluations of its simulation
 * @param trackingRmsDeg RMS of simulated minus target angle (deg), for information only
 * @param replayMaxErrorDeg largest angle difference of a one-run replay from the written files (deg);
 *     NaN when not verified
 * @param torque inverse dynamics against Σ moment arm × tendon force
 * @param envelope envelopes against the excitations
 * @param so static optimisation against the true activations
 */
public record TrialReport(String subject, double loadMass, String trial, String folder, double duration, int samples,
        long evaluations, double trackingRmsDeg, double replayMaxErrorDeg, TrialChecks.TorqueAgreement torque,
        TrialChecks.EnvelopeAgreement envelope, TrialChecks.SoComparison so) {

    /** @return the measures as a map for JSON */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subject);
        m.put("load_mass_kg", loadMass);
        m.put("trial", trial);
        m.put("folder", folder);
        m.put("duration_s", duration);
        m.put("samples", samples);
        m.put("tracking_rms_deg", trackingRmsDeg);
        if (!Double.isNaN(replayMaxErrorDeg)) {
            m.put("replay_max_error_deg", replayMaxErrorDeg);
        }
        m.put("id_vs_muscle_torque_rms_Nm", torque.rmsError());
        m.put("id_vs_muscle_torque_max_Nm", torque.maxError());
        m.put("id_peak_torque_Nm", torque.peakTorque());
        m.put("envelope_min_correlation", envelope.minCorrelation());
        m.put("envelope_max_relative_rms", envelope.maxRelativeRms());
        m.put("so_activation_rms_difference", so.rmsDifference());
        m.put("so_activation_rms_difference_per_muscle", so.perMuscleRms());
        m.put("antagonist_activation_true", so.antagonistTrue());
        m.put("antagonist_activation_so", so.antagonistSo());
        m.put("so_unsolved_frames", so.unsolvedFrames());
        return m;
    }
}

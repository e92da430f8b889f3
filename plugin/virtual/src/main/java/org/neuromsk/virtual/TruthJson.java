package org.neuromsk.virtual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A subject's truth as the map written to {@code true_parameters.json}. */
final class TruthJson {

    private TruthJson() {
    }

    /**
     * @param subject the subject
     * @param loadMass the load of this folder (kg)
     * @param designs the trials' designs, in order
     * @return the map
     */
    static Map<String, Object> of(SubjectTruth subject, double loadMass, List<TrialDesign> designs) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("subject", subject.id());
        root.put("seed", subject.seed());
        root.put("index", subject.index());
        root.put("load_mass_kg", loadMass);
        root.put("model", VirtualSubjects.TRUE_MODEL);
        root.put("activation_time_constant_s", subject.activationTimeConstant());
        root.put("deactivation_time_constant_s", subject.deactivationTimeConstant());
        root.put("emg_delay_s", subject.emgDelay());
        root.put("emg_model", "excitation(t) = emg_scale * envelope(t - emg_delay_s); envelopes only for "
                + String.join(", ", ElbowMuscles.SURFACE));
        Map<String, Object> cc = new LinkedHashMap<>();
        cc.put("level", subject.coContractionLevel());
        cc.put("load_gain_per_kg", subject.coContractionLoadGain());
        cc.put("modulation", SubjectTruth.CO_CONTRACTION_MODULATION);
        cc.put("period_s", subject.coContractionPeriod());
        cc.put("phase", subject.coContractionMode().label());
        cc.put("rule", "baseline activation = level * weight * (1 + load_gain_per_kg * load) * (1 + modulation * "
                + "sin(2 pi t / period_s + phase)); phase = co_contraction_phase_rad of the muscle, "
                + (subject.coContractionMode() == CoContractionMode.SHARED ? "the same for every muscle (shared)"
                        : "drawn per muscle (per-muscle)"));
        root.put("co_contraction", cc);
        Map<String, Object> muscles = new LinkedHashMap<>();
        for (MuscleTruth m : subject.muscles()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("max_isometric_force_N", m.maxIsometricForce());
            x.put("optimal_fiber_length_m", m.optimalFiberLength());
            x.put("tendon_slack_length_m", m.tendonSlackLength());
            x.put("nominal_max_isometric_force_N", m.nominalMaxIsometricForce());
            x.put("nominal_optimal_fiber_length_m", m.nominalOptimalFiberLength());
            x.put("nominal_tendon_slack_length_m", m.nominalTendonSlackLength());
            x.put("emg_scale", m.emgScale());
            x.put("emg_gain_mV", m.emgGain());
            x.put("measured", ElbowMuscles.SURFACE.contains(m.name()));
            x.put("drive_weight", m.driveWeight());
            x.put("co_contraction_weight", m.coContractionWeight());
            x.put("co_contraction_phase_rad", m.coContractionPhase());
            muscles.put(m.name(), x);
        }
        root.put("muscles", muscles);
        List<Object> trials = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            TrialDesign d = designs.get(i);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("trial", VirtualSubjects.trialName(i + 1));
            t.put("duration_s", d.duration());
            t.put("target_start_angle_deg", Math.toDegrees(d.startAngle()));
            t.put("target_peak_angle_deg", Math.toDegrees(d.peakAngle()));
            t.put("target_flexion_time_s", d.flexionTime());
            t.put("target_extension_time_s", d.extensionTime());
            t.put("target_pause_s", d.pause());
            t.put("cycles", d.cycles());
            trials.add(t);
        }
        root.put("trials", trials);
        return root;
    }
}

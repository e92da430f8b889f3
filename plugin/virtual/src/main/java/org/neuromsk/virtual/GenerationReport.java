package org.neuromsk.virtual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What a generation produced and measured.
 *
 * @param settings the settings used
 * @param trials one report per trial, ordered by subject, load and trial
 * @param wallSeconds wall-clock time of the generation (s); not written to any file
 */
public record GenerationReport(GeneratorSettings settings, List<TrialReport> trials, double wallSeconds) {

    /** Freezes the list. */
    public GenerationReport {
        trials = List.copyOf(trials);
    }

    /** @return the largest replay error over the trials (deg), NaN when not verified */
    public double maxReplayErrorDeg() {
        return trials.stream().mapToDouble(TrialReport::replayMaxErrorDeg).max().orElse(Double.NaN);
    }

    /** @return the largest RMS(ID − Σ r·F)/peak |ID| over the trials (-) */
    public double maxRelativeTorqueError() {
        return trials.stream().mapToDouble(t -> t.torque().relativeRms()).max().orElse(Double.NaN);
    }

    /** @return the smallest RMS difference of true and SO activations over the trials (-) */
    public double minSoDifference() {
        return trials.stream().mapToDouble(t -> t.so().rmsDifference()).min().orElse(Double.NaN);
    }

    /**
     * @return a few lines summarising the measures (mean and range over trials), for a console
     */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d subject(s) x %d load(s) x %d trial(s) = %d trials, seed %d, %.1f s",
                settings.subjects(), settings.loads().size(), settings.trialsPerLoad(), trials.size(), settings.seed(),
                wallSeconds));
        if (settings.verify()) {
            lines.add(stat("replay max |angle error| (deg)", TrialReport::replayMaxErrorDeg, "%.2e"));
        } else {
            lines.add("  replay not verified (--no-verify)");
        }
        lines.add(stat("RMS(ID - sum r*F) (N*m)", t -> t.torque().rmsError(), "%.4f"));
        lines.add(stat("RMS(ID - sum r*F) / peak |ID| (-)", t -> t.torque().relativeRms(), "%.4f"));
        lines.add(stat("envelope r with smoothed u(t+d) (min)", t -> t.envelope().minCorrelation(), "%.3f"));
        lines.add(stat("RMS(true - SO activation) (-)", t -> t.so().rmsDifference(), "%.4f"));
        lines.add(stat("antagonist activation, true (-)", t -> t.so().antagonistTrue(), "%.4f"));
        lines.add(stat("antagonist activation, SO (-)", t -> t.so().antagonistSo(), "%.4f"));
        lines.add(stat("tracking RMS vs target (deg)", TrialReport::trackingRmsDeg, "%.3f"));
        return lines;
    }

    private String stat(String what, ToDoubleFunction<TrialReport> f, String format) {
        double[] v = trials.stream().mapToDouble(f).toArray();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
            sum += x;
        }
        return String.format(Locale.ROOT, "  %-38s mean " + format + "  min " + format + "  max " + format, what,
                sum / v.length, min, max);
    }

    /** @return the manifest written as {@code virtual_subjects.json} (no timings, so it is reproducible) */
    Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "neuromsk virtual-subjects");
        m.put("seed", settings.seed());
        m.put("subjects", settings.subjects());
        m.put("loads_kg", settings.loads().stream().mapToDouble(Double::doubleValue).toArray());
        m.put("trials_per_load", settings.trialsPerLoad());
        m.put("sample_rate_Hz", settings.sampleRate());
        m.put("emg_rate_Hz", settings.emgRate());
        m.put("integrator_accuracy", settings.integrator().accuracy());
        m.put("co_contraction", settings.coContraction().label());
        m.put("measured_muscles", ElbowMuscles.SURFACE);
        m.put("hidden_muscles", ElbowMuscles.HIDDEN);
        m.put("envelope_chain", "band-pass " + SyntheticEmg.BAND_LOW + "-" + SyntheticEmg.BAND_HIGH
                + " Hz (Butterworth order 4, zero phase); rectify; low-pass " + SyntheticEmg.ENVELOPE_CUTOFF
                + " Hz (Butterworth order 4, zero phase); divided by emg_scale times the mean envelope of a "
                + "simulated 2-s MVC (u = 1) through the same chain; resampled to the kinematics");
        m.put("estimator_inputs", List.of(VirtualSubjects.NOMINAL_MODEL, "<trial>_coordinates.sto",
                "<trial>_id.sto", "<trial>_envelopes.sto", "load_mass_kg"));
        m.put("truth", List.of(VirtualSubjects.TRUE_MODEL, "true_parameters.json", "<trial>_excitations.sto",
                "<trial>_activations.sto", "<trial>_states.sto", "<trial>_muscle_forces.sto"));
        m.put("files_per_trial", List.of("<trial>_coordinates.sto (deg)", "<trial>_id.sto (N*m)",
                "<trial>_excitations.sto", "<trial>_activations.sto", "<trial>_states.sto",
                "<trial>_muscle_forces.sto (N)", "<trial>_envelopes.sto (surface muscles only)"));
        List<Object> list = new ArrayList<>();
        for (TrialReport t : trials) {
            list.add(t.toMap());
        }
        m.put("trials", list);
        return m;
    }
}

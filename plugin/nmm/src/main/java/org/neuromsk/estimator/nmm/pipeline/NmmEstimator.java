package org.neuromsk.estimator.nmm.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.FittedNmm;
import org.neuromsk.estimator.nmm.GenericMuscles;
import org.neuromsk.estimator.nmm.Metrics;
import org.neuromsk.estimator.nmm.NmmFit;
import org.neuromsk.estimator.nmm.NmmPrediction;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.estimator.OptionReader;
import org.neuromsk.pipeline.uncertainty.IntervalCalibration;

/**
 * The NMM as the pipeline's estimator {@value #NAME}: personalises and trains the NMM on the input
 * trial itself — self-supervised: the measured envelopes, the inverse-dynamics moment of the model
 * and the synergy prior; no true excitations — and predicts the excitations of every muscle, the
 * hidden ones included. Returns activations, tendon forces, the personalised muscle parameters and
 * time constants, and the muscle synergy extrapolation (MSE) baseline on the same data.
 *
 * <p>Options (pipeline {@code estimator.options}): {@code coordinate} (the joint, default
 * {@code r_elbow_flex}), {@code frameRate} (Hz, 100), {@code loadMass} (hand-held load fed to the network,
 * kg, 0), {@code epochs} (40), {@code seed} (1), {@code baselines} (true: also MSE), all checked with the
 * pipeline file ({@link NmmOptions}); the coordinate is checked against the motion and the model before any
 * training. An ensemble member retrains with its own seed on a moving-block bootstrap of the trial (blocks
 * of two windows).
 */
public final class NmmEstimator implements Estimator {

    /** The estimator's pipeline name. */
    public static final String NAME = "nmm";
    /** Baseline name of muscle synergy extrapolation. */
    public static final String MSE = "MSE";
    /** Resource holding the interval calibration. */
    static final String CALIBRATION = "interval-calibration.json";

    @Override
    public String name() {
        return NAME;
    }

    /** Checks the options as {@link NmmOptions} reads them (the EMG itself is the pipeline file's {@code emg}). */
    @Override
    public List<String> optionProblems(Map<String, Object> options, Path base) {
        return NmmOptions.problems(options);
    }

    /** Checks that the model has the option {@code coordinate} (default {@code r_elbow_flex}). */
    @Override
    public List<String> modelProblems(Map<String, Object> options, Set<String> coordinates, Set<String> muscles,
            String modelName) {
        String coordinate = NmmOptions.parse(options).coordinate();
        if (coordinates.contains(coordinate)) {
            return List.of();
        }
        return List.of(OptionReader.PREFIX + "coordinate: '" + coordinate + "' is not a coordinate of " + modelName);
    }

    @Override
    public Estimate estimate(EstimatorInput input, Consumer<String> log) {
        NmmOptions options = NmmOptions.parse(input.options());
        return run(input, options, options.settings(), null, log);
    }

    @Override
    public Estimate ensembleMember(EstimatorInput input, long memberSeed, Consumer<String> log) {
        NmmOptions options = NmmOptions.parse(input.options());
        return run(input, options, options.settings().withSeed(memberSeed), new Random(memberSeed), log);
    }

    /** DJL's gradient collector is process-wide: one training at a time. */
    @Override
    public boolean concurrentMembers() {
        return false;
    }

    /**
     * The calibration measured by {@link CalibrateIntervals} on calibration virtual subjects, shipped as
     * the resource {@value #CALIBRATION}; absent when the resource is.
     */
    @Override
    public Optional<IntervalCalibration> intervalCalibration() {
        try (InputStream in = NmmEstimator.class.getResourceAsStream(CALIBRATION)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(IntervalCalibration.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new NeuroMskException("cannot read the NMM's interval calibration: " + e.getMessage(), e);
        }
    }

    private Estimate run(EstimatorInput input, NmmOptions options, NmmSettings settings, Random bootstrap,
            Consumer<String> log) {
        String coordinate = options.coordinate();
        double rate = options.frameRate();
        double load = options.loadMass();
        boolean baselines = bootstrap == null && options.baselines();
        Storage emg = input.emg().orElseThrow(() -> new NeuroMskException("estimator nmm needs EMG envelopes "
                + "(pipeline key \"emg\")"));
        PipelineTrial prepared;
        TrialData trial;
        List<String> muscles;
        List<String> disabled;
        List<String> measured = new ArrayList<>();
        try (MskModel model = BackendRegistry.discover().choose("embedded").create().loadModel(input.model(),
                log::accept)) {
            // a disabled muscle (appliesForce false) moves nothing in the forward simulation: it is left out of
            // the physics and the estimate, as static optimisation leaves it out
            muscles = model.muscles().stream().filter(MuscleInfo::appliesForce).map(MuscleInfo::name).toList();
            disabled = model.muscles().stream().filter(m -> !m.appliesForce()).map(MuscleInfo::name).toList();
            for (String m : muscles) {
                if (emg.hasColumn(m)) {
                    measured.add(m);
                }
            }
            prepared = PipelineTrial.of(input, model, coordinate, muscles, measured, rate, load);
            trial = prepared.data();
        }
        List<TrialData> training = bootstrap == null ? List.of(trial)
                : BlockBootstrap.sample(trial, frames(settings.windowSeconds(), rate), bootstrap);
        SubjectData subject = new SubjectData(input.model().getFileName().toString(), input.model(), coordinate,
                muscles, measured, training, List.of(), null);
        List<String> notes = new ArrayList<>();
        if (!disabled.isEmpty()) {
            notes.add("NMM: " + disabled.size() + " disabled muscle(s) (appliesForce false) left out: "
                    + String.join(", ", disabled));
        }
        Map<String, Storage> others = new LinkedHashMap<>();
        try (FittedNmm fit = NmmFit.fit(subject, settings, null)) {
            NmmPrediction p = fit.predict(trial);
            Map<String, double[]> values = fit.physicalValues();
            double tauA = values.get("activation_time_constant")[0];
            double tauD = values.get("deactivation_time_constant")[0];
            double delay = values.get("delay")[0];
            double momentRms = 100 * Metrics.rmse(p.moment(), trial.moment()) / Math.max(trial.peakMoment(), 1e-9);
            notes.add(String.format(Locale.ROOT, "NMM: personalised and trained on this trial (%d epochs, %.1f s; "
                    + "%d measured, %d hidden muscles); moment RMSE %.1f %% of peak; τ_act %.1f ms, τ_deact %.1f ms, "
                    + "delay %.1f ms", settings.maxEpochs(), fit.trainingSeconds(), measured.size(),
                    muscles.size() - measured.size(), momentRms, 1e3 * tauA, 1e3 * tauD, 1e3 * delay));
            if (baselines && !measured.isEmpty() && measured.size() < muscles.size()) {
                SynergyExtrapolation mse = SynergyExtrapolation.fit(subject, fit.generic(),
                        SynergyExtrapolation.Settings.defaults().withSeed(settings.seed()));
                others.put(MSE, Storage.of("excitations_mse", false, muscles, trial.time(), mse.excitations(trial)));
            }
            double[] time = trial.time();
            Storage reserves = prepared.otherReserves(coordinate, muscles, p.tendonForce(), input.reserveOptimalForce());
            if (reserves.columnCount() > 0) {
                notes.add("NMM: balances " + coordinate + " only; the reserves of the other " + reserves.columnCount()
                        + " coordinate(s) carry what its muscle forces leave of their inverse dynamics");
            }
            return new Estimate(Storage.of("excitations", false, muscles, time, clip(p.excitation())),
                    Optional.of(Storage.of("activations", false, muscles, time, p.activation())),
                    Optional.of(reserves), Optional.of(Storage.of("muscle_forces", false, muscles, time, p.tendonForce())),
                    fit.personalisedMuscles(), notes, Optional.of(new double[] {tauA, tauD}), others);
        }
    }

    /** Excitations inside the Thelen muscle's control range [0.01, 1] (the network's σ never leaves [0, 1]). */
    private static double[][] clip(double[][] u) {
        double[][] out = new double[u.length][];
        for (int m = 0; m < u.length; m++) {
            out[m] = u[m].clone();
            for (int k = 0; k < out[m].length; k++) {
                out[m][k] = Math.max(0.01, Math.min(1, out[m][k]));
            }
        }
        return out;
    }

    private static int frames(double seconds, double rate) {
        return (int) Math.round(seconds * rate);
    }
}

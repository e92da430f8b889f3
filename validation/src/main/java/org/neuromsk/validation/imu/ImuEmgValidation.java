package org.neuromsk.validation.imu;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.neuromsk.engine.imu.ImuPlacementSet;
import org.neuromsk.engine.imu.ImuSynthesizer;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.imu.ExperimentOutputs;
import org.neuromsk.estimator.imu.ExperimentResult;
import org.neuromsk.estimator.imu.ImuEmgExperiment;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ImuEmgTrial;
import org.neuromsk.estimator.imu.ImuSource;
import org.neuromsk.estimator.imu.MetricsTable;
import org.neuromsk.estimator.imu.ModelEvaluation;
import org.neuromsk.estimator.imu.SpeedAugmentation;
import org.neuromsk.estimator.imu.StreamingWaveNet;
import org.neuromsk.estimator.imu.selection.SettingsCandidate;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.StorageReader;

/**
 * Held-out walking speed: virtual IMUs ({@code models-osim/imu/gait2392_lowerlimb_imus.json}) from the
 * kinematics of CEINMS-RT's walk36 (3.6 km/h) and walk45 (4.5 km/h) trials, networks trained on one
 * trial (its last 20 % held out for early stopping) and tested on the other, per-muscle r, R², NRMSE
 * and peak-amplitude ratio. For each direction the saved WaveNet is also run by
 * {@link StreamingWaveNet} over the whole test trial and compared with DJL's batch output, and its
 * latency per sample is measured.
 */
public final class ImuEmgValidation {

    /** Shared-data folder of the trials. */
    public static final String DATA = "ceinms-rt-lowerlimb/";
    /** The model. */
    public static final String MODEL = DATA + "model/gait2392.osim";
    /** Shared-data files the validation reads. */
    public static final List<String> INPUTS = List.of(MODEL, DATA + "data/walk36/ik.sto",
            DATA + "data/walk36/emgFilt.sto", DATA + "data/walk45/ik.sto", DATA + "data/walk45/emgFilt.sto");
    /** The placements file, relative to the repository root. */
    public static final String PLACEMENTS = "models-osim/imu/gait2392_lowerlimb_imus.json";

    /** Target: mean r over muscles on the held-out speed at least this. */
    public static final double TARGET_R = 0.85;
    /** Target: mean peak-amplitude ratio within this of 1. */
    public static final double TARGET_PEAK_BAND = 0.15;
    /** Networks per ensemble in the study ({@link #main}), WaveNet and MLP alike. */
    public static final int STUDY_MEMBERS = 3;
    /** Streaming must equal batch to this (envelope units). */
    public static final double STREAMING_TOLERANCE = 1e-5;

    private ImuEmgValidation() {
    }

    /**
     * Latency of the streaming WaveNet per sample.
     *
     * @param p50 median (µs)
     * @param p99 99th percentile (µs)
     * @param samples samples timed
     */
    public record Latency(double p50, double p99, int samples) {
    }

    /**
     * One direction (train on one speed, test on the other).
     *
     * @param result the experiment
     * @param streamingDifference largest |streaming − batch| WaveNet estimate over the test trial, from
     *     the first full window on
     * @param latency streaming latency per sample
     * @param rajagopal the WaveNet applied to the Rajagopal walk (out of subject), or null when its data
     *     are not there
     * @param settings the settings trained with
     * @param augmentation the speed replays trained with
     */
    public record Direction(ExperimentResult result, double streamingDifference, Latency latency,
            RajagopalImuEmg.Outcome rajagopal, ImuEmgSettings settings, SpeedAugmentation augmentation) {

        /** @return the settings that matter for the speed question, in one line */
        public String describe() {
            ImuEmgSettings defaults = ImuEmgSettings.defaults();
            String channels = settings.residualChannels() == defaults.residualChannels()
                    && settings.skipChannels() == defaults.skipChannels() ? ""
                    : String.format(Locale.ROOT, ", WaveNet %d residual / %d skip channels", settings.residualChannels(),
                            settings.skipChannels());
            String inputs = (settings.inputNoise() > 0 ? String.format(Locale.ROOT,
                    ", input noise %.2g channel SDs", settings.inputNoise()) : "")
                    + (settings.channelDropout() > 0 ? String.format(Locale.ROOT, ", input channel dropout %.2g",
                            settings.channelDropout()) : "")
                    + (settings.inputAugmentation().isNone() ? "" : " (training only, both networks)");
            return String.format(Locale.ROOT, "window %d frames, dilations %s%s, WaveNet dropout %.2f, loss %s, Adam %.0e, "
                    + "patience %d%s%s; %s; %s", settings.window(), settings.dilations(), channels,
                    settings.waveNetDropout(), settings.loss(), settings.learningRate(), settings.patience(),
                    settings.fineTuneFactor() > 0 ? String.format(Locale.ROOT, ", learning-rate step-down × %.2g",
                            settings.fineTuneFactor()) : "", inputs,
                    augmentation.isNone() ? "no replays" : "replays × " + augmentation.factors() + ", envelopes × s^"
                            + augmentation.exponent(),
                    settings.members() == 1 ? "one network each" : settings.members() + "-seed ensembles of both networks");
        }


        /** @return the WaveNet's evaluation */
        public ModelEvaluation waveNet() {
            return result.model(ImuEmgExperiment.WAVENET);
        }
    }

    /** What to train. */
    public enum Candidates {
        /** WaveNet and the MLP baseline (the CLI's comparison). */
        STANDARD,
        /**
         * Also the GRU baseline, the WaveNet with plain MSE and with the peak-ratio penalty, and the MLP
         * with the WaveNet's loss.
         */
        FULL
    }

    /**
     * @return the placements file of the repository (found from the working folder upwards)
     */
    public static Path placements() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(PLACEMENTS);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new NeuroMskException(PLACEMENTS + " not found from " + Path.of("").toAbsolutePath() + " upwards");
    }

    /**
     * @param train training trial folder name (e.g. walk36)
     * @param test test trial folder name
     * @param settings experiment settings
     * @param augmentation synthetic speed replays of the training trial
     * @param candidates which networks
     * @param work folder for models and outputs of this direction
     * @param log progress lines
     * @return the direction's results
     */
    public static Direction run(String train, String test, ImuEmgSettings settings, SpeedAugmentation augmentation,
            Candidates candidates, Path work, Consumer<String> log) {
        Path data = dataDirectory();
        ImuSource source = source(SharedData.directory().resolve(MODEL), placements());
        List<ImuEmgTrial> trainTrials = trials(data.resolve(train), augmentation, source);
        ImuEmgTrial testTrial = trials(data.resolve(test), SpeedAugmentation.none(), source).get(0);
        ImuEmgExperiment experiment = new ImuEmgExperiment(settings, work, line -> log.accept(train + " → " + test
                + ": " + line));
        int c = testTrial.imuChannels().size();
        int m = testTrial.muscles().size();
        List<ImuEmgExperiment.Candidate> list = new ArrayList<>(List.of(experiment.waveNet(c, m), experiment.mlp(c, m)));
        if (candidates == Candidates.FULL) {
            list.add(experiment.gru(c, m));
            list.add(experiment.waveNet(c, m).withLoss("wavenet-mse", "mse"));
            list.add(experiment.waveNet(c, m).withLoss("wavenet-peak", settings.loss() + "+peak:1"));
            list.add(experiment.mlp(c, m).withLoss("mlp-weighted", settings.loss()));
        }
        ExperimentResult result = experiment.run(trainTrials, testTrial, list);
        ExperimentOutputs.write(work, result);
        ModelEvaluation waveNet = result.model(ImuEmgExperiment.WAVENET);
        StreamingWaveNet stream = StreamingWaveNet.load(waveNet.modelDir());
        float[][] streamed = stream.run(testTrial.imu());
        double worst = 0;
        for (int i = 0; i < waveNet.estimates().length; i++) {
            for (int k = 0; k < m; k++) {
                worst = Math.max(worst, Math.abs(streamed[waveNet.firstFrame() + i][k] - waveNet.estimates()[i][k]));
            }
        }
        RajagopalImuEmg.Outcome rajagopal = RajagopalImuEmg.INPUTS.stream()
                .allMatch(f -> Files.isRegularFile(SharedData.directory().resolve(f)))
                        ? RajagopalImuEmg.evaluate("WaveNet trained on " + train, waveNet.modelDir()) : null;
        return new Direction(result, worst, latency(stream, testTrial.imu()), rajagopal, settings, augmentation);
    }

    /**
     * Times {@link StreamingWaveNet#step(float[], float[])} per sample over a series, after one untimed
     * pass over it (JIT warm-up).
     *
     * @param stream the stream
     * @param frames the series
     * @return median and 99th percentile
     */
    public static Latency latency(StreamingWaveNet stream, float[][] frames) {
        float[] estimate = new float[stream.outputNames().size()];
        for (float[] frame : frames) {
            stream.step(frame, estimate);
        }
        stream.reset();
        stream.step(frames[0], estimate); // the first sample fills the receptive field; not a steady-state cost
        long[] nanos = new long[frames.length - 1];
        for (int i = 1; i < frames.length; i++) {
            long start = System.nanoTime();
            stream.step(frames[i], estimate);
            nanos[i - 1] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latency(nanos[nanos.length / 2] / 1e3, nanos[(int) Math.floor(0.99 * (nanos.length - 1))] / 1e3,
                nanos.length);
    }

    /** @return the folder of the CEINMS-RT trial folders (walk36, walk45) */
    static Path dataDirectory() {
        return SharedData.directory().resolve(DATA).resolve("data");
    }

    /**
     * @param modelFile an OpenSim model
     * @param placementsFile IMU placements on its bodies
     * @return virtual IMUs through the embedded engine (ideal sensors, no coordinate filter)
     */
    static ImuSource source(Path modelFile, Path placementsFile) {
        Model model = ModelLoader.load(modelFile);
        ImuPlacementSet imus = ImuPlacementSet.read(placementsFile);
        return (coordinates, file, rate) -> new ImuSynthesizer(model, imus)
                .synthesize(coordinates, file, ImuSynthesizer.Settings.defaults().withSampleRate(rate), note -> { })
                .toStorage();
    }

    static List<ImuEmgTrial> trials(Path folder, SpeedAugmentation augmentation, ImuSource source) {
        Path ik = folder.resolve("ik.sto");
        return augmentation.trials(folder.getFileName().toString(), StorageReader.read(ik), ik,
                StorageReader.read(folder.resolve("emgFilt.sto")), null, source);
    }

    /**
     * @param direction a direction's results
     * @return true when the WaveNet meets the r and peak-ratio targets
     */
    public static boolean meetsTargets(Direction direction) {
        ModelEvaluation w = direction.waveNet();
        return w.meanR() >= TARGET_R && Math.abs(w.meanPeakRatio() - 1) <= TARGET_PEAK_BAND;
    }

    /**
     * @param directions results
     * @param out where to print
     */
    public static void print(List<Direction> directions, PrintWriter out) {
        for (Direction d : directions) {
            ExperimentResult r = d.result();
            out.printf(Locale.ROOT, "%n%s → %s (%s)%n", r.trainTrial(), r.testTrial(), d.describe());
            for (ModelEvaluation m : r.models()) {
                out.printf(Locale.ROOT, "  %-13s %-28s %7d parameters, %3d epochs (best %3d), %6.1f s: mean r %.3f, "
                        + "R2 %.3f, NRMSE %.3f, peak ratio %.3f%s%n", m.name(), m.loss(), m.parameterCount(), m.epochs(),
                        m.bestEpoch(), m.trainSeconds(), m.meanR(), m.meanR2(), m.meanNrmse(), m.meanPeakRatio(),
                        m.members() == 1 ? "" : " (" + m.members() + " members)");
                ModelEvaluation f = m.firstMember();
                if (f != null) {
                    out.printf(Locale.ROOT, "    first member alone: mean r %.3f, R2 %.3f, NRMSE %.3f, peak ratio %.3f%n",
                            f.meanR(), f.meanR2(), f.meanNrmse(), f.meanPeakRatio());
                }
            }
            for (String line : MetricsTable.lines(r.models().subList(0, 2))) {
                out.println("  " + line);
            }
            out.printf(Locale.ROOT, "  streaming vs batch (DJL): max |difference| %.2e over %d frames; latency per "
                    + "sample p50 %.1f µs, p99 %.1f µs (%d samples)%n", d.streamingDifference(),
                    d.waveNet().estimates().length, d.latency().p50(), d.latency().p99(), d.latency().samples());
            out.printf(Locale.ROOT, "  targets (mean r ≥ %.2f, peak ratio %.2f–%.2f): %s%n", TARGET_R,
                    1 - TARGET_PEAK_BAND, 1 + TARGET_PEAK_BAND, meetsTargets(d) ? "met" : "NOT met");
            if (d.rajagopal() != null) {
                StringBuilder line = new StringBuilder("  Rajagopal walk (out of subject), r per sample over one stride:");
                for (RajagopalImuEmg.MuscleR m : d.rajagopal().muscles()) {
                    line.append(String.format(Locale.ROOT, " %s %.2f", m.muscle(), m.r()));
                }
                out.println(line.append(String.format(Locale.ROOT, "; mean %.2f", d.rajagopal().meanR())));
            }
        }
        out.flush();
    }

    /**
     * The study: both directions, each with the settings chosen on its training trial
     * ({@link ImuEmgSelection#chosen}), WaveNet and MLP each an ensemble of {@code --members} seeds
     * (default {@value #STUDY_MEMBERS}; the report also gives each ensemble's first member alone);
     * {@code --full} adds the GRU and the loss variants; {@code --compare} adds runs with the replays of
     * the earlier amplitude law, β = 1, and without replays), and the Rajagopal walk
     * ({@link RajagopalImuEmg}). Prints the numbers and writes {@code validation/reports/imu-emg.md} with
     * its figures. The upper-limb case has its own report ({@link ElbowImuEmgValidation#main}).
     *
     * @param args optional report file (default {@code validation/reports/imu-emg.md}), optional
     *     {@code --full}, {@code --compare}, {@code --members=N}, {@code --only=walk36|walk45}
     * @throws IOException on I/O failure
     */
    public static void main(String[] args) throws IOException {
        List<String> list = List.of(args);
        boolean full = list.contains("--full");
        boolean compare = list.contains("--compare");
        int members = list.stream().filter(a -> a.startsWith("--members=")).map(a -> Integer.parseInt(a.substring(10)))
                .findFirst().orElse(STUDY_MEMBERS);
        String only = list.stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7)).findFirst().orElse(null);
        String file = list.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("validation/reports/imu-emg.md");
        Path report = Path.of(file).toAbsolutePath();
        Path figures = report.resolveSibling("imu-emg");
        Path work = Files.createTempDirectory("neuromsk-imu-emg-");
        ImuEmgSettings settings = ImuEmgSettings.defaults().with("{\"members\": " + members + "}");
        SpeedAugmentation augmentation = SpeedAugmentation.defaults();
        SpeedAugmentation cadenceAsSpeed = new SpeedAugmentation(augmentation.factors(), 1);
        Consumer<String> log = line -> System.err.println(line);
        List<Direction> augmented = new ArrayList<>();
        List<Direction> linear = new ArrayList<>();
        List<Direction> plain = new ArrayList<>();
        for (String[] pair : new String[][] {{"walk36", "walk45"}, {"walk45", "walk36"}}) {
            if (only != null && !only.equals(pair[0])) {
                continue;
            }
            String name = pair[0] + "-" + pair[1];
            SettingsCandidate chosen = ImuEmgSelection.chosen(pair[0], settings);
            augmented.add(run(pair[0], pair[1], chosen.settings(), chosen.augmentation(),
                    full ? Candidates.FULL : Candidates.STANDARD, work.resolve(name), log));
            if (compare) {
                linear.add(run(pair[0], pair[1], chosen.settings(), cadenceAsSpeed, Candidates.STANDARD,
                        work.resolve(name + "-beta1"), log));
                plain.add(run(pair[0], pair[1], chosen.settings(), SpeedAugmentation.none(), Candidates.STANDARD,
                        work.resolve(name + "-plain"), log));
            }
            Files.createDirectories(figures);
            for (String png : List.of("envelopes.png", "metrics.png")) {
                Files.copy(work.resolve(name).resolve(png), figures.resolve(name + "-" + png),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        PrintWriter console = new PrintWriter(System.out, true);
        print(augmented, console);
        if (compare) {
            print(linear, console);
            print(plain, console);
        }
        AtomicFiles.writeText(report, w -> {
            PrintWriter out = new PrintWriter(w);
            ImuEmgReport.write(out, new ImuEmgReport.Runs(augmented, linear, plain), settings);
            out.flush();
        });
        System.out.println("report: " + report + "; models and estimates in " + work);
    }
}

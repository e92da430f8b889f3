package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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
import org.neuromsk.estimator.imu.SpeedAugmentation;
import org.neuromsk.estimator.imu.StreamingWaveNet;
import org.neuromsk.estimator.imu.selection.SettingsCandidate;
import org.neuromsk.estimator.imu.selection.Score;
import org.neuromsk.estimator.imu.selection.SettingsSelection;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuromsk imu-emg}: virtual IMUs from the kinematics of two trial folders, a Sliding-Window
 * WaveNet and a baseline trained on one and evaluated on the other; {@code neuromsk imu-emg stream}
 * runs a saved WaveNet over an IMU file one sample at a time.
 */
@Command(name = "imu-emg", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"EMG envelopes from IMUs: synthesises virtual IMUs (placements file) from the coordinates of "
                + "both trial folders (ik.sto, with emgFilt.sto: the layout of CEINMS-RT's LowerLimbModel data), "
                + "trains a Sliding-Window WaveNet and a baseline on the training folder (the last part of it held "
                + "out for early stopping) and evaluates both on the test folder.",
            "Without --settings it first chooses between the settings chosen earlier on each walking trial (\""
                + SettingsCandidate.FIELD_128_SLOW_NOISE + "\", \"" + SettingsCandidate.DROPOUT_02 + "\") on the training folder "
                + "alone: one WaveNet of the seed per candidate trained on its first 80 %%, validated on its last 20 %% "
                + "replayed at cadence x0.87 and x1.15; criterion mean r - |mean peak ratio - 1|.",
            "Prints per-muscle r, R2, NRMSE (RMSE / range of the measured envelope) and the peak-amplitude ratio "
                + "(estimated / measured peak per cycle, cycles cut at the peaks of the measured envelope) of both "
                + "networks as its last lines."},
        subcommands = ImuEmgCommand.Stream.class)
final class ImuEmgCommand implements Callable<Integer> {

    @Option(names = "--model", paramLabel = "M.osim", description = "the OpenSim model (required)")
    private Path model;

    @Option(names = "--placements", paramLabel = "P.json|P.xml",
            description = "IMU placements (required; e.g. models-osim/imu/gait2392_lowerlimb_imus.json)")
    private Path placements;

    @Option(names = "--train", paramLabel = "DIR", description = "training trial folder (required)")
    private Path train;

    @Option(names = "--test", paramLabel = "DIR", description = "test trial folder (required)")
    private Path test;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder: IMU signals, saved models, estimates, metrics.csv, PNG figures and the report (report.html)")
    private Path out;

    @Option(names = "--muscles", split = ",", paramLabel = "NAME",
            description = "envelope columns to estimate (default: all of emgFilt.sto)")
    private List<String> muscles;

    @Option(names = "--baseline", paramLabel = "mlp|gru", defaultValue = "mlp",
            description = "baseline network: MLP on the flattened window or GRU over it (default ${DEFAULT-VALUE})")
    private String baseline;

    @Option(names = "--loss", paramLabel = "SPEC",
            description = "WaveNet loss: mse, weighted:A (amplitude-weighted MSE, weight 1 + A*envelope), "
                    + "optionally +peak:B (peak-ratio penalty); default from the settings")
    private String loss;

    @Option(names = "--augment", paramLabel = "S,S,...|none",
            description = "cadence factors of synthetic faster/slower replays of the training trial (IMUs synthesised "
                    + "again, envelopes scaled by S^exponent); default 0.8,0.9,1.1,1.25")
    private String augment;

    @Option(names = "--amplitude-exponent", paramLabel = "B",
            description = "envelope amplitude ~ cadence^B in the synthetic replays (default 2: amplitude ~ speed, "
                    + "speed ~ cadence^2)")
    private Double exponent;

    @Option(names = "--lowpass", paramLabel = "HZ", defaultValue = "-1",
            description = "low-pass the coordinates before synthesising the IMUs (Hz; negative: none, the default)")
    private double lowpass;

    @Option(names = "--epochs", paramLabel = "N", description = "maximum epochs (default from the settings)")
    private Integer epochs;

    @Option(names = "--members", paramLabel = "N",
            description = "networks per estimator, WaveNet and baseline alike: an ensemble of N seeds whose estimates "
                    + "are averaged (default ${DEFAULT-VALUE})", defaultValue = "3")
    private int members;

    @Option(names = "--settings", paramLabel = "JSON",
            description = "JSON object overriding members of the experiment settings (no selection then), e.g. "
                    + "'{\"residualChannels\": 16, \"dilations\": [1,2,4,8,16,32,64]}'; \"inputNoise\" and "
                    + "\"channelDropout\" perturb the normalised IMU window of every network during training only")
    private String settingsJson;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<String> missing = new ArrayList<>();
        for (Object[] option : new Object[][] {{"--model", model}, {"--placements", placements}, {"--train", train},
            {"--test", test}}) {
            if (option[1] == null) {
                missing.add((String) option[0]);
            }
        }
        if (!missing.isEmpty()) {
            // not declared required, so that the stream sub-command does not need them
            throw new ParameterException(spec.commandLine(), "Missing required options: " + String.join(", ", missing));
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ImuEmgSettings settings = settings();
        SpeedAugmentation augmentation = augmentation();
        String baselineName = baseline.toLowerCase(Locale.ROOT);
        if (!baselineName.equals("mlp") && !baselineName.equals("gru")) {
            throw new NeuroMskException("--baseline must be mlp or gru, got " + baseline);
        }
        requireTrialFiles(train);
        requireTrialFiles(test);
        Model osim = ModelLoader.load(model);
        ImuPlacementSet imus = ImuPlacementSet.read(placements);
        ImuSynthesizer.Settings synthesis = ImuSynthesizer.Settings.defaults().withLowpass(lowpass);
        ImuSource source = (coordinates, file, rate) -> new ImuSynthesizer(osim, imus)
                .synthesize(coordinates, file, synthesis.withSampleRate(rate), note -> err.println("note: " + note))
                .toStorage();
        boolean outExisted = out != null && Files.exists(out);
        try {
            return run(settings, augmentation, baselineName, imus, source, err, stdout);
        } catch (RuntimeException e) {
            if (out != null && !outExisted) {
                AtomicFiles.deleteTreeQuietly(out); // a failed run leaves no output folder it created
            }
            throw e;
        }
    }

    private int run(ImuEmgSettings settings, SpeedAugmentation augmentation, String baselineName,
            ImuPlacementSet imus, ImuSource source, PrintWriter err, PrintWriter stdout) {
        long began = System.nanoTime();
        List<ImuEmgTrial> trainTrials = trials(train, augmentation, source);
        // the test trial is read for the training trial's muscles, so a muscle it lacks is found before any training
        ImuEmgTrial testTrial = testTrial(trainTrials.get(0).rate(), trainTrials.get(0).muscles(), source, err);
        err.printf(Locale.ROOT, "IMUs: %d channels from %d placements; %d training trial(s) (%s), test %s; %.1f s%n",
                testTrial.imuChannels().size(), imus.size(), trainTrials.size(),
                augmentation.isNone() ? "no augmentation" : "cadence factors " + augmentation.factors() + ", exponent "
                        + augmentation.exponent(), testTrial.name(), (System.nanoTime() - began) / 1e9);
        err.flush();
        if (out != null) {
            writeImus(trainTrials.get(0), testTrial);
        }
        String chosen = "given with --settings " + settingsJson;
        if (settingsJson == null) {
            Score best = select(settings, augmentation, trainTrials, source, err);
            chosen = best.candidate().name() + (Double.isNaN(best.criterion()) ? ", the first candidate (no selection)"
                    : String.format(Locale.ROOT, ", chosen on the training trial (criterion %.3f)", best.criterion()));
            settings = best.candidate().settings(); // the defaults' overrides (members, epochs, loss, seed) kept
        }
        ImuEmgExperiment experiment = new ImuEmgExperiment(settings, out, line -> {
            err.println(line);
            err.flush();
        });
        int channels = testTrial.imuChannels().size();
        int outputs = testTrial.muscles().size();
        ImuEmgExperiment.Candidate base = baselineName.equals("gru") ? experiment.gru(channels, outputs)
                : experiment.mlp(channels, outputs);
        ExperimentResult result = experiment.run(trainTrials, testTrial,
                List.of(experiment.waveNet(channels, outputs), base));
        String run = String.format(Locale.ROOT, "IMU -> EMG, trained on %s, tested on %s (sliding window %d frames, "
                + "seed %d, %d network(s) per estimator):", result.trainTrial(), result.testTrial(), settings.window(),
                settings.seed(), settings.members());
        if (out != null) {
            ExperimentOutputs.write(out, result, "Settings: " + chosen + ".\n\n" + run.replace("->", "→")
                    .replaceFirst(":$", "."));
            err.println("wrote " + out.toAbsolutePath() + " (report.html)");
        }
        stdout.println("settings: " + chosen);
        stdout.println(run);
        for (String line : MetricsTable.lines(result.models())) {
            stdout.println(line);
        }
        return 0;
    }

    private ImuEmgSettings settings() {
        ImuEmgSettings settings = ImuEmgSettings.defaults();
        if (settingsJson != null) {
            try {
                settings = settings.with(settingsJson);
            } catch (NeuroMskException e) {
                throw new NeuroMskException("--settings: " + e.getMessage(), e);
            }
        }
        if (epochs != null) {
            settings = settings.with("{\"maxEpochs\": " + epochs + "}");
        }
        if (loss != null) {
            settings = settings.with("{\"loss\": \"" + loss.replace("\"", "") + "\"}");
        }
        settings = settings.with("{\"members\": " + members + "}");
        return settings.withSeed(seed);
    }

    /**
     * Chooses between {@link SettingsCandidate#walking} on the training trial alone ({@link SettingsSelection}: one
     * network of the seed per candidate), logs each criterion and writes {@code selection.csv} to the output folder.
     *
     * @return the best score; its criterion is NaN when the trial is too short to split (the first candidate)
     */
    private Score select(ImuEmgSettings base, SpeedAugmentation augmentation, List<ImuEmgTrial> trainTrials,
            ImuSource source, PrintWriter err) {
        List<SettingsCandidate> candidates = SettingsCandidate.walking(base, augmentation);
        int widest = candidates.stream().mapToInt(c -> c.settings().window()).max().orElseThrow();
        ImuEmgTrial recorded = trainTrials.get(0);
        if (!SettingsSelection.canSplit(recorded, widest)) {
            err.printf(Locale.ROOT, "selection: training trial %s too short to split (%d cycles, %d needed): keeping "
                    + "the first candidate, %s%n", recorded.name(), SettingsSelection.cycles(recorded),
                    SettingsSelection.MIN_CYCLES, candidates.get(0).name());
            err.flush();
            return new Score(candidates.get(0), List.of());
        }
        SettingsSelection selection = new SettingsSelection(
                a -> a.equals(augmentation) ? trainTrials : trials(train, a, source));
        List<Score> scores = new ArrayList<>();
        StringBuilder csv = new StringBuilder("candidate,criterion,r_slower,r_faster,peak_ratio_slower,peak_ratio_faster,"
                + "chosen\n");
        for (SettingsCandidate candidate : candidates) {
            long began = System.nanoTime();
            SettingsCandidate single = new SettingsCandidate(candidate.name(), candidate.settings().with("{\"members\": 1}"),
                    candidate.augmentation());
            Score score = selection.score(single, false, line -> {
                err.println("selection " + candidate.name() + ": " + line);
                err.flush();
            });
            double[] r = score.r(ImuEmgExperiment.WAVENET);
            double[] peak = score.peak(ImuEmgExperiment.WAVENET);
            err.printf(Locale.ROOT, "selection: %s criterion %.4f (r %.3f / %.3f, peak ratio %.3f / %.3f at cadence x %s; "
                    + "%.1f s)%n", candidate.name(), score.criterion(), r[0], r[1], peak[0], peak[1],
                    SettingsSelection.VALIDATION_FACTORS, (System.nanoTime() - began) / 1e9);
            err.flush();
            scores.add(new Score(candidate, score.perCadence()));
        }
        Score best = Score.best(scores);
        err.printf(Locale.ROOT, "selection: chose %s%n", best.candidate().name());
        err.flush();
        if (out != null) {
            for (Score s : scores) {
                double[] r = s.r(ImuEmgExperiment.WAVENET);
                double[] peak = s.peak(ImuEmgExperiment.WAVENET);
                csv.append(String.format(Locale.ROOT, "%s,%.6f,%.6f,%.6f,%.6f,%.6f,%b%n", s.candidate().name(),
                        s.criterion(), r[0], r[1], peak[0], peak[1], s == best));
            }
            AtomicFiles.writeText(out.resolve("selection.csv"), w -> w.write(csv.toString()));
        }
        return best;
    }

    private SpeedAugmentation augmentation() {
        SpeedAugmentation defaults = SpeedAugmentation.defaults();
        List<Double> factors = defaults.factors();
        if (augment != null) {
            factors = new ArrayList<>();
            if (!augment.equalsIgnoreCase("none")) {
                for (String part : augment.split(",")) {
                    try {
                        factors.add(Double.parseDouble(part.trim()));
                    } catch (NumberFormatException e) {
                        throw new NeuroMskException("--augment: \"" + part + "\" is not a number");
                    }
                }
            }
        }
        return new SpeedAugmentation(factors, exponent == null ? defaults.exponent() : exponent);
    }

    private static void requireTrialFiles(Path folder) {
        for (String name : List.of("ik.sto", "emgFilt.sto")) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new NeuroMskException(file + ": file not found (a trial folder holds ik.sto and emgFilt.sto)");
            }
        }
    }

    private List<ImuEmgTrial> trials(Path folder, SpeedAugmentation augmentation, ImuSource source) {
        Path ik = folder.resolve("ik.sto");
        Path emg = folder.resolve("emgFilt.sto");
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        return augmentation.trials(name, StorageReader.read(ik), ik, StorageReader.read(emg), muscles, source);
    }

    /**
     * The test trial, its IMUs synthesised at the training trial's frame rate when its own differs (the
     * networks count frames); its envelopes are then interpolated at those frames.
     */
    private ImuEmgTrial testTrial(double trainingRate, List<String> trainedMuscles, ImuSource source,
            PrintWriter err) {
        Path ik = test.resolve("ik.sto");
        Storage coordinates = StorageReader.read(ik);
        double rate = 1 / coordinates.averageTimeStep();
        boolean resample = !ImuEmgTrial.sameRate(rate, trainingRate);
        if (resample) {
            err.printf(Locale.ROOT, "test trial: %s is sampled at %.1f Hz, the training trial at %.1f Hz: its IMUs are "
                    + "synthesised at %.1f Hz%n", ik, rate, trainingRate, trainingRate);
            err.flush();
        }
        String name = test.toAbsolutePath().normalize().getFileName().toString();
        return ImuEmgTrial.of(name, source.imu(coordinates, ik, resample ? trainingRate : 0),
                StorageReader.read(test.resolve("emgFilt.sto")), trainedMuscles);
    }

    private void writeImus(ImuEmgTrial... trials) {
        for (ImuEmgTrial trial : trials) {
            double[][] columns = new double[trial.imuChannels().size()][trial.frames()];
            for (int i = 0; i < trial.frames(); i++) {
                for (int c = 0; c < columns.length; c++) {
                    columns[c][i] = trial.imu()[i][c];
                }
            }
            StorageWriter.write(Storage.of("IMU signals", false, trial.imuChannels(), trial.time(), columns),
                    out.resolve("imu").resolve(trial.name() + "_imu.sto"));
        }
    }

    /** {@code neuromsk imu-emg stream}: a saved WaveNet over an IMU file, one sample at a time. */
    @Command(name = "stream", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Runs a saved SW-WaveNet model folder over an IMU table one sample at a time, as a live "
                    + "stream would (cached convolution states, no window recomputed), and writes the estimates.",
                "Prints the latency per sample (median and 99th percentile)."})
    static final class Stream implements Callable<Integer> {

        @Option(names = "--model-dir", required = true, paramLabel = "DIR",
                description = "a WaveNet model folder, or an ensemble's folder of member-K model folders (e.g. "
                        + "OUT/models/wavenet from neuromsk imu-emg)")
        private Path modelDir;

        @Option(names = "--imu", required = true, paramLabel = "IMU.sto",
                description = "IMU signals with the model's input columns (m/s^2, rad/s)")
        private Path imu;

        @Option(names = "--out", required = true, paramLabel = "EST.sto", description = "estimated envelopes")
        private Path out;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            StreamingWaveNet stream = StreamingWaveNet.load(modelDir);
            Storage table = StorageReader.read(imu);
            double rate = 1 / table.averageTimeStep();
            if (stream.frameRate().isPresent() && !ImuEmgTrial.sameRate(rate, stream.frameRate().getAsDouble())) {
                throw new NeuroMskException(String.format(Locale.ROOT, "%s: sampled at %.1f Hz, the model was trained "
                        + "at %.1f Hz (its convolutions count frames; resample the signals, or synthesise them with "
                        + "neuromsk imu synthesize --rate %.4g)", imu, rate, stream.frameRate().getAsDouble(),
                        stream.frameRate().getAsDouble()));
            }
            int[] columns = new int[stream.inputNames().size()];
            for (int c = 0; c < columns.length; c++) {
                String name = stream.inputNames().get(c);
                if (!table.hasColumn(name)) {
                    throw new NeuroMskException(imu + ": no column " + name + " (the model's inputs are "
                            + stream.inputNames() + ")");
                }
                columns[c] = table.indexOf(name);
            }
            int rows = table.rowCount();
            float[] sample = new float[columns.length];
            float[] estimate = new float[stream.outputNames().size()];
            double[][] result = new double[estimate.length][rows];
            long[] nanos = new long[rows];
            for (int i = 0; i < rows; i++) {
                for (int c = 0; c < columns.length; c++) {
                    sample[c] = (float) table.value(i, columns[c]);
                }
                long start = System.nanoTime();
                stream.step(sample, estimate);
                nanos[i] = System.nanoTime() - start;
                for (int m = 0; m < estimate.length; m++) {
                    result[m][i] = estimate[m];
                }
            }
            StorageWriter.write(Storage.of("EMG envelopes estimated from IMUs (streaming SW-WaveNet)", false,
                    stream.outputNames(), table.time(), result), out);
            long[] sorted = java.util.Arrays.copyOfRange(nanos, Math.min(rows - 1, 1), rows);
            java.util.Arrays.sort(sorted);
            spec.commandLine().getOut().printf(Locale.ROOT, "streamed %d samples (receptive field %d frames); latency "
                    + "per sample p50 %.1f µs, p99 %.1f µs; %d network(s); wrote %s%n", rows, stream.receptiveField(),
                    sorted[sorted.length / 2] / 1e3, sorted[(int) Math.floor(0.99 * (sorted.length - 1))] / 1e3,
                    stream.members(), out);
            return 0;
        }
    }
}

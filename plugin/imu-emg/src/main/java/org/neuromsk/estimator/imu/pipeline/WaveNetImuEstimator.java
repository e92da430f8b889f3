package org.neuromsk.estimator.imu.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.engine.imu.ImuColumns;
import org.neuromsk.engine.imu.ImuPlacementSet;
import org.neuromsk.engine.imu.ImuRecordingReader;
import org.neuromsk.engine.imu.ImuSynthesizer;
import org.neuromsk.engine.model.ForceDescription;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.imu.ImuSource;
import org.neuromsk.estimator.imu.StreamingWaveNet;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.estimator.OptionReader;
import org.neuromsk.signal.Interpolation;
import org.neuromsk.signal.Resampler;

/**
 * The SW-WaveNet from IMU signals as the pipeline's {@value #NAME}. The IMU signals of the pipeline's
 * motion are an IMU recording (option {@code imu}) or virtual IMUs synthesised from the motion with a
 * placements file (option {@code placements}). The WaveNet is trained on trial folders (option
 * {@code training}: {@code ik.sto} and {@code emgFilt.sto} each, IMUs synthesised from {@code ik.sto}
 * with the pipeline's model and the same placements) or loaded from a saved model folder (option
 * {@code modelFolder}, e.g. {@code OUT/models/wavenet} of {@code neuromsk imu-emg --out OUT}). It
 * runs over the IMU frames as a stream ({@link StreamingWaveNet}); the estimated envelopes, within
 * [0.01, 1], are the excitations of their muscles, and the model's other muscles get the minimum
 * excitation 0.01 (a note says how many). All options are checked, and checked against the model,
 * before anything is trained ({@link WaveNetImuOptions}).
 */
public final class WaveNetImuEstimator implements Estimator {

    /** The estimator's pipeline name. */
    public static final String NAME = "wavenet-imu";
    /** Excitation of the muscles the network does not estimate, and the floor of the others. */
    static final double MINIMUM = 0.01;
    private static final String PREFIX = OptionReader.PREFIX;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> optionProblems(Map<String, Object> options, Path base) {
        return WaveNetImuOptions.problems(options, base);
    }

    @Override
    public Estimate estimate(EstimatorInput input, Consumer<String> log) {
        return run(input, null, log);
    }

    /** Retrains with the member's seed when the estimator trains; a loaded model only sees the member's motion. */
    @Override
    public Estimate ensembleMember(EstimatorInput input, long memberSeed, Consumer<String> log) {
        return run(input, memberSeed, log);
    }

    /** DJL's gradient collector is process-wide: one training at a time. */
    @Override
    public boolean concurrentMembers() {
        return false;
    }

    private Estimate run(EstimatorInput input, Long memberSeed, Consumer<String> log) {
        WaveNetImuOptions options = WaveNetImuOptions.parse(input.options(), base(input));
        if (memberSeed != null) {
            options = options.withSeed(memberSeed);
        }
        Setup setup = Setup.check(input, options);
        List<String> notes = new ArrayList<>();
        StreamingWaveNet network;
        double frameRate;
        if (options.trains()) {
            // an ensemble member's network is not saved: the saved model is the estimate's
            WaveNetTraining.Trained trained = WaveNetTraining.train(options, setup.source(), memberSeed == null, log);
            network = trained.network();
            frameRate = trained.frameRate();
            int replays = trained.trials() - options.training().size();
            notes.add(String.format(Locale.ROOT, "%s: trained on %s%s with seed %d at %.0f Hz", NAME,
                    options.training().stream().map(p -> p.getFileName().toString()).toList(),
                    replays == 0 ? "" : " and " + replays + " cadence replays " + options.augmentation().factors(),
                    options.seed(), frameRate) + options.saveModel().map(p -> "; saved in " + p).orElse(""));
        } else {
            network = setup.loaded();
            frameRate = setup.loadedRate().orElse(input.motion().sampleRate());
            notes.add(NAME + ": model loaded from " + options.modelFolder().get()
                    + (setup.loadedRate().isPresent() ? "" : "; its frame rate is not recorded, the motion's ("
                    + String.format(Locale.ROOT, "%.0f", frameRate) + " Hz) is used"));
        }
        Storage imu = setup.recording().orElseGet(() -> setup.source().imu(input.motion(), input.motionFile(),
                frameRate));
        double imuRate = imu.sampleRate();
        if (Math.abs(imuRate - frameRate) > 0.01 * frameRate) {
            notes.add(String.format(Locale.ROOT, "%s: the IMU signals have %.1f Hz, the network was trained at %.1f Hz "
                    + "(its windows count frames: estimates may be off)", NAME, imuRate, frameRate));
        }
        double[][] estimates = stream(network, imu);
        double[] time = input.motion().time();
        List<String> muscles = setup.actuated();
        List<String> outputs = network.outputNames();
        double[][] u = new double[muscles.size()][];
        int covered = 0;
        for (int m = 0; m < muscles.size(); m++) {
            int o = outputs.indexOf(muscles.get(m));
            if (o < 0) {
                u[m] = new double[time.length];
                java.util.Arrays.fill(u[m], MINIMUM);
                continue;
            }
            u[m] = onTimes(imu.time(), estimates[o], time);
            for (int k = 0; k < time.length; k++) {
                u[m][k] = Math.max(MINIMUM, Math.min(1, u[m][k]));
            }
            covered++;
        }
        notes.add(NAME + ": " + covered + " of " + muscles.size() + " muscles estimated from "
                + (options.imu().isPresent() ? "the IMU recording " + options.imu().get().getFileName()
                        : network.inputNames().size() / 6 + " virtual IMUs")
                + " (EMG envelopes used as excitations within [" + MINIMUM + ", 1]); the other "
                + (muscles.size() - covered) + " at the minimum excitation " + MINIMUM);
        return new Estimate(Storage.of("excitations", false, muscles, time, u), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(), notes);
    }

    /** @return per network output, its estimate at every row of {@code imu} */
    private static double[][] stream(StreamingWaveNet network, Storage imu) {
        List<String> inputs = network.inputNames();
        int[] columns = new int[inputs.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = imu.indexOf(inputs.get(c));
        }
        float[][] frames = new float[imu.rowCount()][columns.length];
        for (int i = 0; i < frames.length; i++) {
            for (int c = 0; c < columns.length; c++) {
                frames[i][c] = (float) imu.value(i, columns[c]);
            }
        }
        network.reset();
        float[][] out = network.run(frames);
        double[][] byOutput = new double[network.outputNames().size()][frames.length];
        for (int i = 0; i < frames.length; i++) {
            for (int o = 0; o < byOutput.length; o++) {
                byOutput[o][i] = out[i][o];
            }
        }
        return byOutput;
    }

    /**
     * Linear interpolation at {@code at}; times outside the source (less than one IMU frame at the ends of
     * a synthesised grid, checked to be small for recordings) take the nearest end value.
     */
    static double[] onTimes(double[] source, double[] values, double[] at) {
        double[] clamped = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            clamped[i] = Math.max(source[0], Math.min(source[source.length - 1], at[i]));
        }
        return Resampler.resample(source, values, clamped, Interpolation.LINEAR);
    }

    /** Relative option paths are relative to the motion file's folder. */
    private static Path base(EstimatorInput input) {
        return input.motionFile() == null ? null : input.motionFile().toAbsolutePath().getParent();
    }

    /**
     * The options checked against the model and each other before any training.
     *
     * @param muscles the model's muscles, in its force-set order
     * @param actuated those that apply force (a disabled muscle, appliesForce false, gets no control column)
     * @param source virtual IMUs on the model, if placements are given (else it fails when asked)
     * @param recording the IMU recording's table, if given
     * @param loaded the saved network, if loaded
     * @param loadedRate the saved network's training frame rate (Hz), if it records one
     */
    private record Setup(List<String> muscles, List<String> actuated, ImuSource source, Optional<Storage> recording,
            StreamingWaveNet loaded, Optional<Double> loadedRate) {

        static Setup check(EstimatorInput input, WaveNetImuOptions options) {
            List<String> problems = new ArrayList<>();
            Model model = ModelLoader.load(input.model());
            List<String> muscles = new ArrayList<>(model.muscles().keySet());
            String modelName = input.model().getFileName().toString();
            ImuPlacementSet placements = null;
            ImuSource source = (q, file, rate) -> {
                throw new NeuroMskException(PREFIX + "placements: required for virtual IMUs");
            };
            if (options.placements().isPresent()) {
                try {
                    placements = ImuPlacementSet.read(options.placements().get());
                    new ImuSynthesizer(model, placements);
                    ImuPlacementSet imus = placements;
                    ImuSynthesizer.Settings synthesis = ImuSynthesizer.Settings.defaults().withLowpass(options.lowpass());
                    source = (q, file, rate) -> new ImuSynthesizer(model, imus)
                            .synthesize(q, file, synthesis.withSampleRate(rate), w -> { }).toStorage();
                } catch (NeuroMskException e) {
                    problems.add(PREFIX + "placements: " + oneLine(e));
                    placements = null;
                }
            }
            Optional<Storage> recording = Optional.empty();
            if (options.imu().isPresent()) {
                try {
                    Storage table = ImuRecordingReader.read(options.imu().get()).toStorage();
                    double tolerance = 0.5 * table.averageTimeStep() + 1e-9;
                    if (table.startTime() > input.motion().startTime() + tolerance
                            || table.endTime() < input.motion().endTime() - tolerance) {
                        problems.add(String.format(Locale.ROOT, "%simu: the recording covers %.3f–%.3f s, the motion "
                                + "%.3f–%.3f s", PREFIX, table.startTime(), table.endTime(), input.motion().startTime(),
                                input.motion().endTime()));
                    }
                    recording = Optional.of(table);
                } catch (NeuroMskException e) {
                    problems.add(PREFIX + "imu: " + oneLine(e));
                }
            }
            List<String> inputs = null;
            StreamingWaveNet loaded = null;
            Optional<Double> loadedRate = Optional.empty();
            if (options.trains()) {
                for (Path folder : options.training()) {
                    Path emgFile = folder.resolve("emgFilt.sto");
                    Path ikFile = folder.resolve("ik.sto");
                    if (placements != null) {
                        try {
                            // the first frames show whether the trial's coordinates fit the model
                            Storage ik = StorageReader.read(ikFile);
                            source.imu(ik.slice(ik.startTime(), ik.time(Math.min(ik.rowCount() - 1, 9))), ikFile, 0);
                        } catch (NeuroMskException e) {
                            problems.add(PREFIX + "training: " + oneLine(e));
                        }
                    }
                    try {
                        List<String> columns = StorageReader.read(emgFile).labels();
                        List<String> wanted = options.muscles().isEmpty() ? columns : options.muscles();
                        for (String m : wanted) {
                            if (!columns.contains(m)) {
                                problems.add(PREFIX + "muscles: '" + m + "' is not a column of " + emgFile);
                            } else if (!muscles.contains(m)) {
                                problems.add(PREFIX + "training: column '" + m + "' of " + emgFile
                                        + " is not a muscle of " + modelName);
                            }
                        }
                    } catch (NeuroMskException e) {
                        problems.add(PREFIX + "training: " + oneLine(e));
                    }
                }
                if (placements != null) {
                    inputs = channels(placements);
                }
            } else {
                Path dir = options.modelFolder().get();
                try {
                    loaded = StreamingWaveNet.load(dir);
                    inputs = loaded.inputNames();
                    for (String m : loaded.outputNames()) {
                        if (!muscles.contains(m)) {
                            problems.add(PREFIX + "modelFolder: the network's output '" + m + "' is not a muscle of "
                                    + modelName);
                        }
                    }
                    // an ensemble folder (neuromsk imu-emg --members N) gives its first member's rate
                    loadedRate = loaded.frameRate().isPresent() ? Optional.of(loaded.frameRate().getAsDouble())
                            : Optional.empty();
                } catch (RuntimeException e) {
                    problems.add(PREFIX + "modelFolder: " + oneLine(e));
                }
                if (inputs != null && recording.isEmpty() && placements != null
                        && !Set.copyOf(channels(placements)).containsAll(inputs)) {
                    problems.add(PREFIX + "placements: the network's inputs " + inputs + " are not all channels of "
                            + "the placements' IMUs " + channels(placements));
                }
            }
            if (inputs != null && recording.isPresent()) {
                Storage table = recording.get();
                List<String> missing = inputs.stream().filter(c -> !table.hasColumn(c)).toList();
                if (!missing.isEmpty()) {
                    problems.add(PREFIX + "imu: the recording lacks the network's input channels " + missing);
                }
            }
            if (!problems.isEmpty()) {
                throw WaveNetImuOptions.failure(problems);
            }
            List<String> actuated = model.forces().stream().filter(f -> f.muscle() && f.appliesForce())
                    .map(ForceDescription::name).toList();
            return new Setup(muscles, actuated, source, recording, loaded, loadedRate);
        }

        /** @return the six channel names of every IMU, as the synthesiser writes them */
        private static List<String> channels(ImuPlacementSet placements) {
            Set<String> names = new LinkedHashSet<>();
            for (String imu : placements.names()) {
                for (ImuColumns.Sensor s : ImuColumns.Sensor.values()) {
                    for (int axis = 0; axis < 3; axis++) {
                        names.add(ImuColumns.label(imu, s, axis));
                    }
                }
            }
            return List.copyOf(names);
        }

        private static String oneLine(RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
